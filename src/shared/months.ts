/**
 * Month strings (`YYYY-MM`) for the History calendar: which days a month has, how to step
 * between months, and how its weeks are laid out. Pure integer arithmetic on top of days.ts,
 * so no daylight-saving change or time zone can skip or repeat a day.
 */
import { format } from 'date-fns'
import { addDaysToDay, eachDay, isValidDay, parseDay, weekdayOf } from './days'

const MONTH_PATTERN = /^(\d{4})-(\d{2})$/

/** True for a month written exactly `YYYY-MM` (year 0001–9999, month 01–12). */
export function isValidMonth(value: unknown): value is string {
  if (typeof value !== 'string') return false
  const m = MONTH_PATTERN.exec(value)
  return m !== null && Number(m[1]) >= 1 && Number(m[2]) >= 1 && Number(m[2]) <= 12
}

function split(month: string): [number, number] {
  if (!isValidMonth(month)) throw new RangeError(`Invalid month: ${JSON.stringify(month)}`)
  return [Number(month.slice(0, 4)), Number(month.slice(5, 7))]
}

const pad = (n: number, width: number) => String(n).padStart(width, '0')

/** The month a day lies in: `2026-02-14` → `2026-02`. */
export function monthOfDay(day: string): string {
  if (!isValidDay(day)) throw new RangeError(`Invalid day: ${JSON.stringify(day)}`)
  return day.slice(0, 7)
}

/** The month `n` months after `month` (before it when `n` is negative). */
export function addMonths(month: string, n: number): string {
  const [year, m] = split(month)
  const index = year * 12 + (m - 1) + n
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1, 2)}`
}

/** The month's number in its year, 1–12: `2026-05` → 5. */
export function monthOfYear(month: string): number {
  return split(month)[1]
}

/** The first month of the quarter `month` lies in: `2026-05` → `2026-04`. */
export function quarterStart(month: string): string {
  return addMonths(month, -((monthOfYear(month) - 1) % 3))
}

/** `2026-05` → `Q2 2026`. */
export function quarterName(month: string): string {
  const [year, m] = split(month)
  return `Q${Math.floor((m - 1) / 3) + 1} ${pad(year, 4)}`
}

/** `2026-05` → `May 2026`: a month as a heading. */
export function formatMonthTitle(month: string): string {
  return format(parseDay(firstDayOfMonth(month)), 'MMMM yyyy')
}

/** `2026-05` → `May 2026` in short: a month on an axis or in a table. */
export function formatMonthShort(month: string): string {
  return format(parseDay(firstDayOfMonth(month)), 'MMM yyyy')
}

/** `2026-05` → `May 26`: a month in a narrow table column. */
export function formatMonthNarrow(month: string): string {
  return format(parseDay(firstDayOfMonth(month)), 'MMM yy')
}

/** `2026-05` → `May`: a month's name alone, where the year is plain from around it. */
export function formatMonthName(month: string): string {
  return format(parseDay(firstDayOfMonth(month)), 'MMM')
}

export function firstDayOfMonth(month: string): string {
  split(month)
  return `${month}-01`
}

export function lastDayOfMonth(month: string): string {
  return addDaysToDay(firstDayOfMonth(addMonths(month, 1)), -1)
}

/** Every day of the month, first to last. */
export function daysOfMonth(month: string): string[] {
  return eachDay(firstDayOfMonth(month), lastDayOfMonth(month))
}

/**
 * The month as weeks of seven, Monday first; `null` fills the places before the 1st and after
 * the last day, so every row of the calendar has seven cells.
 */
export function monthWeeks(month: string): (string | null)[][] {
  const days = daysOfMonth(month)
  const cells: (string | null)[] = [
    ...Array.from({ length: weekdayOf(days[0]!) }, () => null),
    ...days,
  ]
  while (cells.length % 7 !== 0) cells.push(null)
  const weeks: (string | null)[][] = []
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7))
  return weeks
}

/**
 * The same day of the month `n` months away, kept inside the target month: 31 January plus
 * one month is 28 (or 29) February, as people expect from PageDown in a calendar.
 */
export function sameDayInMonth(day: string, n: number): string {
  const target = addMonths(monthOfDay(day), n)
  const last = lastDayOfMonth(target)
  const wanted = `${target}-${day.slice(8, 10)}`
  return isValidDay(wanted) && wanted <= last ? wanted : last
}
