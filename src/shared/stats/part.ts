/**
 * What a run of whole days of check-ins gives the statistics of a period, in a form where the
 * parts of consecutive runs add up to the part of them all (`mergeParts`): lists join, counts
 * and sums add (pain, relief and days are whole numbers, so the sums are exact). The main
 * process keeps the part of each month of the journal and, after a save, works out again only
 * the month that changed (src/main/analysis/by-month.ts).
 */
import { inDayOrder, summariseDays, type LoggedDay, type StatsCheckin } from './daily'
import { joined } from './rule-input'
import { contextTally, regionTally, type ContextTally, type RegionTally } from './patterns'
import {
  medicineDailyTotals,
  remedyUseTally,
  type MedicinePoint,
  type RemedyUseTally,
} from './remedies'

export interface StatsPart {
  days: readonly LoggedDay[]
  contexts: ContextTally
  regions: RegionTally
  remedies: RemedyUseTally
  /** Each day's total dose per medicine (medicineDailyTotals). */
  medicineDays: readonly MedicinePoint[]
  /** Each warning sign once per day it was recorded, in the order first recorded. */
  redFlags: readonly { day: string; flag: string }[]
}

/** The part of `checkins` (whole days) for the statistics, totalling the doses of `medicineKeys`. */
export function statsPart(
  checkins: readonly StatsCheckin[],
  medicineKeys: readonly string[],
): StatsPart {
  const ordered = inDayOrder(checkins)
  return {
    days: summariseDays(ordered),
    contexts: contextTally(ordered),
    regions: regionTally(ordered),
    remedies: remedyUseTally(ordered),
    medicineDays: medicineDailyTotals(ordered, medicineKeys),
    redFlags: redFlagDays(ordered),
  }
}

/**
 * Each warning sign once per day it was recorded, in the order first recorded (check-ins in day
 * order): the one way Trends' markers and the report's list count them.
 */
export function redFlagDays<F extends string>(
  checkins: readonly { day: string; redFlags?: readonly F[] }[],
): { day: string; flag: F }[] {
  const out: { day: string; flag: F }[] = []
  const seen = new Set<string>()
  for (const c of checkins) {
    // Few check-ins carry a warning sign: the rest are passed over without making a list.
    if (c.redFlags === undefined || c.redFlags.length === 0) continue
    for (const flag of c.redFlags) {
      if (seen.has(`${c.day} ${flag}`)) continue
      seen.add(`${c.day} ${flag}`)
      out.push({ day: c.day, flag })
    }
  }
  return out
}

/** The part of the runs together; `parts` in day order, no day in two of them. */
export function mergeParts(parts: readonly StatsPart[]): StatsPart {
  if (parts.length === 1) return parts[0] as StatsPart
  const sum = <K, V extends Record<string, number>>(maps: readonly ReadonlyMap<K, V>[]) => {
    const out = new Map<K, V>()
    for (const map of maps) {
      for (const [key, value] of map) {
        const seen = out.get(key)
        if (seen === undefined) {
          out.set(key, { ...value })
          continue
        }
        for (const field of Object.keys(value)) {
          const n = value[field] as number
          if (typeof n === 'number')
            (seen as Record<string, number>)[field] = (seen[field] ?? 0) + n
        }
      }
    }
    return out
  }
  return {
    days: joined(parts.map((p) => p.days)),
    contexts: sum(parts.map((p) => p.contexts)),
    regions: sum(parts.map((p) => p.regions)),
    remedies: sum(parts.map((p) => p.remedies)),
    medicineDays: joined(parts.map((p) => p.medicineDays)),
    redFlags: joined(parts.map((p) => p.redFlags)),
  }
}
