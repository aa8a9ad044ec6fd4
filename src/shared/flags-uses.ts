/**
 * The remedy rows the medicine flags read (flags-medication.ts, and bed rest in flags.ts): each
 * checked once, then read by period or as runs of days in a row. A journal holds thousands of
 * rows and the flags look at the last days, so they read those and not the whole journal.
 */
import {
  addDaysToDay,
  assertDay,
  consecutiveRuns,
  consecutiveRunsReaching,
  type DayRun,
} from './days'
import type { CheckedUses, RemedyDay } from './flags-types'

export type Uses = readonly RemedyDay[] | CheckedUses

/** The rows of `uses`, each checked (throwing RangeError naming the bad value) unless already. */
export function checkedUses(uses: Uses): CheckedUses {
  if ('checked' in uses) return uses
  for (const use of uses) checkedUseDay(use)
  return { checked: uses }
}

/** The rows from..to of checked rows: the flags of the last days read these few, not all. */
export function usesBetween(uses: Uses, from: string, to: string): CheckedUses {
  const within: RemedyDay[] = []
  for (const u of checkedUses(uses).checked) if (u.day >= from && u.day <= to) within.push(u)
  return { checked: within }
}

/**
 * Runs of consecutive days, up to `to`, on which any of `keys` was logged, oldest first. The
 * keys count together: ibuprofen one day and naproxen the next is one anti-inflammatory run,
 * since the concern (days in a row on that class of medicine) is the same.
 */
export function consecutiveUseRuns(
  remedyDays: Uses,
  keys: readonly string[],
  to: string,
): DayRun[] {
  return consecutiveRuns(useDays(remedyDays, keys, '', to))
}

/**
 * The runs of `consecutiveUseRuns(remedyDays, keys, to)` that end on or after `from` (those that
 * reach into the period), oldest first.
 */
export function useRunsReaching(
  remedyDays: Uses,
  keys: readonly string[],
  from: string,
  to: string,
): DayRun[] {
  // A run reaching into the period seldom began long before it: the days from LOOK_BACK_DAYS
  // before are read first, and all of them only when a run reaches back that far (it then
  // starts on the first day read).
  const lookBack = addDaysToDay(from, -LOOK_BACK_DAYS)
  const near = consecutiveRunsReaching(useDays(remedyDays, keys, lookBack, to), from)
  if (near.length === 0 || (near[0] as DayRun).start > lookBack) return near
  return consecutiveRunsReaching(useDays(remedyDays, keys, '', to), from)
}

const LOOK_BACK_DAYS = 60

/** The days from..to on which any of `keys` was logged (repeats and all). */
function useDays(remedyDays: Uses, keys: readonly string[], from: string, to: string): string[] {
  const out: string[] = []
  for (const u of checkedUses(remedyDays).checked) {
    if (u.day < from || u.day > to) continue
    if (u.remedyKey !== null && keys.includes(u.remedyKey)) out.push(u.day)
  }
  return out
}

/**
 * The longest run of days on which any of `keys` was used that reaches into from..to (ending on
 * or after `from`), counted in full up to `to`, or null. On ties, the latest run.
 */
export function longestConsecutiveUse(
  remedyDays: Uses,
  keys: readonly string[],
  from: string,
  to: string,
): DayRun | null {
  let best: DayRun | null = null
  for (const run of useRunsReaching(remedyDays, keys, from, to)) {
    if (best === null || run.days >= best.days) best = run
  }
  return best
}

/** Checks a remedy row (throwing RangeError naming the bad value); true so it can filter. */
export function checkedUseDay(use: RemedyDay): true {
  assertDay(use.day, 'remedy day')
  if (use.doseMg !== null && !(Number.isFinite(use.doseMg) && use.doseMg >= 0)) {
    throw new RangeError(`Invalid dose ${use.doseMg} mg on ${use.day}`)
  }
  return true
}
