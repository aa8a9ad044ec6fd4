/**
 * A check-in's time of day written into a stamp for a chosen day (timestamp.ts clockTimeOf reads
 * it back).
 */
import { addDaysToDay, parseDay } from '../../../shared/days'
import { toLocalTimestamp } from '../../../shared/journal-day'
import { clockTimeOf } from '../../../shared/timestamp'

/**
 * The time stamp for a check-in added to `day` at `time` (`HH:MM`), with this computer's
 * offset on that date. A time before the day-start hour is the night after that day, so it is
 * written on the next calendar date and still counts for `day` (see journal-day.ts). Null when
 * the clocks went forward over that time on that date: it never happened there, and the stamp
 * would be an hour later than what was typed, perhaps on the next journal day.
 */
export function atForDayAndTime(day: string, time: string, dayStartHour: number): string | null {
  const [hours, minutes] = time.split(':').map(Number) as [number, number]
  const date = parseDay(hours < dayStartHour ? addDaysToDay(day, 1) : day)
  date.setHours(hours, minutes, 0, 0)
  const at = toLocalTimestamp(date)
  return clockTimeOf(at) === time ? at : null
}

/** The time of day now, `HH:MM`, for a new check-in on today's page. */
export function timeNow(now: Date): string {
  return clockTimeOf(toLocalTimestamp(now))
}
