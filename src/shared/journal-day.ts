/**
 * Which journal day a check-in belongs to. A check-in before the day-start hour (default 04:00)
 * counts for the previous calendar day, so a 01:30 entry after a bad evening lands on that
 * evening's day. Works on the wall-clock part of the stamp, so it is the same in any time zone.
 */
import { format } from 'date-fns'
import { addDaysToDay } from './days'
import { formatHour } from './locale-format'
import { timestampParts } from './timestamp'

export const DEFAULT_DAY_START_HOUR = 4
/** The latest day-start hour Settings offers: a check-in from noon on is always its own date's. */
export const MAX_DAY_START_HOUR = 12

export function journalDayOf(at: string, dayStartHour: number): string {
  const { date, hour } = timestampParts(at)
  return hour >= dayStartHour ? date : addDaysToDay(date, -1)
}

/**
 * Whether `day` can be the journal day of a check-in at `at` under some day-start hour: the
 * stamp's own date, or the day before for a check-in made before noon. Imports and restores check
 * this, since the day they carry was worked out by another run of the app.
 */
export function dayFitsStamp(day: string, at: string): boolean {
  const { date, hour } = timestampParts(at)
  return day === date || (hour < MAX_DAY_START_HOUR && day === addDaysToDay(date, -1))
}

/**
 * Why `day` cannot be the journal day of the check-in at `at` (dayFitsStamp), in words, or null
 * when it can: the one message of imports and restores.
 */
export function dayMisfitProblem(day: string, at: string): string | null {
  if (dayFitsStamp(day, at)) return null
  const latest = formatHour(MAX_DAY_START_HOUR)
  return `${day} does not fit the time ${at} (it should be that date, or the day before for a check-in before ${latest})`
}

/** A Date's local wall time without offset (`2026-11-25T08:30:00`): when a backup was taken. */
export function toLocalDateTime(date: Date): string {
  return format(date, "yyyy-MM-dd'T'HH:mm:ss")
}

/** Formats a Date as a local time stamp with offset (`2026-11-25T08:30:00+01:00`). */
export function toLocalTimestamp(date: Date): string {
  return `${toLocalDateTime(date)}${format(date, 'xxx')}`
}

/** The journal day the given moment belongs to, in the machine's local time. */
export function journalDayAt(date: Date, dayStartHour: number): string {
  return journalDayOf(toLocalTimestamp(date), dayStartHour)
}

/**
 * The next moment after `now` at which the journal day changes: the coming day-start hour on this
 * computer's clock. Where the clocks skip that hour, the end of the gap.
 */
export function nextJournalDayStart(now: Date, dayStartHour: number): Date {
  const next = dayStartOn(now, dayStartHour)
  if (next.getTime() > now.getTime()) return next
  const tomorrow = new Date(now)
  tomorrow.setDate(tomorrow.getDate() + 1)
  return dayStartOn(tomorrow, dayStartHour)
}

/** When the journal day starts on `date`'s calendar date. */
function dayStartOn(date: Date, dayStartHour: number): Date {
  const start = new Date(date)
  start.setHours(dayStartHour, 0, 0, 0)
  if (start.getHours() === dayStartHour && start.getMinutes() === 0) return start
  // The clocks skipped the hour, and the Date moved on by the length of the gap, which need not
  // end on the hour (Chatham's goes from 02:45 to 03:45): back to the gap's end, a minute at a
  // time, while the minute before is already the new day.
  const day = journalDayAt(start, dayStartHour)
  const minuteBefore = () => new Date(start.getTime() - 60_000)
  while (journalDayAt(minuteBefore(), dayStartHour) === day) start.setTime(minuteBefore().getTime())
  return start
}
