/**
 * Day strings (`YYYY-MM-DD`, a calendar day in local time) and the arithmetic on them.
 *
 * Calendar arithmetic runs on integer day numbers (days since 1970-01-01 on the proleptic
 * Gregorian calendar), which have no time of day and so no daylight-saving changes: a day string
 * means the same day in every time zone, and the difference between two of them is the same
 * everywhere. date-fns is used where a `Date` in local time is wanted (parseDay, formatDay).
 */
import { format, isValid } from 'date-fns'

const MS_PER_DAY = 86_400_000
/** Minutes in a calendar day: the ceiling of anything timed within one day. */
export const MINUTES_PER_DAY = 24 * 60

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/** The digit at `i` of `s`, or -1 for any other character. */
function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48
  return c >= 0 && c <= 9 ? c : -1
}

/**
 * A strictly valid day string read as one number, `year * 10000 + month * 100 + day`, or -1.
 * Read character by character rather than with a regular expression, and packed into a number
 * rather than an array: statistics over twenty years call it for every day, many times.
 */
function packedDay(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10) return -1
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return -1
  const y1 = digitAt(value, 0)
  const y2 = digitAt(value, 1)
  const y3 = digitAt(value, 2)
  const y4 = digitAt(value, 3)
  const m1 = digitAt(value, 5)
  const m2 = digitAt(value, 6)
  const d1 = digitAt(value, 8)
  const d2 = digitAt(value, 9)
  if ((y1 | y2 | y3 | y4 | m1 | m2 | d1 | d2) < 0) return -1
  const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4
  const month = m1 * 10 + m2
  const day = d1 * 10 + d2
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return -1
  return year * 10_000 + month * 100 + day
}

/** The packed day of a valid day string; throws a RangeError naming it otherwise. */
function packedDayOrThrow(day: string): number {
  const packed = packedDay(day)
  if (packed < 0) throw new RangeError(`Invalid day: ${JSON.stringify(day)}`)
  return packed
}

/** True for a real calendar date written exactly `YYYY-MM-DD` (so not `2026-1-5`, `2026-02-30`). */
export function isValidDay(value: unknown): value is string {
  return packedDay(value) >= 0
}

/** Throws a RangeError naming the value unless it is a valid day string. */
export function assertDay(value: unknown, what = 'day'): asserts value is string {
  if (!isValidDay(value)) {
    throw new RangeError(`Invalid ${what}: ${JSON.stringify(value)} is not a date like 2026-03-14`)
  }
}

/**
 * Days since 1970-01-01 for a valid day string. Pure integer arithmetic (Howard Hinnant's
 * days_from_civil), so it is independent of the time zone and fast enough for hot loops.
 */
export function dayNumber(day: string): number {
  const n = validDayNumber(day)
  if (n === null) throw new RangeError(`Invalid day: ${JSON.stringify(day)}`)
  return n
}

/** dayNumber of a valid day string, or null for anything else: checked and read in one go. */
export function validDayNumber(value: unknown): number | null {
  const packed = packedDay(value)
  if (packed < 0) return null
  const y0 = Math.floor(packed / 10_000)
  const month = Math.floor(packed / 100) % 100
  const d = packed % 100
  const y = month <= 2 ? y0 - 1 : y0
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146_097 + doe - 719_468
}

/** The day string for a day number (the inverse of dayNumber). */
export function dayFromNumber(n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Invalid day number: ${n}`)
  // Howard Hinnant's civil_from_days: integers only, no Date, no time zone.
  const z = n + 719_468
  const era = Math.floor(z / 146_097)
  const doe = z - era * 146_097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0)
  if (y < 0 || y > 9999) {
    // Not a day string any more (no valid day has such a year); as before, what a Date says.
    return new Date(n * MS_PER_DAY).toISOString().slice(0, 10)
  }
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0')
}

/** The local midnight starting this day, as a Date. */
export function parseDay(day: string): Date {
  const packed = packedDayOrThrow(day)
  const year = Math.floor(packed / 10_000)
  const month = Math.floor(packed / 100) % 100
  const d = packed % 100
  const date = new Date(year, month - 1, d)
  // The Date constructor maps years 0–99 to 1900–1999; put the real year back.
  date.setFullYear(year, month - 1, d)
  return date
}

/** The local calendar day of a Date, as `YYYY-MM-DD`. */
export function formatDay(date: Date): string {
  if (!isValid(date)) throw new RangeError('Invalid date: cannot format it as a day')
  return format(date, 'yyyy-MM-dd')
}

/** The day `n` calendar days after `day` (before it when `n` is negative). */
export function addDaysToDay(day: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`Invalid number of days: ${n}`)
  return dayFromNumber(dayNumber(day) + n)
}

/** Calendar days from `a` to `b` (`b - a`): 0 for the same day, 1 for the next day. */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a)
}

/** The day of the month, 1–31: `2026-03-14` → 14. */
export function dayOfMonth(day: string): number {
  return packedDayOrThrow(day) % 100
}

/** Monday = 0 … Sunday = 6. 1970-01-01 (day number 0) was a Thursday. */
export function weekdayOf(day: string): number {
  return weekdayOfNumber(dayNumber(day))
}

/** weekdayOf on day numbers. */
export function weekdayOfNumber(n: number): number {
  return (((n + 3) % 7) + 7) % 7
}

/** The Monday starting the week that holds `day` (ISO weeks, which run across year ends). */
export function weekStartOf(day: string): string {
  return dayFromNumber(mondayOf(dayNumber(day)))
}

/** weekStartOf on day numbers. */
export function mondayOf(n: number): number {
  return n - weekdayOfNumber(n)
}

/** Every day from `from` to `to`, both included; empty when `to` is before `from`. */
export function eachDay(from: string, to: string): string[] {
  const first = dayNumber(from)
  const last = dayNumber(to)
  const out: string[] = []
  for (let n = first; n <= last; n++) out.push(dayFromNumber(n))
  return out
}

/** Compares two valid day strings; the fixed-width format makes string order date order. */
export function compareDays(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** A day as a page's title: `2026-02-14` → `Saturday 14 February 2026`. */
export function formatDayTitle(day: string): string {
  return format(parseDay(day), 'EEEE d MMMM yyyy')
}

/** A day as people read it in a sentence: `2026-03-14` → `14 March 2026`. */
export function formatDayLong(day: string): string {
  return format(parseDay(day), 'd MMMM yyyy')
}

/** `2026-02-20` → `20 Feb 2026`: how the report writes a day. */
export function formatDayShort(day: string): string {
  return format(parseDay(day), 'd MMM yyyy')
}

/** A period as Trends and the report name it: `1 Feb 2026 – 20 Feb 2026`, or one day alone. */
export function periodLabel(start: string, end: string): string {
  return start === end ? formatDayShort(start) : `${formatDayShort(start)} – ${formatDayShort(end)}`
}

/** A span of days in a sentence: `from 1 February 2026 to 20 February 2026`, or `on 20 February 2026`. */
export function spanInWords(start: string, end: string): string {
  return start === end
    ? `on ${formatDayLong(start)}`
    : `from ${formatDayLong(start)} to ${formatDayLong(end)}`
}

/** `2026-02-20` → `Fri 20 Feb 2026`: a day among days, where the weekday matters. */
export function formatDayShortWithWeekday(day: string): string {
  return format(parseDay(day), 'EEE d MMM yyyy')
}

/** `2026-02-20` → `20 Feb`: a day where the year is plain from around it. */
export function formatDayNoYear(day: string): string {
  return format(parseDay(day), 'd MMM')
}

/** `2026-02-20` → `20 February`: formatDayLong in a sentence about this year. */
export function formatDayLongNoYear(day: string): string {
  return format(parseDay(day), 'd MMMM')
}

export interface DayRun {
  start: string
  end: string
  days: number
}

/** Runs of consecutive calendar days among `days` (any order, repeats allowed), oldest first. */
export function consecutiveRuns(days: Iterable<string>): DayRun[] {
  const sorted = Int32Array.from(dayNumbers(days)).sort()
  const runs: DayRun[] = []
  let start = 0
  sorted.forEach((n, i) => {
    if (i === 0 || sorted[i - 1] !== n - 1) start = n
    if (sorted[i + 1] !== n + 1) runs.push(dayRun(start, n))
  })
  return runs
}

/**
 * The runs of `consecutiveRuns(days)` that end on or after `from`, oldest first. Found from their
 * ends, so only the runs reaching into a short period are walked, however long the history.
 */
export function consecutiveRunsReaching(days: Iterable<string>, from: string): DayRun[] {
  const numbers = dayNumbers(days)
  const fromN = dayNumber(from)
  const ends: number[] = []
  for (const n of numbers) if (n >= fromN && !numbers.has(n + 1)) ends.push(n)
  return ends
    .sort((a, b) => a - b)
    .map((end) => {
      let start = end
      while (numbers.has(start - 1)) start--
      return dayRun(start, end)
    })
}

function dayNumbers(days: Iterable<string>): Set<number> {
  const numbers = new Set<number>()
  for (const day of days) numbers.add(dayNumber(day))
  return numbers
}

function dayRun(start: number, end: number): DayRun {
  return { start: dayFromNumber(start), end: dayFromNumber(end), days: end - start + 1 }
}

const WEEK_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']

/** 42 → 'six weeks', 10 → '10 days': rules are kept in days, but people think in weeks. */
export function weeksInWords(days: number): string {
  const weeks = days / 7
  if (!Number.isInteger(weeks) || weeks < 1) return `${days} ${days === 1 ? 'day' : 'days'}`
  return `${WEEK_WORDS[weeks] ?? String(weeks)} ${weeks === 1 ? 'week' : 'weeks'}`
}

/** 42, 56 → 'six to eight weeks'; rules that are not whole weeks keep both units. */
export function rangeInWords(fromDays: number, toDays: number): string {
  const [from, to] = [weeksInWords(fromDays), weeksInWords(toDays)]
  return from.endsWith(' weeks') && to.endsWith(' weeks')
    ? `${from.slice(0, -' weeks'.length)} to ${to}`
    : `${from} to ${to}`
}
