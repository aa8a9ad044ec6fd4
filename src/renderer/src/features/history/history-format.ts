/** Words and time stamps for the History screen. */
import { format } from 'date-fns'
import { addDaysToDay, parseDay } from '../../../../shared/days'
import type { DaySummary } from '../../../../shared/history-schemas'
import { toLocalTimestamp } from '../../../../shared/journal-day'
import { painBand } from '../../../../shared/pain-scale'

/** The wall-clock time a check-in was written at: `2026-02-14T09:05:00+01:00` → `09:05`. */
export function timeOf(at: string): string {
  return at.slice(11, 16)
}

/** `2026-02-14` → `Saturday 14 February 2026`. */
export function dayTitle(day: string): string {
  return format(parseDay(day), 'EEEE d MMMM yyyy')
}

/** `2026-02-14` → `14 Feb 2026`. */
export function dayShort(day: string): string {
  return format(parseDay(day), 'd MMM yyyy')
}

/** `2026-02` → `February 2026`. */
export function monthTitle(month: string): string {
  return format(parseDay(`${month}-01`), 'MMMM yyyy')
}

export function formatAverage(average: number): string {
  return average.toFixed(1)
}

/**
 * The time stamp for a check-in added to `day` at `time` (`HH:MM`), with this computer's
 * offset on that date. A time before the day-start hour is the night after that day, so it is
 * written on the next calendar date and still counts for `day` (see journal-day.ts).
 */
export function atForDayAndTime(day: string, time: string, dayStartHour: number): string {
  const [hours, minutes] = time.split(':').map(Number) as [number, number]
  const date = parseDay(hours < dayStartHour ? addDaysToDay(day, 1) : day)
  date.setHours(hours, minutes, 0, 0)
  return toLocalTimestamp(date)
}

/** What a screen reader says for a calendar day; the same facts the cell shows. */
export function describeDay(
  day: string,
  summary: DaySummary | undefined,
  flags: { today: boolean; future: boolean },
): string {
  const parts = [`${dayTitle(day)}${flags.today ? ', today' : ''}.`]
  if (flags.future) {
    parts.push('Not yet.')
  } else if (!summary || summary.worst === null || summary.average === null) {
    parts.push('Nothing recorded.')
  } else {
    const n = summary.count
    parts.push(
      `Worst pain ${summary.worst} of 10, ${painBand(summary.worst)}; average ${formatAverage(
        summary.average,
      )}; ${n} ${n === 1 ? 'check-in' : 'check-ins'}.`,
    )
  }
  if (summary?.spasm) parts.push('Spasm.')
  if (summary?.redFlag) parts.push('Warning sign recorded.')
  if (summary?.inEpisode) parts.push('Part of an episode.')
  return parts.join(' ')
}
