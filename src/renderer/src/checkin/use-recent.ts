/**
 * "Last time", for a new check-in: the latest check-in ("Same as last time") and each medicine's
 * last dose (to prefill a dose), read again whenever check-ins change.
 */
import { useMemo, useState } from 'react'
import type { Checkin } from '../../../shared/domain'
import { api, messageOf, unwrap } from '../api'
import { useQuery } from '../hooks'
import { useCheckinsChanged } from '../journal-events'
import type { LastDoseInfo } from './RemedyPicker'

export function useRecent(): {
  last: Checkin | null
  lastDoses: ReadonlyMap<number, LastDoseInfo>
} {
  const [version, setVersion] = useState(0)
  const recent = useQuery(
    async () => {
      const [last, doses] = await Promise.all([
        unwrap(api.getLastCheckin()),
        unwrap(api.listLastDoses()),
      ])
      return { last, doses: new Map<number, LastDoseInfo>(doses.map((d) => [d.remedyId, d])) }
    },
    String(version),
    messageOf,
  )
  useCheckinsChanged(() => setVersion((v) => v + 1))
  const lastDoses = useMemo(
    () => recent.data?.doses ?? new Map<number, LastDoseInfo>(),
    [recent.data],
  )
  return { last: recent.data?.last ?? null, lastDoses }
}
