/** Small helpers shared by the Trends charts: day numbers for time axes, ticks, labels. */
import { oneDecimal } from '../../../../shared/stats/format'
import { format } from 'date-fns'
import { dayFromNumber, dayNumber, parseDay } from '../../../../shared/days'
import type { OutputOf } from '../../../../shared/contract'
import { addMonths, firstDayOfMonth, monthOfDay, monthOfYear } from '../../../../shared/months'

export type TrendsData = OutputOf<'trends:get'>

export const toX = (day: string): number => dayNumber(day)

/** 14 Mar 2026 */
export function shortDate(day: string): string {
  return format(parseDay(day), 'd MMM yyyy')
}

/** Mon 14 Mar 2026 */
export function dayWithWeekday(day: string): string {
  return format(parseDay(day), 'EEE d MMM yyyy')
}

/** A point's period in words: one day, or a week ("29 Dec 2025 – 4 Jan 2026"). */
export function periodLabel(start: string, end: string): string {
  return start === end ? shortDate(start) : `${shortDate(start)} – ${shortDate(end)}`
}

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
    const date = parseDay(dayFromNumber(x))
    if (span <= 45) return format(date, 'd MMM')
    if (span > 800) return format(date, 'MMM yyyy')
    return format(date, 'MMM yyyy')
  }
}

/** 2.345 → "2.3", null → "—" (a gap, shown as such). */
export function num1(value: number | null | undefined): string {
  if (value === null || value === undefined) return '—'
  return oneDecimal(value)
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
