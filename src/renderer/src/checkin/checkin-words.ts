/**
 * A check-in in words, the one source for every place that shows one (Today's list, History's
 * day view): names from the catalog (archived entries keep theirs) and each remedy with its
 * amount and how much it helped.
 */
import {
  BODY_REGION_LABELS,
  CONTEXT_LABELS,
  RELIEF_LABELS,
  type Checkin,
  type RemedyUse,
} from '../../../shared/domain'
import type { Catalog } from '../journal-context'
import { formatMg, formatMinutes, formatStampClock } from '../../../shared/locale-format'

export interface CheckinWords {
  time: string
  where: string[]
  when: string | null
  triggers: string[]
  remedies: string[]
}

export function checkinWords(c: Checkin, catalog: Catalog): CheckinWords {
  return {
    time: formatStampClock(c.at),
    where: c.regions.map((r) => BODY_REGION_LABELS[r]),
    when: c.context ? CONTEXT_LABELS[c.context] : null,
    triggers: c.triggerIds.map(
      (id) => catalog.triggers.find((t) => t.id === id)?.name ?? 'A trigger',
    ),
    remedies: c.remedies.map((use) => remedyText(use, catalog)),
  }
}

/** `Ibuprofen 400 mg · helped a little`: the remedy, its amount, and how much it helped. */
export function remedyText(use: RemedyUse, catalog: Catalog): string {
  const name = catalog.remedies.find((r) => r.id === use.remedyId)?.name ?? 'A remedy'
  const dose = use.doseMg !== null ? ` ${formatMg(use.doseMg)}` : ''
  const minutes = use.minutes !== null ? ` ${formatMinutes(use.minutes)}` : ''
  const relief = use.relief !== null ? RELIEF_LABELS[String(use.relief)] : undefined
  return `${name}${dose}${minutes}${relief ? ` · ${relief.toLowerCase()}` : ''}`
}
