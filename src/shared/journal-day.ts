/**
 * Which journal day a check-in belongs to. A check-in before the day-start hour (default 04:00)
 * counts for the previous calendar day, so a 01:30 entry after a bad evening lands on that
 * evening's day. Works on the wall-clock part of the stamp, so it is the same in any time zone.
 */
import { addDays, format, parse } from 'date-fns'

export const DEFAULT_DAY_START_HOUR = 4

/** `2026-11-25T08:30:00+01:00`: local wall time with its UTC offset. */
export const TIMESTAMP_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/

export function journalDayOf(at: string, dayStartHour: number): string {
  const m = TIMESTAMP_PATTERN.exec(at)
  if (!m) throw new RangeError(`Not a time stamp with offset: ${JSON.stringify(at)}`)
  const date = `${m[1]}-${m[2]}-${m[3]}`
  if (Number(m[4]) >= dayStartHour) return date
  const parsed = parse(date, 'yyyy-MM-dd', new Date(2000, 0, 1, 12))
  return format(addDays(parsed, -1), 'yyyy-MM-dd')
}

/** Formats a Date as a local time stamp with offset (`2026-11-25T08:30:00+01:00`). */
export function toLocalTimestamp(date: Date): string {
  return format(date, "yyyy-MM-dd'T'HH:mm:ssxxx")
}

/** The journal day the given moment belongs to, in the machine's local time. */
export function journalDayAt(date: Date, dayStartHour: number): string {
  return journalDayOf(toLocalTimestamp(date), dayStartHour)
}
