/**
 * Episodes of back pain (DESIGN.md section 3). The rules follow published definitions:
 * - an episode is a period of pain preceded and followed by at least a month without it
 *   (de Vet et al., "Episodes of low back pain: a proposal for uniform definitions to be used in
 *   research", Spine 2002;27(21):2409-16);
 * - recovery is pain of 0–1 sustained for 7 days (Williams et al., PACE trial, Lancet 2014;
 *   384:1586-96), so a week without a pain day (worst >= 2) counts as settling.
 *
 * Pure and fast: each day string is turned into an integer day number once, and everything after
 * that is integer arithmetic (no Date objects, no date-fns in the loop), so ten years of days take
 * well under a millisecond and the result does not depend on the time zone.
 */
import {
  dayFromNumber,
  dayNumber,
  daysBetween,
  formatDayShort,
  isValidDay,
  periodLabel,
  rangeInWords,
  validDayNumber,
  weeksInWords,
} from './days'
import { PAIN_MAX, PAIN_MIN } from './pain-scale'
import { fromTo } from './range-words'
import { plural } from './stats/format'

export interface DayPain {
  /** `YYYY-MM-DD` */
  day: string
  /** Worst pain of the day, integer 0..10. */
  worst: number
}

export interface EpisodeRules {
  /** A day with worst >= this is a pain day. */
  painDayMin: number
  /** This many pain-free days in a row separate two episodes. */
  separationDays: number
  /** No pain day for this long: the episode is settling. */
  settleDays: number
  /** Six weeks: suggest booking a doctor visit. */
  watchDays: number
  /** Eight weeks: see a doctor. */
  doctorDays: number
}

export const DEFAULT_EPISODE_RULES: EpisodeRules = Object.freeze({
  painDayMin: 2,
  separationDays: 30,
  settleDays: 7,
  watchDays: 42,
  doctorDays: 56,
})

/**
 * The health fact the default visit points stand on (the seed FAQ; clinical guidance on back
 * pain): 'six to eight weeks'. It stays true whatever thresholds a person sets, so it is said
 * from the defaults, apart from their rules, in these words wherever it shows.
 */
export const USUAL_EASING_WEEKS = rangeInWords(
  DEFAULT_EPISODE_RULES.watchDays,
  DEFAULT_EPISODE_RULES.doctorDays,
)
/** 'most episodes ease within six to eight weeks' */
export const MOST_EPISODES_EASE = `most episodes ease within ${USUAL_EASING_WEEKS}`
/** 'beyond eight weeks, a doctor should check it' */
export const DOCTOR_SHOULD_CHECK = `beyond ${weeksInWords(DEFAULT_EPISODE_RULES.doctorDays)}, a doctor should check it`

export type EpisodeStatus = 'ongoing' | 'settling' | 'ended'
export type EpisodeLevel = 'none' | 'watch' | 'doctor'

export interface Episode {
  /** First pain day. */
  start: string
  /** Last pain day so far. */
  end: string
  /** Number of pain days in it. */
  painDays: number
  /** Highest worst. */
  peak: number
  status: EpisodeStatus
  durationDays: number
  level: EpisodeLevel
}

const RULE_NAMES: readonly (keyof EpisodeRules)[] = [
  'painDayMin',
  'separationDays',
  'settleDays',
  'watchDays',
  'doctorDays',
]

/** Fills in defaults and checks the rules; throws RangeError naming the bad value. */
export function resolveEpisodeRules(rules: Partial<EpisodeRules> = {}): EpisodeRules {
  const merged: EpisodeRules = { ...DEFAULT_EPISODE_RULES }
  for (const name of RULE_NAMES) {
    const value = rules[name]
    if (value === undefined) continue
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      throw new RangeError(`Episode rule ${name} must be a positive integer, got ${String(value)}`)
    }
    merged[name] = value
  }
  if (merged.settleDays > merged.separationDays) {
    throw new RangeError(
      `Episode rule settleDays (${merged.settleDays}) must not exceed ` +
        `separationDays (${merged.separationDays})`,
    )
  }
  if (merged.watchDays > merged.doctorDays) {
    throw new RangeError(
      `Episode rule watchDays (${merged.watchDays}) must not exceed ` +
        `doctorDays (${merged.doctorDays})`,
    )
  }
  return merged
}

/** Checks one day's pain and returns its day number; throws RangeError naming the bad value. */
function checkedDayPain(entry: DayPain): number {
  const n = validDayNumber(entry.day)
  if (n === null) {
    throw new RangeError(
      `Invalid day ${JSON.stringify(entry.day)}: expected a date like 2026-03-14`,
    )
  }
  const w = entry.worst
  if (typeof w !== 'number' || !Number.isInteger(w) || w < PAIN_MIN || w > PAIN_MAX) {
    throw new RangeError(
      `Invalid worst pain ${String(w)} on ${entry.day}: expected a whole number ${fromTo(PAIN_MIN, PAIN_MAX)}`,
    )
  }
  return n
}

export function levelFor(durationDays: number, rules: EpisodeRules): EpisodeLevel {
  if (durationDays >= levelDays('doctor', rules)) return 'doctor'
  if (durationDays >= levelDays('watch', rules)) return 'watch'
  return 'none'
}

/** The length at which an episode reaches `level`, by the person's rules ('none' from day 1). */
export function levelDays(level: EpisodeLevel, rules: EpisodeRules): number {
  return level === 'doctor' ? rules.doctorDays : level === 'watch' ? rules.watchDays : 1
}

/**
 * How long an episode of `level` has lasted, in words, by the person's rules: 'under six weeks',
 * 'six weeks or more', 'eight weeks or more'. History, the report and the long-episode flag all
 * say it this way, so a person who moved their thresholds reads the same length everywhere.
 */
export function episodeLengthWords(level: EpisodeLevel, rules: EpisodeRules): string {
  return level === 'none'
    ? `under ${weeksInWords(levelDays('watch', rules))}`
    : `${weeksInWords(levelDays(level, rules))} or more`
}

type EpisodeSpan = Pick<Episode, 'start' | 'end' | 'status'>

/** An episode's status in a word, as History and Trends show it. */
export const EPISODE_STATUS_WORDS: Readonly<Record<EpisodeStatus, string>> = {
  ongoing: 'Ongoing',
  settling: 'Settling',
  ended: 'Ended',
}

/**
 * An episode's days, the same on every screen and in the report: '1 Feb 2026 – 25 Feb 2026', and
 * while it is ongoing '1 Feb 2026 – ongoing', since its length runs on past its last pain day
 * (rule 4) and its last pain day is not its end.
 */
export function episodeSpanWords(e: EpisodeSpan): string {
  return e.status === 'ongoing'
    ? `${formatDayShort(e.start)} – ongoing`
    : periodLabel(e.start, e.end)
}

/** How long an episode lasted, in days: '29 days', and while it is ongoing '29 days so far'. */
export function episodeDaysWords(e: Pick<Episode, 'durationDays' | 'status'>): string {
  return `${plural(e.durationDays, 'day')}${e.status === 'ongoing' ? ' so far' : ''}`
}

/**
 * Splits the pain days up to `asOf` into episodes, oldest first. See DESIGN.md section 3 for the
 * numbered rules; the comments below refer to them.
 */
export function detectEpisodes(
  days: readonly DayPain[],
  asOf: string,
  rules?: Partial<EpisodeRules>,
): Episode[] {
  const r = resolveEpisodeRules(rules)
  if (!isValidDay(asOf)) {
    throw new RangeError(`Invalid asOf ${JSON.stringify(asOf)}: expected a date like 2026-03-14`)
  }
  const asOfN = dayNumber(asOf)

  // Rule 1: every entry is checked (even after asOf), then later days are dropped and duplicates
  // keep their highest worst. Only pain days matter from here on. Days in strictly increasing
  // order (the journal's own) are taken as they come; any other order goes through a map.
  let numbers: number[] = []
  let worsts: number[] = []
  let inOrder = true
  for (const entry of days) {
    const n = checkedDayPain(entry)
    if (n > asOfN || entry.worst < r.painDayMin) continue
    if (numbers.length > 0 && n <= (numbers[numbers.length - 1] as number)) inOrder = false
    numbers.push(n)
    worsts.push(entry.worst)
  }
  if (numbers.length === 0) return []
  if (!inOrder) [numbers, worsts] = mergedByDay(numbers, worsts)

  // Rule 2: a new episode begins after at least separationDays pain-free calendar days.
  const episodes: Episode[] = []
  let startN = numbers[0] as number
  let endN = startN
  let count = 0
  let peak = 0
  const close = (): void => {
    episodes.push(makeEpisode(startN, endN, count, peak, asOfN, r))
  }
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i] as number
    if (count > 0 && n - endN - 1 >= r.separationDays) {
      close()
      startN = n
      count = 0
      peak = 0
    }
    endN = n
    count++
    peak = Math.max(peak, worsts[i] as number)
  }
  close()
  // Rule 6: built in date order, so already sorted by start.
  return episodes
}

/** Day numbers sorted and each kept once, with the highest of its worsts. */
function mergedByDay(numbers: readonly number[], worsts: readonly number[]): [number[], number[]] {
  const worstByDay = new Map<number, number>()
  numbers.forEach((n, i) => {
    const w = worsts[i] as number
    const seen = worstByDay.get(n)
    if (seen === undefined || w > seen) worstByDay.set(n, w)
  })
  const sorted = [...worstByDay.keys()].sort((a, b) => a - b)
  return [sorted, sorted.map((n) => worstByDay.get(n) as number)]
}

function makeEpisode(
  startN: number,
  endN: number,
  painDays: number,
  peak: number,
  asOfN: number,
  r: EpisodeRules,
): Episode {
  // Rule 3: status from the days since the last pain day.
  const gap = asOfN - endN
  const status: EpisodeStatus =
    gap < r.settleDays ? 'ongoing' : gap < r.separationDays ? 'settling' : 'ended'
  // Rule 4: an ongoing episode runs to today; otherwise to its last pain day.
  const durationDays = (status === 'ongoing' ? asOfN : endN) - startN + 1
  return {
    start: dayFromNumber(startN),
    end: dayFromNumber(endN),
    painDays,
    peak,
    status,
    durationDays,
    // Rule 5.
    level: levelFor(durationDays, r),
  }
}

/** The ongoing or settling episode (only ever the last one), or null when all have ended. */
export function currentEpisode(episodes: readonly Episode[]): Episode | null {
  const last = episodes[episodes.length - 1]
  return last !== undefined && last.status !== 'ended' ? last : null
}

/** Which day of the episode `asOf` is: 1 on its first pain day. */
export function episodeDayNumber(episode: Episode, asOf: string): number {
  return daysBetween(episode.start, asOf) + 1
}
