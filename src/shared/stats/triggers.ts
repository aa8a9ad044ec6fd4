/**
 * Triggers: how often each was recorded, and the day's worst pain on days with it versus logged
 * days without it. A mean over one or two days says nothing, so a comparison needs at least
 * MIN_DAYS on each side before it is shown (the screen explains why it is hidden).
 */
import { mean, type LoggedDay } from './daily'

export const MIN_DAYS = 3

export interface WithWithout {
  daysWith: number
  daysWithout: number
  meanWith: number | null
  meanWithout: number | null
  /** meanWith - meanWithout; null unless both sides have at least MIN_DAYS. */
  difference: number | null
  enough: boolean
}

export interface TriggerComparison extends WithWithout {
  key: string
}

/** With/without comparison of `value` over the days, split by `has`. */
export function compareWithWithout<T>(
  items: readonly T[],
  has: (item: T) => boolean,
  value: (item: T) => number,
  minDays = MIN_DAYS,
): WithWithout {
  const withValues: number[] = []
  const withoutValues: number[] = []
  for (const item of items) (has(item) ? withValues : withoutValues).push(value(item))
  const meanWith = mean(withValues)
  const meanWithout = mean(withoutValues)
  const enough = withValues.length >= minDays && withoutValues.length >= minDays
  return {
    daysWith: withValues.length,
    daysWithout: withoutValues.length,
    meanWith,
    meanWithout,
    difference: enough && meanWith !== null && meanWithout !== null ? meanWith - meanWithout : null,
    enough,
  }
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
  const all = new Set(keys)
  for (const d of days) for (const k of d.triggerKeys) all.add(k)
  return [...all]
    .map((key) => ({
      key,
      ...compareWithWithout(
        days,
        (d) => d.triggerKeys.has(key),
        (d) => d.worst,
        minDays,
      ),
    }))
    .sort((a, b) => b.daysWith - a.daysWith || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}
