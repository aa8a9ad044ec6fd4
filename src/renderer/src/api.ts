/** The renderer's one door to the main process: the typed `window.painJournal` bridge. */
import { CHANNELS, type ChannelName, type MethodName } from '../../shared/channels'
import type { InputOf, OutputOf, PainJournalApi } from '../../shared/contract'
import { INTERNAL_MESSAGE, type AppErrorInfo, type Result } from '../../shared/result'

export const api: PainJournalApi = window.painJournal

const METHOD_OF = Object.fromEntries(
  Object.entries(CHANNELS).map(([method, channel]) => [channel, method]),
) as Record<ChannelName, MethodName>

/** Thrown by `unwrap` so screens can show `error.info.message` next to what failed. */
export class ApiError extends Error {
  constructor(readonly info: AppErrorInfo) {
    super(info.message)
    this.name = 'ApiError'
  }
}

export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  let result: Result<T>
  try {
    result = await call
  } catch (error) {
    // The bridge itself failed (should not happen): the same words as any internal failure,
    // the cause in the console where a developer looks.
    console.error('Pain Journal: the call to the main process failed', error)
    throw new ApiError({ kind: 'internal', message: INTERNAL_MESSAGE })
  }
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}

export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.info.message
  return error instanceof Error ? error.message : String(error)
}

/** Calls `channel` through the bridge; rejects with an ApiError the view can show. */
export function callApi<C extends ChannelName>(
  channel: C,
  input: InputOf<C>,
): Promise<OutputOf<C>> {
  const method = api[METHOD_OF[channel]] as (input: unknown) => Promise<Result<OutputOf<C>>>
  return unwrap(method(input))
}
