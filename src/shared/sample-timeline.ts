/**
 * The shape of a sample journal before any check-in is written, made to look like a year of
 * recurrent back pain: quiet stretches at pain 0–1 with good and bad weeks, and episodes of
 * different lengths that flare, peak and ease with better and worse weeks, flaring up again
 * after lifting. Episodes are kept at least a month apart so the episode rules (DESIGN.md
 * section 3) see them as separate, as a real journal mostly would.
 *
 * Planned backwards from the last day, so that every journal's last year tells the same kind of
 * story whatever the seed: an episode now in its seventh or eighth week (the journal suggests a
 * doctor's visit), one earlier that lasted past eight weeks, a short flare-up after lifting and
 * one more; further back, episodes come at random.
 */
import { between, chance, weighted } from './sample-random'
import type { Rng } from './sample-random'

export type Side = 'left' | 'centre' | 'right'
export type Medicine = 'ibuprofen' | 'naproxen' | 'acetaminophen'

export interface EpisodePlan {
  /** Index of the first day in the journal; below 0 when it began before the journal. */
  start: number
  length: number
  peak: number
  /** Days before the peak; sudden onset is the common case. */
  rise: number
  side: Side
  radiates: boolean
  medicine: Medicine | null
  /** First days with a short rest logged; 3+ in a row happens and raises the bed rest flag. */
  restDays: number
  relaxant: boolean
  startTrigger: string | null
  /** A trigger on the day before the start, e.g. the removal van the day before. */
  setupTrigger: string | null
  /** Days of the episode (0 = its first) on which lifting set off a flare-up. */
  flares: number[]
}

export interface DayPlan {
  day: string
  /** Underlying pain: 0 or 1 on quiet days, >= 2 in an episode. */
  level: number
  episode: EpisodePlan | null
  /** 0 on an episode's first day, -1 outside episodes. */
  episodeDay: number
  /** Set on the day before an episode whose trigger happened then. */
  setup: EpisodePlan | null
  /** Something heavy was lifted today (a flare-up in an episode, a twinge on a quiet day). */
  lifting: boolean
}

type Range = readonly [number, number]
interface Kind {
  length: Range
  peak: Range
}

/** Quiet days between two episodes: the 30-day separation, a setup day, and a margin. */
const GAP: Range = [32, 110]
/** In the last year the episodes come closer together: that is why it is being tracked. */
const RECENT_GAP: Range = [32, 62]

const SHORT: Kind = { length: [2, 7], peak: [3, 6] }
const MEDIUM: Kind = { length: [8, 21], peak: [4, 7] }
const LONG: Kind = { length: [22, 41], peak: [5, 8] }
/** Past eight weeks: the journal says to see a doctor at 56 days. */
const PAST_EIGHT_WEEKS: Kind = { length: [57, 75], peak: [6, 9] }
/** The episode going on at the end: in its seventh or eighth week, the "book a visit" stage. */
const CURRENT: Kind = { length: [43, 54], peak: [6, 8] }
const LIFTING_FLARE: Kind = { length: [3, 8], peak: [5, 7] }

const EPISODE_KINDS: readonly (readonly [Kind, number])[] = [
  [SHORT, 40],
  [MEDIUM, 30],
  [LONG, 18],
  [PAST_EIGHT_WEEKS, 12],
]

const MEDICINES: readonly (readonly [Medicine | null, number])[] = [
  ['ibuprofen', 10],
  ['acetaminophen', 5],
  ['naproxen', 4],
  [null, 1],
]

const START_TRIGGERS: readonly (readonly [string, number])[] = [
  ['heavy-lifting', 5],
  ['twisting', 4],
  ['long-sitting', 3],
  ['sprain-strain', 3],
  ['muscle-overuse', 3],
  ['poor-posture', 1],
  ['lying-down', 1],
]
const SETUP_TRIGGERS: readonly (readonly [string, number])[] = [
  ['long-sitting', 4],
  ['heavy-lifting', 3],
  ['muscle-overuse', 2],
  ['twisting', 1],
]

/** Extra pain on a flare-up's day and the days after it. */
const FLARE = [2.6, 1.8, 1.1, 0.5] as const
/** Chance of lifting something heavy on a quiet day (the shopping, a child, a suitcase). */
const QUIET_LIFTING = 0.015

function planEpisode(rng: Rng, kind: Kind, end: number, startTrigger?: string): EpisodePlan {
  const length = between(rng, kind.length[0], kind.length[1])
  const start = end - length
  // Flare-ups after lifting come once the worst is over: in the second half of longer episodes.
  const flareCount = length >= 40 ? between(rng, 1, 2) : length >= 14 ? between(rng, 0, 1) : 0
  const flares = Array.from({ length: flareCount }, (_, k) => {
    const half = Math.floor(length / 2)
    const span = Math.floor((length - half - 4) / flareCount)
    return half + k * span + between(rng, 0, Math.max(0, span - 1))
  })
  return {
    start,
    length,
    peak: between(rng, kind.peak[0], kind.peak[1]),
    rise: Math.min(
      length - 1,
      weighted(rng, [
        [0, 5],
        [1, 3],
        [2, 1],
      ] as const),
    ),
    side: weighted<Side>(rng, [
      ['centre', 2],
      ['left', 1],
      ['right', 1],
    ]),
    radiates: chance(rng, 0.3),
    // Nobody sits out a severe episode without something: only milder ones may go without.
    medicine: weighted<Medicine | null>(
      rng,
      kind.peak[0] >= 6 ? MEDICINES.filter(([m]) => m !== null) : MEDICINES,
    ),
    restDays: weighted(rng, [
      [0, 35],
      [1, 25],
      [2, 20],
      [3, 12],
      [4, 8],
    ] as const),
    relaxant: length >= 8 && chance(rng, 0.25),
    startTrigger: startTrigger ?? (chance(rng, 0.8) ? weighted(rng, START_TRIGGERS) : null),
    setupTrigger: chance(rng, 0.45) ? weighted(rng, SETUP_TRIGGERS) : null,
    flares,
  }
}

/** The episodes of a journal of `days` days, latest first planned, returned by start. */
function planEpisodes(rng: Rng, days: number): EpisodePlan[] {
  const episodes = [planEpisode(rng, CURRENT, days, chance(rng, 0.6) ? 'heavy-lifting' : undefined)]
  // The rest of the last year, in an order of the seed's choosing.
  const story: Kind[] = [PAST_EIGHT_WEEKS, LIFTING_FLARE, weighted(rng, EPISODE_KINDS)]
  for (let i = story.length - 1; i > 0; i--) {
    const j = between(rng, 0, i)
    ;[story[i], story[j]] = [story[j]!, story[i]!]
  }
  let next = episodes[0]!.start
  for (const kind of story) {
    if (next <= 0) break
    const trigger = kind === LIFTING_FLARE ? 'heavy-lifting' : undefined
    const ep = planEpisode(rng, kind, next - between(rng, RECENT_GAP[0], RECENT_GAP[1]), trigger)
    episodes.push(ep)
    next = ep.start
  }
  while (next > 0) {
    const ep = planEpisode(rng, weighted(rng, EPISODE_KINDS), next - between(rng, GAP[0], GAP[1]))
    if (ep.start + ep.length <= 0) break
    episodes.push(ep)
    next = ep.start
  }
  return episodes.reverse()
}

/** Peak after `rise` days, then easing, faster at first: (1 - t)(1 - t/2) from 1 down to 0. */
function episodeCurve(ep: EpisodePlan, d: number): number {
  const above = ep.peak - 2
  if (d < ep.rise) return 2 + (above * (d + 1)) / (ep.rise + 1)
  const t = (d - ep.rise) / (ep.length - ep.rise)
  return 2 + above * (1 - t) * (1 - t / 2)
}

function flareBump(ep: EpisodePlan, d: number): number {
  return ep.flares.reduce((sum, f) => sum + (d >= f ? (FLARE[d - f] ?? 0) : 0), 0)
}

export function planTimeline(rng: Rng, days: number, dayAt: (i: number) => string): DayPlan[] {
  const episodes = planEpisodes(rng, days)
  // People differ in how often a quiet day still registers as a 1.
  const onesShare = 0.25 + rng() * 0.35
  const plans: DayPlan[] = []
  let e = 0
  let drift = 0
  let weekly = 0
  let quietLevel = 0
  for (let i = 0; i < days; i++) {
    while (episodes[e] && i >= episodes[e]!.start + episodes[e]!.length) e++
    const ep = episodes[e] && i >= episodes[e]!.start ? episodes[e]! : null
    // Good and bad weeks: the week's tone is drawn every seventh day.
    if (i % 7 === 0) {
      weekly = (rng() - 0.5) * 1.6
      quietLevel = chance(rng, onesShare) ? 1 : 0
    }
    const day = dayAt(i)
    if (ep) {
      const d = i - ep.start
      // Slowly wandering noise on top: good and bad days come in runs, not independently.
      drift = drift * 0.7 + (rng() - 0.5) * 0.8
      const level = Math.max(2, episodeCurve(ep, d) + weekly + drift + flareBump(ep, d))
      const lifting = ep.flares.includes(d)
      plans.push({ day, level, episode: ep, episodeDay: d, setup: null, lifting })
    } else {
      drift = 0
      const lifting = chance(rng, QUIET_LIFTING)
      plans.push({ day, level: quietLevel, episode: null, episodeDay: -1, setup: null, lifting })
    }
  }
  for (const [i, plan] of plans.entries()) {
    const before = plans[i - 1]
    if (plan.episodeDay === 0 && plan.episode?.setupTrigger && before) {
      before.setup = plan.episode
      before.lifting = false
    }
  }
  return plans
}
