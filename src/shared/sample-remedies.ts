/**
 * What the sample person tries, following the guidance of DESIGN.md section 4: a short rest
 * and cold in the first days, over-the-counter medicine at label doses, walking from day two,
 * gentle exercise from week two, physiotherapy in long episodes. Remedies help a little.
 */
import type { Relief } from './domain'
import { between, chance, pick, weighted } from './sample-random'
import type { Rng } from './sample-random'
import type { EpisodePlan, Medicine } from './sample-timeline'

export interface SampleRemedyUse {
  key: string
  /** Medicines only, milligrams. */
  doseMg: number | null
  /** Movement and therapy only. */
  minutes: number | null
  relief: Relief | null
}

type Weights<T> = readonly (readonly [T, number])[]

const USUAL_RELIEF: Weights<Relief> = [
  [2, 20],
  [1, 55],
  [0, 18],
  [-1, 7],
]
// Bed rest beyond a day or two does not help (DESIGN.md section 4).
const LATE_REST_RELIEF: Weights<Relief> = [
  [2, 2],
  [1, 25],
  [0, 50],
  [-1, 23],
]

/** Single doses as taken: 600 mg ibuprofen or two naproxen tablets now and then. */
const DOSES: Readonly<Record<Medicine, Weights<number>>> = {
  ibuprofen: [
    [200, 3],
    [400, 6],
    [600, 1],
  ],
  naproxen: [
    [220, 17],
    [440, 3],
  ],
  acetaminophen: [
    [500, 2],
    [1000, 3],
  ],
}

const DOSES_ON_WORST_DAYS: Weights<number> = [
  [2, 3],
  [3, 5],
  [4, 1],
]
const DOSES_ON_BAD_DAYS: Weights<number> = [
  [1, 3],
  [2, 4],
  [3, 3],
]
const DOSES_ON_MILD_DAYS: Weights<number> = [
  [0, 3],
  [1, 4],
  [2, 2],
]

const EXERCISES = ['stretching', 'childs-pose', 'hip-lifts', 'cat-cow'] as const
const WALK_MINUTES = [10, 15, 20, 25, 30] as const
const OTHER_CARE: Weights<string> = [
  ['deep-breathing', 3],
  ['hydration', 3],
  ['massage', 2],
  ['inclined-position', 2],
  ['nsaid-cream', 2],
]
const QUIET_CARE: Weights<string> = [
  ['walking', 3],
  ['stretching', 3],
  ['hydration', 2],
  ['deep-breathing', 1],
  ['cat-cow', 1],
  ['heat', 1],
]
const MOVEMENT_MINUTES: Readonly<Record<string, readonly number[]>> = {
  walking: WALK_MINUTES,
  stretching: [5, 10, 15],
  'cat-cow': [5, 10],
}

const relief = (rng: Rng, weights: Weights<Relief> = USUAL_RELIEF): Relief | null =>
  chance(rng, 0.08) ? null : weighted(rng, weights)

/**
 * The episode medicine taken at each of the day's `count` check-ins (null: none). A check-in
 * records the doses taken since the one before, as people log them: two 400 mg doses by the
 * evening check-in are 800. The worst days get a fourth dose, over the label maximum.
 */
export function medicineDoses(
  rng: Rng,
  ep: EpisodePlan,
  level: number,
  count: number,
): (number | null)[] {
  const perCheckin: (number | null)[] = Array.from({ length: count }, () => null)
  const medicine = ep.medicine
  if (!medicine) return perCheckin
  const n =
    level >= 7
      ? weighted(rng, DOSES_ON_WORST_DAYS)
      : level >= 4
        ? weighted(rng, DOSES_ON_BAD_DAYS)
        : level >= 3
          ? weighted(rng, DOSES_ON_MILD_DAYS)
          : chance(rng, 0.25)
            ? 1
            : 0
  for (let j = 0; j < n; j++) {
    const k = Math.floor((j * count) / n)
    perCheckin[k] = (perCheckin[k] ?? 0) + weighted(rng, DOSES[medicine])
  }
  return perCheckin
}

/** Remedies for check-in `k` of episode day `d`, with the medicine dose from medicineDoses. */
export function episodeRemedies(
  rng: Rng,
  ep: EpisodePlan,
  d: number,
  k: number,
  medicineMg: number | null,
): SampleRemedyUse[] {
  const uses: SampleRemedyUse[] = []
  const add = (key: string, doseMg: number | null, minutes: number | null, r: Relief | null) => {
    if (!uses.some((u) => u.key === key)) uses.push({ key, doseMg, minutes, relief: r })
  }
  // A person who rests three days or more is mostly lying down: bed rest, not a short rest.
  if (k === 0 && d < ep.restDays) {
    const key = ep.restDays >= 3 ? 'bed-rest' : 'rest'
    add(key, null, null, relief(rng, d >= 2 ? LATE_REST_RELIEF : USUAL_RELIEF))
  }
  if (ep.medicine && medicineMg !== null) add(ep.medicine, medicineMg, null, relief(rng))
  if (ep.relaxant && d < 10 && chance(rng, 0.35))
    add('muscle-relaxant', pick(rng, [5, 10]), null, relief(rng))
  if (d < 14 && chance(rng, 0.3))
    add(d < 3 && chance(rng, 0.6) ? 'ice' : 'heat', null, null, relief(rng))
  if (d >= 7 && chance(rng, 0.3))
    add(pick(rng, EXERCISES), null, pick(rng, [5, 10, 15]), relief(rng))
  if (d >= 2 && chance(rng, 0.25)) add('walking', null, pick(rng, WALK_MINUTES), relief(rng))
  if (ep.length >= 22 && d >= 14 && k === 0 && chance(rng, 0.12)) {
    if (chance(rng, 0.8)) add('physiotherapy', null, between(rng, 6, 9) * 5, relief(rng))
    else add('manipulation', null, between(rng, 3, 5) * 5, relief(rng))
  }
  if (chance(rng, 0.15)) add(weighted(rng, OTHER_CARE), null, null, relief(rng))
  return uses
}

/** On quiet days a remedy is a habit more than a treatment. */
export function quietRemedies(rng: Rng): SampleRemedyUse[] {
  if (!chance(rng, 0.25)) return []
  const key = weighted(rng, QUIET_CARE)
  const choices = MOVEMENT_MINUTES[key]
  const r = chance(rng, 0.2)
    ? null
    : weighted<Relief>(rng, [
        [2, 1],
        [1, 6],
        [0, 3],
      ])
  return [{ key, doseMg: null, minutes: choices ? pick(rng, choices) : null, relief: r }]
}
