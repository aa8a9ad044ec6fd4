/**
 * One seeded generator of realistic journals (DESIGN.md section 2, "Sample data"): the
 * "Explore with sample data" journal, the test fixtures and the benchmark all use it.
 * Catalog entries are named by their stable key; the database assigns ids.
 *
 * Strictly deterministic: basic arithmetic only (no Math.pow/exp, whose last bits may differ
 * between engines), no clock, no locale, a fixed UTC offset, and calendar days stepped as day
 * numbers (days.ts), so the machine's time zone cannot skip or repeat a day (Samoa skipped
 * 2011-12-30 locally).
 */
import { addDaysToDay, isValidDay } from './days'
import type { BodyRegion, PainContext, RedFlag } from './domain'
import { checkinsForDay, pad2 } from './sample-checkins'
import { dayNote } from './sample-notes'
import { PAIN_MAX, PAIN_MIN } from './pain-scale'
import { MAX_OFFSET_MINUTES } from './timestamp'
import { between, chance, clampInt, mulberry32, pick, weighted } from './sample-random'
import type { Rng } from './sample-random'
import type { SampleRemedyUse } from './sample-remedies'
import { planTimeline } from './sample-timeline'
import type { DayPlan, EpisodePlan } from './sample-timeline'

export { mulberry32 } from './sample-random'
export type { Rng } from './sample-random'
export type { SampleRemedyUse } from './sample-remedies'

export interface SampleCheckin {
  /** Local time stamp with the fixed offset, e.g. `2026-03-02T08:15:00+01:00`. */
  at: string
  /** Journal day; every generated time is 06:00–23:00, so it is the date part of `at`. */
  day: string
  pain: number
  spasm: boolean | null
  regions: BodyRegion[]
  context: PainContext | null
  triggerKeys: string[]
  remedies: SampleRemedyUse[]
  redFlags: RedFlag[]
  note: string
}

export interface SampleDayRecord {
  day: string
  sleepQuality: number | null
  enjoymentInterference: number | null
  activityInterference: number | null
  minutesWalked: number | null
  note: string
}

export interface SampleJournal {
  checkins: SampleCheckin[]
  dayRecords: SampleDayRecord[]
}

export interface SampleOptions {
  seed: number
  /** `YYYY-MM-DD`, the last day of the journal. */
  endDay: string
  /** How many calendar days, ending at `endDay`. */
  days: number
  /** Mean check-ins per logged day, default 1.3. */
  checkinsPerDay?: number
  /** Share of days with at least one check-in, default 0.85. */
  loggingRate?: number
  /** Offset written into every time stamp, default 0 (`+00:00`). */
  utcOffsetMinutes?: number
  /** Default false: sample journals normally contain no red flags. */
  redFlags?: boolean
}

const RED_FLAG_WEIGHTS: readonly (readonly [RedFlag, number])[] = [
  ['night-pain', 4],
  ['both-legs', 3],
  ['fall-or-accident', 1],
  ['fever', 1],
  ['saddle-numbness', 1],
]

/** Extra check-ins are likelier on bad days: people check in again when it hurts. */
const extraWeight = (plan: DayPlan): number => (plan.episode ? 1 + 0.45 * plan.level : 1)

/**
 * The chance of each of a day's four possible extra check-ins, in proportion to its weight and
 * scaled so that the mean over the days stays `perDay` whatever the share of episode days in this
 * particular journal. Near five a day, bad days reach the cap (every extra taken) and the quiet
 * days make up the rest, up to five check-ins on every day at `perDay` 5.
 */
function extraChances(plans: readonly DayPlan[], perDay: number): (plan: DayPlan) => number {
  const weights = plans.map(extraWeight)
  const meanWeight = weights.reduce((sum, w) => sum + w, 0) / weights.length
  const plain = (w: number): number => ((perDay - 1) * w) / meanWeight / 4
  if (weights.every((w) => plain(w) <= 1)) return (plan) => plain(extraWeight(plan))
  // Some days would need more than four extras: find the scale whose capped chances keep the
  // mean, by halving the interval (the mean grows with the scale; at `hi` every chance is 1).
  const wanted = (perDay - 1) / 4
  const meanAt = (scale: number): number =>
    weights.reduce((sum, w) => sum + Math.min(1, scale * w), 0) / weights.length
  let lo = wanted / meanWeight
  let hi = 1 / Math.min(...weights)
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2
    if (meanAt(mid) < wanted) lo = mid
    else hi = mid
  }
  return (plan) => Math.min(1, hi * extraWeight(plan))
}

export function generateJournal(options: SampleOptions): SampleJournal {
  const { seed, endDay, days } = options
  const perDay = options.checkinsPerDay ?? 1.3
  const loggingRate = options.loggingRate ?? 0.85
  const offsetMinutes = options.utcOffsetMinutes ?? 0
  checkOptions(endDay, days, perDay, loggingRate, offsetMinutes)

  // Separate streams, so that e.g. turning red flags on or changing the logging rate leaves
  // the episodes where they were.
  const timelineRng = mulberry32(seed)
  const logRng = mulberry32(seed ^ 0x5bd1e995)
  const detailRng = mulberry32(seed ^ 0x27d4eb2f)
  const flagRng = mulberry32(seed ^ 0x165667b1)

  const first = addDaysToDay(endDay, -(days - 1))
  const plans = planTimeline(timelineRng, days, (i) => addDaysToDay(first, i))

  const extraChance = extraChances(plans, perDay)
  const offset = formatOffset(offsetMinutes)

  const checkins: SampleCheckin[] = []
  const dayRecords: SampleDayRecord[] = []
  let pendingFlag: { flag: RedFlag; fromDay: number; episode: EpisodePlan } | null = null

  for (const plan of plans) {
    const ep = plan.episode
    if (options.redFlags && ep && plan.episodeDay === 0) {
      pendingFlag =
        ep.peak >= 6 && chance(flagRng, 0.6)
          ? {
              flag: weighted(flagRng, RED_FLAG_WEIGHTS),
              fromDay: ep.rise + between(flagRng, 0, 3),
              episode: ep,
            }
          : null
    }
    if (!(logRng() < loggingRate)) continue

    const extras = extraChance(plan)
    let count = 1
    for (let t = 0; t < 4; t++) if (chance(detailRng, extras)) count++

    const dayCheckins = checkinsForDay(detailRng, plan, count, offset)
    if (pendingFlag && pendingFlag.episode === ep && plan.episodeDay >= pendingFlag.fromDay) {
      dayCheckins[0]?.redFlags.push(pendingFlag.flag)
      pendingFlag = null
    }
    checkins.push(...dayCheckins)
    if (chance(detailRng, 0.9)) dayRecords.push(dayRecord(detailRng, plan, dayCheckins))
  }
  return { checkins, dayRecords }
}

function checkOptions(
  endDay: string,
  days: number,
  perDay: number,
  loggingRate: number,
  offsetMinutes: number,
): void {
  if (!isValidDay(endDay)) {
    throw new RangeError(`endDay must be a YYYY-MM-DD date, got ${JSON.stringify(endDay)}`)
  }
  if (!Number.isInteger(days) || days < 1)
    throw new RangeError(`days must be a positive integer, got ${days}`)
  if (!(perDay >= 1 && perDay <= 5))
    throw new RangeError(`checkinsPerDay must be 1..5, got ${perDay}`)
  if (!(loggingRate >= 0 && loggingRate <= 1)) {
    throw new RangeError(`loggingRate must be 0..1, got ${loggingRate}`)
  }
  if (!Number.isInteger(offsetMinutes) || Math.abs(offsetMinutes) > MAX_OFFSET_MINUTES) {
    throw new RangeError(
      `utcOffsetMinutes must be an integer within ±${MAX_OFFSET_MINUTES}, got ${offsetMinutes}`,
    )
  }
}

function formatOffset(minutes: number): string {
  const abs = Math.abs(minutes)
  return `${minutes < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`
}

const WALK_MINUTES = [10, 15, 20, 25, 30] as const

/** Day fields follow the day's pain: worse sleep and more interference on bad days. */
function dayRecord(rng: Rng, plan: DayPlan, checkins: readonly SampleCheckin[]): SampleDayRecord {
  const mean = checkins.reduce((sum, c) => sum + c.pain, 0) / Math.max(1, checkins.length)
  const noise = (): number => rng() + rng() - 1
  const orNull = (value: number): number | null => (chance(rng, 0.05) ? null : value)
  const walked = checkins
    .flatMap((c) => c.remedies)
    .filter((r) => r.key === 'walking')
    .reduce((sum, r) => sum + (r.minutes ?? 0), 0)
  const early = plan.episode !== null && plan.episodeDay < 3
  const minutesWalked =
    walked > 0
      ? Math.min(60, walked)
      : chance(rng, early ? 0.15 : 0.55)
        ? pick(rng, WALK_MINUTES)
        : null
  return {
    day: plan.day,
    sleepQuality: orNull(clampInt(7.5 - 0.55 * mean + 1.5 * noise(), PAIN_MIN, PAIN_MAX)),
    enjoymentInterference: orNull(clampInt(0.7 * mean + noise(), PAIN_MIN, PAIN_MAX)),
    activityInterference: orNull(clampInt(0.85 * mean + noise(), PAIN_MIN, PAIN_MAX)),
    minutesWalked,
    note: chance(rng, 0.05) ? dayNote(rng) : '',
  }
}
