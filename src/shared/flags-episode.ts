/**
 * The flags an episode's course raises (DESIGN.md section 3): an episode that has gone on long
 * enough to see a doctor, episodes that keep coming back, and pain that is not easing. Pure:
 * flags.ts gathers them with the others and steps them down after a doctor visit.
 */
import { asPrinted, oneDecimal } from './stats/format'
import {
  addDaysToDay,
  dayFromNumber,
  dayNumber,
  formatDayLong,
  formatDayShort,
  weeksInWords,
} from './days'
import {
  episodeDayNumber,
  episodeLengthWords,
  levelDays,
  MOST_EPISODES_EASE,
  type DayPain,
  type Episode,
  type EpisodeRules,
} from './episodes'
import type { Flag } from './flags-types'
import type { Severity } from './severity'

/** The long-episode flag's severity: the flag and Settings' episode rules both read it. */
export const LONG_EPISODE_LEVEL = 'visit' satisfies Severity

export const RECURRING_WINDOW_DAYS = 365
export const RECURRING_MIN_EPISODES = 3
export const NOT_IMPROVING_MIN_DAYS = 14
/** Each week compared by the not-improving flag needs this many logged days to mean anything. */
export const NOT_IMPROVING_MIN_LOGGED = 3

const capitalised = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`

/** The day the episode reached its current level: a visit from then on answers it. */
export function levelSince(ep: Episode, rules: EpisodeRules): string {
  return addDaysToDay(ep.start, levelDays(ep.level, rules) - 1)
}

export function longEpisodeFlag(
  ep: Episode | null,
  asOf: string,
  rules: EpisodeRules,
): Flag | null {
  if (ep === null || ep.level === 'none') return null
  const doctor = ep.level === 'doctor'
  const length = episodeLengthWords(ep.level, rules)
  const dayOfEpisode = episodeDayNumber(ep, asOf)
  const ongoing = ep.status === 'ongoing'
  const lead = ongoing
    ? `This episode has gone on for ${length} (day ${dayOfEpisode})`
    : `This episode lasted ${ep.durationDays} days before it began to settle`
  return {
    kind: 'long-episode',
    level: LONG_EPISODE_LEVEL,
    title: doctor ? 'Book a doctor visit for this episode' : 'A good time to book a doctor visit',
    reason: doctor
      ? `${lead}. Back pain that lasts this long should be checked by a doctor.`
      : `${lead}. ${capitalised(MOST_EPISODES_EASE)}, so a doctor can check how this one is ` +
        'going.',
    forClinician: ongoing
      ? `Current episode on day ${dayOfEpisode} (since ${formatDayShort(ep.start)}): ${length}.`
      : `Latest episode lasted ${ep.durationDays} days (${formatDayShort(ep.start)} – ` +
        `${formatDayShort(ep.end)}) and is settling.`,
    numbers: {
      dayOfEpisode,
      durationDays: ep.durationDays,
      start: ep.start,
      status: ep.status,
      watchDays: rules.watchDays,
      doctorDays: rules.doctorDays,
      levelSince: levelSince(ep, rules),
      levelWeeks: weeksInWords(levelDays(ep.level, rules)),
    },
  }
}

/**
 * Book a visit: the seed source says spasms that occur regularly, and recurring or worsening
 * pain, should be assessed by a doctor; three episodes in a year is that pattern.
 */
export function recurringFlag(episodes: readonly Episode[], asOfN: number): Flag | null {
  const from = asOfN - RECURRING_WINDOW_DAYS + 1
  const recent = episodes.filter((e) => dayNumber(e.start) >= from)
  if (recent.length < RECURRING_MIN_EPISODES) return null
  const latestStart = recent[recent.length - 1]?.start ?? ''
  return {
    kind: 'recurring',
    level: 'visit',
    title: 'Episodes keep coming back',
    reason:
      `${recent.length} episodes began in the last 12 months (the latest on ` +
      `${formatDayLong(latestStart)}) — back pain that keeps returning is worth having a ` +
      'doctor assess.',
    forClinician:
      `${recent.length} episodes began in the last 12 months (the latest on ` +
      `${formatDayShort(latestStart)}).`,
    numbers: { episodes: recent.length, windowDays: RECURRING_WINDOW_DAYS, latestStart },
  }
}

export function notImprovingFlag(
  days: readonly DayPain[],
  ep: Episode | null,
  asOfN: number,
): Flag | null {
  if (ep === null || ep.status !== 'ongoing' || ep.durationDays < NOT_IMPROVING_MIN_DAYS) {
    return null
  }
  const startN = dayNumber(ep.start)
  const first = meanWorst(days, startN, startN + 6)
  const last = meanWorst(days, asOfN - 6, asOfN)
  if (first.logged < NOT_IMPROVING_MIN_LOGGED || last.logged < NOT_IMPROVING_MIN_LOGGED) {
    return null
  }
  if (first.mean > last.mean) return null
  // Numbers stay numbers, rounded as printed; only the words are in the locale's way ('4,3').
  const [firstMean, lastMean] = [asPrinted(first.mean), asPrinted(last.mean)]
  const [f, l] = [oneDecimal(firstMean), oneDecimal(lastMean)]
  return {
    kind: 'not-improving',
    level: 'visit',
    title: 'Not easing yet',
    reason:
      `Your worst pain averaged ${f} in the first week of this episode and ${l} in the last ` +
      'week: it has not eased yet, which is worth showing a doctor.',
    forClinician:
      `Not easing: mean worst pain ${f} in the episode's first week and ${l} in the last ` +
      `week (day ${ep.durationDays}).`,
    numbers: {
      dayOfEpisode: ep.durationDays,
      firstWeekMean: firstMean,
      lastWeekMean: lastMean,
      firstWeekLoggedDays: first.logged,
      lastWeekLoggedDays: last.logged,
    },
  }
}

/** Mean worst of the logged days from..to (day numbers); duplicates count once, at their max. */
function meanWorst(days: readonly DayPain[], from: number, to: number) {
  const worst = new Map<number, number>()
  // Day strings compare in date order: only the week's days are turned into numbers.
  const [fromDay, toDay] = [dayFromNumber(from), dayFromNumber(to)]
  for (const d of days) {
    if (d.day < fromDay || d.day > toDay) continue
    const n = dayNumber(d.day)
    if (n >= from && n <= to) worst.set(n, Math.max(worst.get(n) ?? 0, d.worst))
  }
  let sum = 0
  for (const w of worst.values()) sum += w
  return { logged: worst.size, mean: worst.size === 0 ? 0 : sum / worst.size }
}
