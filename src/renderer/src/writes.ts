/**
 * The renderer's one way to change the journal: `useWrite()(channel, input)`, the call and then
 * the cache brought up to date (cache-rules.ts); and `useLastWrite`, for a view that acts on the
 * moment something was written.
 */
import { skipToken, useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { InputOf, OutputOf } from '../../shared/contract'
import { afterWrite, type WriteChannel, type Written } from './cache-rules'
import { callApi } from './api'

/** Returns `write(channel, input)`: the call, then the cache brought up to date. */
export function useWrite(): <C extends WriteChannel>(
  channel: C,
  input: InputOf<C>,
) => Promise<OutputOf<C>> {
  const client = useQueryClient()
  return useCallback(
    async <C extends WriteChannel>(channel: C, input: InputOf<C>) => {
      const output = await callApi(channel, input)
      afterWrite(client, channel, input, output)
      return output
    },
    [client],
  )
}

/**
 * The latest `channel` write made in this window since the journal opened, for a view that acts
 * on the moment something happens (a warning sign just recorded is brought into view).
 */
export function useLastWrite<C extends WriteChannel>(channel: C): Written<C> | undefined {
  return useQuery<Written<C>>({
    queryKey: ['written', channel],
    queryFn: skipToken,
    staleTime: Infinity,
    gcTime: Infinity,
  }).data
}
