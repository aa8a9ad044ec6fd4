/**
 * Work over the journal's check-ins done month by month and remembered per month, so that after a
 * save only the month that changed is worked out again (twenty years are 240 months and 36,500
 * check-ins). A month's result is found again by the very check-in objects it was worked out
 * from: the remembered list keeps every unchanged check-in as the same object through saves,
 * edits, deletes and undos (keepCheckinsAfterWrite), and never changes one in place, so the same
 * objects in the same order are the same month.
 */
import type { StatsCheckin } from '../../shared/stats'

interface Month {
  checkins: readonly StatsCheckin[]
  results: Map<string, unknown>
}

/** Each month's check-ins, by the first of them. */
const months = new WeakMap<StatsCheckin, Month>()

/**
 * The months of each list of check-ins byMonth was given, by the list itself (null when it is
 * out of journal order): the list is never changed in place either, so after a save the second
 * question on the new list (the rule rows, then the statistics) splits it no more.
 */
const splits = new WeakMap<readonly StatsCheckin[], readonly Month[] | null>()

/**
 * `merge` of `work` on each calendar month of `checkins`, oldest first; `work`'s result for a
 * month is remembered under `key` while its check-ins stay the same. Equal to
 * `merge([work(checkins)])` whenever `work` on whole months adds up that way, which is what it
 * gives for check-ins out of journal order (by day). `checkins` must not be changed afterwards.
 */
export function byMonth<C extends StatsCheckin, T>(
  checkins: readonly C[],
  key: string,
  work: (month: readonly C[]) => T,
  merge: (parts: readonly T[]) => T,
): T {
  let split = splits.get(checkins)
  if (split === undefined) {
    split = monthsOf(checkins)
    splits.set(checkins, split)
  }
  if (split === null) return merge([work(checkins)])
  const parts: T[] = []
  for (const month of split) {
    let result = month.results.get(key) as T | undefined
    if (result === undefined) {
      result = work(month.checkins as readonly C[])
      month.results.set(key, result)
    }
    parts.push(result)
  }
  return merge(parts)
}

/** The months of `checkins`, remembered ones where they still hold; null when out of order. */
function monthsOf(checkins: readonly StatsCheckin[]): Month[] | null {
  const out: Month[] = []
  let at = 0
  while (at < checkins.length) {
    const month = remembered(checkins, at) ?? newMonth(checkins, at)
    if (month === null) return null
    out.push(month)
    at += month.checkins.length
  }
  return out
}

/** The remembered month starting at `at`, if `checkins` still hold exactly it there. */
function remembered(checkins: readonly StatsCheckin[], at: number): Month | null {
  const month = months.get(checkins[at] as StatsCheckin)
  if (month === undefined) return null
  const same = month.checkins
  const end = at + same.length
  if (end > checkins.length) return null
  for (let i = 0; i < same.length; i++) if (same[i] !== checkins[at + i]) return null
  // The whole month, not a part of it: the check-ins either side are of months before and after.
  const after = checkins[end]
  const last = same[same.length - 1] as StatsCheckin
  if (!monthBefore(checkins[at - 1], same[0] as StatsCheckin)) return null
  return after === undefined || monthBefore(last, after) ? month : null
}

/**
 * The month starting at `at`, read up to the next month and remembered; null when the check-ins
 * are out of journal order there.
 */
function newMonth(checkins: readonly StatsCheckin[], at: number): Month | null {
  const first = checkins[at] as StatsCheckin
  if (!monthBefore(checkins[at - 1], first)) return null
  let end = at + 1
  let previous = first.day
  while (end < checkins.length) {
    const day = (checkins[end] as StatsCheckin).day
    if (day < previous) return null
    if (!sameMonth(day, first.day)) break
    previous = day
    end++
  }
  const month = { checkins: checkins.slice(at, end), results: new Map<string, unknown>() }
  months.set(first, month)
  return month
}

/** Whether `a` (if any) lies in a month before `b`'s. */
function monthBefore(a: StatsCheckin | undefined, b: StatsCheckin): boolean {
  return a === undefined || (a.day < b.day && !sameMonth(a.day, b.day))
}

/** Whether two day strings (`YYYY-MM-DD`) fall in the same month: their first 7 characters. */
function sameMonth(a: string, b: string): boolean {
  for (let i = 0; i < 7; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false
  return true
}
