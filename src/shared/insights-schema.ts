/**
 * The shape of `insights:get`: what Today shows about the current episode (DESIGN.md sections
 * 3 and 4) — its day number and level, the flags, the guidance for this stage, and the remedies
 * tried in it for the visit-prep checklist.
 */
import { z } from 'zod'
import { REMEDY_KINDS } from './domain'
import { dayString, id } from './schemas'

const episodeLevel = z.enum(['none', 'watch', 'doctor'])

export const insightsEpisode = z.strictObject({
  start: dayString,
  /** Last pain day so far. */
  end: dayString,
  /** Which day of the episode today is: 1 on its first pain day. */
  dayNumber: z.number().int().positive(),
  durationDays: z.number().int().positive(),
  painDays: z.number().int().positive(),
  /** Highest worst pain so far. */
  peak: z.number().int().min(0).max(10),
  status: z.enum(['ongoing', 'settling']),
  level: episodeLevel,
})

export const insightsFlag = z.strictObject({
  kind: z.enum([
    'red-flag',
    'long-episode',
    'recurring',
    'not-improving',
    'long-bed-rest',
    'medication',
  ]),
  level: z.enum(['info', 'watch', 'doctor', 'urgent']),
  title: z.string(),
  reason: z.string(),
  numbers: z.record(z.string(), z.union([z.number(), z.string()])),
})

export const insightsGuidance = z.strictObject({
  stage: z.enum([
    'none',
    'first-days',
    'first-weeks',
    'gentle-exercise',
    'building-up',
    'watch',
    'doctor',
    'settling',
  ]),
  heading: z.string(),
  items: z.array(z.string()),
})

const count = z.number().int().min(0)

/** One remedy tried during the current episode, with how it helped each time it was rated. */
export const remedyTried = z.strictObject({
  remedyId: id,
  name: z.string(),
  kind: z.enum(REMEDY_KINDS),
  uses: count,
  days: count,
  /** Medicines: the smallest and largest single dose logged, in mg. */
  doseMg: z.strictObject({ min: z.number(), max: z.number() }).nullable(),
  relief: z.strictObject({
    helpedALot: count,
    helpedALittle: count,
    noChange: count,
    madeItWorse: count,
    notRated: count,
  }),
})

export const insights = z.strictObject({
  asOf: dayString,
  episode: insightsEpisode.nullable(),
  /** Most serious first; a red flag (urgent) always on top. */
  flags: z.array(insightsFlag),
  guidance: insightsGuidance,
  /** Most used first; empty without a current episode. */
  remediesTried: z.array(remedyTried),
})

export type Insights = z.infer<typeof insights>
export type InsightsEpisode = z.infer<typeof insightsEpisode>
export type RemedyTried = z.infer<typeof remedyTried>
