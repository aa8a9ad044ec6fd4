/** Words and time stamps for the History screen. */
import { oneDecimal } from '../../../../shared/stats/format'
import { format } from 'date-fns'
import { formatDayTitle, parseDay } from '../../../../shared/days'
import type { DaySummary } from '../../../../shared/history-schemas'
import { painBand } from '../../../../shared/pain-scale'

/** `2026-02-14` → `Saturday 14 February 2026`. */
export const dayTitle = formatDayTitle

/** `2026-02-14` → `14 Feb 2026`. */
export function dayShort(day: string): string {
  return format(parseDay(day), 'd MMM yyyy')
}

/** `2026-02` → `February 2026`. */
export function monthTitle(month: string): string {
  return format(parseDay(`${month}-01`), 'MMMM yyyy')
}

export function formatAverage(average: number): string {
  return oneDecimal(average)
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
