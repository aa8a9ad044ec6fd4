/**
 * Nothing from the future (issue 13, point 5): a check-in records a moment that has passed, and a
 * day record a day that has begun. One rule, used by the forms, the router and both imports. A few
 * minutes of clock skew are allowed, so a computer whose clock runs a little behind the one
 * that wrote the stamp (or a form filled in just before the minute turned) is not refused.
 */
import { addMinutes } from 'date-fns'
import { formatDayLong } from './days'
import { journalDayAt } from './journal-day'
import { formatStampClock } from './locale-format'
import { instantOf, timestampParts } from './timestamp'

export const CLOCK_SKEW_MINUTES = 5

/** The latest moment a check-in may be for, as of `now`. */
export function latestMoment(now: Date): Date {
  return addMinutes(now, CLOCK_SKEW_MINUTES)
}

/** Null when the stamp `at` (already valid) is not after now; otherwise a sentence saying so. */
export function futureCheckinProblem(at: string, now: Date): string | null {
  if (instantOf(at) <= latestMoment(now).getTime()) return null
  return `${formatDayLong(timestampParts(at).date)} at ${formatStampClock(at)} is later than now. A check-in can only record a moment that has already happened.`
}

/**
 * The last day anything may be recorded for: the journal day of now (the day-start hour's, as
 * Today shows it), so at 01:30 with the day starting at 04:00 it is still yesterday. A visit or
 * a day record dated by the calendar instead would count as after the warning signs and
 * check-ins recorded later that night (flags-warning.ts), or as a day that has not begun.
 */
export function latestDay(now: Date, dayStartHour: number): string {
  return journalDayAt(latestMoment(now), dayStartHour)
}

/** Null when the journal day `day` (already valid) has begun; otherwise a sentence saying not. */
export function futureDayProblem(day: string, now: Date, dayStartHour: number): string | null {
  if (day <= latestDay(now, dayStartHour)) return null
  return `${formatDayLong(day)} has not come yet. A day can only be recorded once it has begun.`
}
