/** Small helpers shared by the Trends charts: day numbers for time axes, ticks, labels. */
import { dayFromNumber, dayNumber, formatDayNoYear } from '../../../../shared/days'
import type { OutputOf } from '../../../../shared/contract'
import {
  addMonths,
  firstDayOfMonth,
  formatMonthShort,
  monthOfDay,
  monthOfYear,
} from '../../../../shared/months'
import { ROLLING_NAME } from '../../../../shared/stats/daily'
import { oneDecimal, signedOneDecimal } from '../../../../shared/stats/format'

export type TrendsData = OutputOf<'trends:get'>

export const toX = (day: string): number => dayNumber(day)

/** A point's period in words: one day, or a week ("29 Dec 2025 – 4 Jan 2026"). */
export { periodLabel } from '../../../../shared/days'

/**
 * Ticks on the first of months (every 1, 2, 3, 6 or 12 months), few enough that their labels
 * never overlap on a chart about 900 px wide. Short ranges get weekly ticks instead.
 */
export function timeTicks(from: string, to: string, maxTicks = 8): number[] {
  const first = toX(from)
  const last = toX(to)
  const span = last - first + 1
  if (span <= 45) {
    const step = span <= 14 ? 2 : 7
    const out: number[] = []
    for (let n = first; n <= last; n += step) out.push(n)
    return out
  }
  const months = span / 30.4
  const step = [1, 2, 3, 6, 12, 24].find((m) => months / m <= maxTicks) ?? 36
  // The first of the month after `from`, moved on to a multiple of the step so that ticks land
  // on January, April… and stay put as the range moves.
  let month = addMonths(monthOfDay(from), 1)
  while (step <= 12 && (monthOfYear(month) - 1) % step !== 0) month = addMonths(month, 1)
  const out: number[] = []
  for (let n = toX(firstDayOfMonth(month)); n <= last; n = toX(firstDayOfMonth(month))) {
    if (n >= first) out.push(n)
    month = addMonths(month, step)
  }
  return out
}

/** The label of a time tick: "Mar 2026", or "14 Mar" on short ranges. */
export function tickLabel(span: number): (x: number) => string {
  return (x: number) => {
    const day = dayFromNumber(x)
    return span <= 45 ? formatDayNoYear(day) : formatMonthShort(monthOfDay(day))
  }
}

/** 2.345 → "2.3", null → "—" (a gap, shown as such); the rounding is oneDecimal's. */
export function num1(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : oneDecimal(value)
}

/** A signed change, 0.8 → "+0.8", null → "—"; the sign and rounding are signedOneDecimal's. */
export function signed1(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : signedOneDecimal(value)
}

/** Round axis ticks from 0 to at least `top`: about `count` steps of 1, 2, (2.5,) 5 × 10ⁿ; whole numbers unless told. */
export function niceTicks(top: number, count = 4, integer = true): number[] {
  if (!(top > 0)) return [0, 1]
  const raw = top / count
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const factors = integer && magnitude < 10 ? [1, 2, 5, 10] : [1, 2, 2.5, 5, 10]
  const step = Math.max(
    integer ? 1 : 0,
    (factors.find((m) => m * magnitude >= raw) ?? 10) * magnitude,
  )
  const out: number[] = []
  for (let t = 0; t < top + step; t += step) out.push(t)
  return out
}

/** The pain chart's series, by day or by week: the rolling line named as in the report. */
export function seriesNames(weekly: boolean) {
  return weekly
    ? {
        worst: 'Worst of the week',
        average: 'Average of the week',
        mean: 'Average of the daily worst',
      }
    : { worst: 'Worst of the day', average: 'Average of the day', mean: ROLLING_NAME }
}
