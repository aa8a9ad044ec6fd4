/**
 * The shape of a sample journal before any check-in is written: quiet stretches at pain 0–1 and
 * episodes that flare, peak and ease gradually. Episodes are kept at least a month apart so the
 * episode rules (DESIGN.md section 3) see them as separate, as a real journal mostly would.
 */
import { between, chance, weighted } from './sample-random'
import type { Rng } from './sample-random'

export type Side = 'left' | 'centre' | 'right'
export type Medicine = 'ibuprofen' | 'naproxen' | 'acetaminophen'

export interface EpisodePlan {
  /** Index of the first day in the journal. */
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
}

/** Quiet days before another episode may start: the 30-day separation plus a setup day. */
const MIN_QUIET_DAYS = 32

type Range = readonly [number, number]
const EPISODE_KINDS: readonly (readonly [{ length: Range; peak: Range }, number])[] = [
  [{ length: [2, 7], peak: [3, 6] }, 45],
  [{ length: [8, 21], peak: [4, 7] }, 33],
  [{ length: [22, 41], peak: [5, 8] }, 14],
  [{ length: [42, 63], peak: [6, 9] }, 8],
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

/** Chance that an episode starts today, rising the longer it has been quiet. */
const hazard = (quietDays: number): number =>
  Math.min(0.08, 0.006 + 0.0005 * (quietDays - MIN_QUIET_DAYS))

function planEpisode(rng: Rng, start: number): EpisodePlan {
  const kind = weighted(rng, EPISODE_KINDS)
  const length = between(rng, kind.length[0], kind.length[1])
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
    medicine: weighted<Medicine | null>(rng, [
      ['ibuprofen', 10],
      ['acetaminophen', 5],
      ['naproxen', 4],
      [null, 1],
    ]),
    restDays: weighted(rng, [
      [0, 35],
      [1, 25],
      [2, 20],
      [3, 12],
      [4, 8],
    ] as const),
    relaxant: length >= 8 && chance(rng, 0.25),
    startTrigger: chance(rng, 0.8) ? weighted(rng, START_TRIGGERS) : null,
    setupTrigger: chance(rng, 0.45) ? weighted(rng, SETUP_TRIGGERS) : null,
  }
}

/** Peak after `rise` days, then easing, faster at first: (1 - t)(1 - t/2) from 1 down to 0. */
function episodeCurve(ep: EpisodePlan, d: number): number {
  const above = ep.peak - 2
  if (d < ep.rise) return 2 + (above * (d + 1)) / (ep.rise + 1)
  const t = (d - ep.rise) / (ep.length - ep.rise)
  return 2 + above * (1 - t) * (1 - t / 2)
}

export function planTimeline(rng: Rng, days: number, dayAt: (i: number) => string): DayPlan[] {
  const plans: DayPlan[] = []
  // Start at a random point since the last (unseen) episode, so the first one is not at day 0.
  let quiet = between(rng, 0, 90)
  // People differ in how often a quiet day still registers as a 1.
  const onesShare = 0.25 + rng() * 0.35
  let quietLevel = chance(rng, onesShare) ? 1 : 0
  let ep: EpisodePlan | null = null
  let drift = 0
  for (let i = 0; i < days; i++) {
    if (ep && i - ep.start >= ep.length) {
      ep = null
      quiet = 0
    }
    if (!ep && quiet >= MIN_QUIET_DAYS && chance(rng, hazard(quiet))) {
      ep = planEpisode(rng, i)
      drift = 0
    }
    const day = dayAt(i)
    if (ep) {
      // Slowly wandering noise: good and bad days come in runs, not independently.
      drift = drift * 0.7 + (rng() - 0.5) * 0.8
      const level = Math.max(2, episodeCurve(ep, i - ep.start) + drift)
      plans.push({ day, level, episode: ep, episodeDay: i - ep.start, setup: null })
    } else {
      quiet++
      if (chance(rng, 0.25)) quietLevel = chance(rng, onesShare) ? 1 : 0
      plans.push({ day, level: quietLevel, episode: null, episodeDay: -1, setup: null })
    }
  }
  for (const [i, plan] of plans.entries()) {
    const before = plans[i - 1]
    if (plan.episodeDay === 0 && plan.episode?.setupTrigger && before) before.setup = plan.episode
  }
  return plans
}
