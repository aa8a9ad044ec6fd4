/**
 * Triggers: how often each was recorded, and the day's worst pain on days with it versus logged
 * days without it. A mean over one or two days says nothing, so a comparison needs at least
 * MIN_DAYS on each side before it is shown (the screen explains why it is hidden).
 */
import type { LoggedDay } from './daily'
import { printedDifference } from './format'

export const MIN_DAYS = 3

export interface WithWithout {
  daysWith: number
  daysWithout: number
  meanWith: number | null
  meanWithout: number | null
  /**
   * meanWith - meanWithout as printed beside them (each to one decimal), so the three numbers in
   * a table row add up; null unless both sides have at least MIN_DAYS.
   */
  difference: number | null
  enough: boolean
}

export interface TriggerComparison extends WithWithout {
  key: string
}

/**
 * With/without comparisons of `value` for every key, in one pass over the items: each item adds
 * its value to the keys it has (`keysOf`, each key at most once) and to the total, and "without"
 * is the total less "with". The values here are whole pain numbers, so the sums are exact.
 */
export function compareByKey<T>(
  items: readonly T[],
  keysOf: (item: T) => Iterable<string>,
  value: (item: T) => number,
  keys: Iterable<string> = [],
  minDays = MIN_DAYS,
): Map<string, WithWithout> {
  const sums = new Map<string, { sum: number; count: number }>()
  for (const key of keys) sums.set(key, { sum: 0, count: 0 })
  let total = 0
  for (const item of items) {
    const v = value(item)
    total += v
    for (const key of keysOf(item)) {
      let s = sums.get(key)
      if (!s) {
        s = { sum: 0, count: 0 }
        sums.set(key, s)
      }
      s.sum += v
      s.count++
    }
  }
  const out = new Map<string, WithWithout>()
  for (const [key, s] of sums) {
    const daysWith = s.count
    const daysWithout = items.length - s.count
    const meanWith = daysWith > 0 ? s.sum / daysWith : null
    const meanWithout = daysWithout > 0 ? (total - s.sum) / daysWithout : null
    const enough = daysWith >= minDays && daysWithout >= minDays
    out.set(key, {
      daysWith,
      daysWithout,
      meanWith,
      meanWithout,
      difference:
        enough && meanWith !== null && meanWithout !== null
          ? printedDifference(meanWith, meanWithout)
          : null,
      enough,
    })
  }
  return out
}

/**
 * One comparison per trigger seen in `days` (plus any in `keys`), most frequent first, ties by
 * key. "Days with" counts logged days on which any check-in named the trigger.
 */
export function triggerComparison(
  days: readonly LoggedDay[],
  keys: readonly string[] = [],
  minDays = MIN_DAYS,
): TriggerComparison[] {
  const compared = compareByKey(
    days,
    (d) => d.triggerKeys,
    (d) => d.worst,
    keys,
    minDays,
  )
  return [...compared]
    .map(([key, c]) => ({ key, ...c }))
    .sort((a, b) => b.daysWith - a.daysWith || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}
