/**
 * "Last time", for a new check-in: the latest check-in ("Same as last time") and each medicine's
 * last dose (to prefill a dose). A save brings both up to date from its answer (writes.ts).
 */
import { useMemo } from 'react'
import type { Checkin } from '../../../shared/domain'
import { useApiQuery } from '../queries'
import type { LastDoseInfo } from './RemedyPicker'

export function useRecent(): {
  last: Checkin | null
  lastDoses: ReadonlyMap<number, LastDoseInfo>
} {
  const last = useApiQuery('checkins:last', undefined)
  const doses = useApiQuery('remedies:last-doses', undefined)
  const lastDoses = useMemo(
    () => new Map<number, LastDoseInfo>((doses.data ?? []).map((d) => [d.remedyId, d])),
    [doses.data],
  )
  return { last: last.data ?? null, lastDoses }
}
