/**
 * The current episode, flag numbers and remedies, said in plain words for the
 * Insights panel and the doctor banner. Pure (no DOM, no api), so unit tests can hold the
 * sentences to what the issue promises: "Day 23 of this episode, started 2 Nov, worst 7".
 */
import { formatDayLong, formatDayNoYear, formatDayShort } from '../../../../shared/days'
import { reliefWords } from '../../../../shared/domain'
import { formatMg, formatWhole } from '../../../../shared/locale-format'
import { oneDecimal } from '../../../../shared/stats/format'
import type { InsightsEpisode, RemedyTried } from '../../../../shared/insights-schema'
import { plural } from '../../../../shared/stats/format'

/** `2025-11-02` → `2 Nov`, with the year only when it is not the year of `asOf`. */
export function shortDay(day: string, asOf: string): string {
  return day.slice(0, 4) === asOf.slice(0, 4) ? formatDayNoYear(day) : formatDayShort(day)
}

/** One sentence about where the current episode stands. */
export function episodeSentence(episode: InsightsEpisode, asOf: string): string {
  const started = shortDay(episode.start, asOf)
  if (episode.status === 'settling') {
    const last = shortDay(episode.end, asOf)
    return `This episode is settling: started ${started}, last pain day ${last}, worst ${episode.peak}.`
  }
  return `Day ${episode.dayNumber} of this episode, started ${started}, worst ${episode.peak}.`
}

const NUMBER_LABELS: Record<string, string> = {
  records: 'Times recorded',
  lastDay: 'Most recently',
  dayOfEpisode: 'Day of the episode',
  durationDays: 'Length in days',
  start: 'Began',
  end: 'Up to',
  status: 'Now',
  watchDays: 'Worth a visit from day',
  doctorDays: 'See a doctor from day',
  episodes: 'Episodes',
  windowDays: 'Days looked back',
  latestStart: 'Latest began',
  firstWeekMean: 'Average worst, first week',
  lastWeekMean: 'Average worst, last week',
  firstWeekLoggedDays: 'Days logged, first week',
  lastWeekLoggedDays: 'Days logged, last week',
  consecutiveDays: 'Days in a row',
  consecutiveEnd: 'In a row up to',
  overLimitDays: 'Days over a limit',
  day: 'Day',
  totalMg: 'Total that day',
  liverMg: 'Most in a day',
  days: 'Days',
  visitDay: 'Seen on',
  levelSince: 'From',
  lastOverLimitDay: 'Latest day over',
  lastOverLimitMedicine: 'Medicine',
  lastOverLimitTotalMg: 'Total that day',
  lastOverLimitLimitMg: 'Daily limit',
}

/** Numbers whose words are already in the flag's reason in full. */
const SAID_IN_THE_REASON = new Set(['signs', 'levelWeeks'])

/** The numbers behind a flag as label/value pairs a person can read. */
export function flagNumbers(
  numbers: Readonly<Record<string, number | string>>,
): { label: string; value: string }[] {
  return Object.entries(numbers)
    .filter(([key]) => !SAID_IN_THE_REASON.has(key))
    .map(([key, value]) => ({
      label: NUMBER_LABELS[key] ?? key.replace(/([A-Z])/g, ' $1').toLowerCase(),
      value: numberInWords(key, value),
    }))
}

/**
 * In the locale's way, as the flag's own sentence above it writes it: '4,500 mg', '1,200', a
 * mean always with its one decimal ('6.0'), a day in full ('1 March 2026').
 */
function numberInWords(key: string, value: number | string): string {
  if (typeof value === 'number') {
    if (key.endsWith('Mg')) return formatMg(value)
    if (key.endsWith('Mean')) return oneDecimal(value)
    return Number.isInteger(value) ? formatWhole(value) : oneDecimal(value)
  }
  // Days in flag numbers are always valid day strings (the rules check them).
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDayLong(value)
  return value.charAt(0).toUpperCase() + value.slice(1)
}

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`
}

/** "Heat (used 3 times over 3 days): helped a lot once, helped a little twice." */
export function remedySentence(remedy: RemedyTried): string {
  const { relief, doseMg } = remedy
  const dose =
    doseMg === null
      ? ''
      : doseMg.min === doseMg.max
        ? `, ${formatMg(doseMg.min)} a dose`
        : `, ${formatWhole(doseMg.min)}–${formatMg(doseMg.max)} a dose`
  const parts = [
    [relief.helpedALot, reliefWords(2)],
    [relief.helpedALittle, reliefWords(1)],
    [relief.noChange, reliefWords(0)],
    [relief.madeItWorse, reliefWords(-1)],
    [relief.notRated, 'not rated'],
  ] as const
  const said = parts.filter(([n]) => n > 0).map(([n, words]) => `${words} ${times(n)}`)
  return `${remedy.name} (used ${times(remedy.uses)} over ${plural(remedy.days, 'day')}${dose}): ${said.join(', ')}.`
}
