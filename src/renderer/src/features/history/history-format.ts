/** Words and time stamps for the History screen. */
import { formatDayTitle } from '../../../../shared/days'
import type { DaySummary } from '../../../../shared/history-schemas'
import { describeWorst } from '../../../../shared/pain-scale'
import { SEVERITY_WORDS } from '../../../../shared/severity'
import { oneDecimal, plural } from '../../../../shared/stats/format'

/** `2026-02-14` → `Saturday 14 February 2026`. */
export const dayTitle = formatDayTitle

const sentenceStart = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

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
      `${sentenceStart(describeWorst(summary.worst))}; average ${oneDecimal(summary.average)}; ${plural(n, 'check-in')}.`,
    )
  }
  if (summary?.spasm) parts.push('Spasm.')
  if (summary?.redFlag) parts.push(`Warning sign recorded: ${SEVERITY_WORDS[summary.redFlag]}.`)
  if (summary?.inEpisode) parts.push('Part of an episode.')
  return parts.join(' ')
}
