/**
 * The check-ins of one sample day: times, pain around the day's planned level, triggers that
 * raise it, remedies that lower later check-ins a little, and the small details around them.
 */
import { BODY_REGIONS } from './domain'
import type { BodyRegion, PainContext } from './domain'
import type { SampleCheckin } from './sample-data'
import { checkinNote } from './sample-notes'
import { PAIN_MAX } from './pain-scale'
import { between, chance, clampInt, pick, weighted } from './sample-random'
import type { Rng } from './sample-random'
import { episodeRemedies, medicineDoses, quietRemedies } from './sample-remedies'
import type { DayPlan, EpisodePlan } from './sample-timeline'

export const pad2 = (n: number): string => String(n).padStart(2, '0')

/** Minutes after midnight for `count` check-ins, increasing, all within 06:30–22:45. */
function checkinTimes(rng: Rng, count: number): number[] {
  if (count === 1) {
    // Most people log once, in the morning or before bed.
    return [chance(rng, 0.65) ? between(rng, 420, 630) : between(rng, 1140, 1350)]
  }
  const first = 390
  const slot = Math.floor((1365 - first) / count)
  return Array.from({ length: count }, (_, k) => first + k * slot + between(rng, 0, slot - 10))
}

const QUIET_TRIGGERS: readonly (readonly [string, number])[] = [
  ['long-sitting', 4],
  ['poor-posture', 3],
  ['muscle-overuse', 2],
  ['lying-down', 1],
]
const AGGRAVATING_TRIGGERS: readonly (readonly [string, number])[] = [
  ['long-sitting', 4],
  ['poor-posture', 2],
  ['lying-down', 2],
  ['muscle-overuse', 1],
  ['twisting', 1],
]
const TRIGGER_CONTEXT: Readonly<Record<string, PainContext>> = {
  'long-sitting': 'sitting',
  'lying-down': 'lying',
  'heavy-lifting': 'activity',
  twisting: 'activity',
  'sprain-strain': 'activity',
  'muscle-overuse': 'activity',
}

export function checkinsForDay(
  rng: Rng,
  plan: DayPlan,
  count: number,
  offset: string,
): SampleCheckin[] {
  const ep = plan.episode
  const d = plan.episodeDay
  const times = checkinTimes(rng, count)
  const result: SampleCheckin[] = []
  // Carried through the day: what helped lowers later check-ins, what aggravated raises them.
  let carry = 0
  const doses = ep ? medicineDoses(rng, ep, plan.level, count) : []
  for (const [k, minutes] of times.entries()) {
    const triggerKeys: string[] = []
    let bump = 0
    if (ep && d === 0 && k === 0 && ep.startTrigger) triggerKeys.push(ep.startTrigger)
    else if (plan.setup && k === 0 && plan.setup.setupTrigger) {
      triggerKeys.push(plan.setup.setupTrigger)
      bump = 1
    } else if (plan.lifting && k === 0) {
      // In an episode the plan's level already holds the flare-up that lifting set off.
      triggerKeys.push('heavy-lifting')
      bump = ep ? 0 : 1
    } else if (ep && chance(rng, 0.12)) {
      triggerKeys.push(weighted(rng, AGGRAVATING_TRIGGERS))
      bump = chance(rng, 0.6) ? 1 : 2
    } else if (!ep && chance(rng, 0.06)) {
      triggerKeys.push(weighted(rng, QUIET_TRIGGERS))
      bump = 1
    }

    let pain: number
    if (ep) {
      const timeOfDay = minutes < 600 ? 0.4 : minutes > 1140 ? 0.2 : -0.2 // morning stiffness
      const raw = plan.level + timeOfDay + carry + bump + (rng() - 0.5) * 1.2
      pain = clampInt(raw, 1, PAIN_MAX)
    } else {
      // Quiet days stay at 0–1 (a setup day may reach 2) so that episodes stay apart by the
      // month without pain the episode rules need (de Vet et al., Spine 2002).
      const flip = chance(rng, 0.15) ? 1 - plan.level : plan.level
      pain = clampInt(flip + bump, 0, plan.setup ? 2 : 1)
    }
    if (bump > 0) carry += 0.5

    const remedies = ep ? episodeRemedies(rng, ep, d, k, doses[k] ?? null) : quietRemedies(rng)
    for (const r of remedies) {
      if (r.relief !== null && r.relief > 0) carry -= 0.35 * r.relief
      if (r.relief === -1) carry += 0.3
    }

    const trigger = triggerKeys[0]
    // A trigger says what they were doing; otherwise the time of day suggests it.
    const triggerContext = trigger === undefined ? undefined : TRIGGER_CONTEXT[trigger]
    const context = chance(rng, 0.08) ? null : (triggerContext ?? timeContext(rng, minutes))
    const spasmChance = ep ? Math.min(0.7, 0.1 + 0.08 * (pain - 1)) : 0.03
    const isStart = ep !== null && d === 0 && k === 0
    result.push({
      at: `${plan.day}T${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}:00${offset}`,
      day: plan.day,
      pain,
      spasm: chance(rng, 0.1) ? null : chance(rng, spasmChance),
      regions: regionsFor(rng, ep, pain, trigger),
      context,
      triggerKeys,
      remedies,
      redFlags: [],
      note: chance(rng, isStart && trigger ? 0.5 : ep ? 0.18 : 0.09)
        ? checkinNote(rng, ep !== null, isStart ? trigger : undefined)
        : '',
    })
  }
  // An episode day is a pain day (worst >= 2), however the noise fell.
  const worst = result.reduce(
    (best, c) => (c.pain > best.pain ? c : best),
    result[0] as SampleCheckin,
  )
  if (ep && worst.pain < 2) worst.pain = 2
  return result
}

function timeContext(rng: Rng, minutes: number): PainContext {
  if (minutes < 600) {
    return weighted<PainContext>(rng, [
      ['waking', 5],
      ['sitting', 2],
      ['standing', 2],
      ['activity', 1],
    ])
  }
  if (minutes > 1140) {
    return weighted<PainContext>(rng, [
      ['sitting', 4],
      ['lying', 3],
      ['standing', 2],
      ['activity', 1],
    ])
  }
  return weighted<PainContext>(rng, [
    ['sitting', 4],
    ['standing', 3],
    ['activity', 3],
    ['lying', 1],
  ])
}

function regionsFor(
  rng: Rng,
  ep: EpisodePlan | null,
  pain: number,
  trigger?: string,
): BodyRegion[] {
  if (pain === 0) return []
  const regions = new Set<BodyRegion>()
  if (!ep) {
    if (trigger === 'poor-posture' && chance(rng, 0.5)) {
      regions.add(chance(rng, 0.5) ? 'upper-back' : 'mid-back')
    } else {
      regions.add(
        weighted<BodyRegion>(rng, [
          ['lower-back-centre', 6],
          ['lower-back-left', 2],
          ['lower-back-right', 2],
          ['mid-back', 1],
        ]),
      )
    }
  } else {
    regions.add(`lower-back-${ep.side}`)
    if (ep.side !== 'centre' && chance(rng, 0.4)) regions.add('lower-back-centre')
    if (ep.radiates && pain >= 4 && chance(rng, 0.7)) {
      const legSide = ep.side === 'centre' ? pick(rng, ['left', 'right'] as const) : ep.side
      regions.add(`buttock-leg-${legSide}`)
    }
  }
  return BODY_REGIONS.filter((r) => regions.has(r))
}
