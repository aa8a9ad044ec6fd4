/**
 * The shape of `insights:get`: what Today shows about the current episode (DESIGN.md sections
 * 3 and 4) — its day number and level, the flags, the guidance for this stage, and the remedies
 * tried in it for the visit-prep checklist.
 */
import { z } from 'zod'
import { onFirstUse } from './on-first-use'
import { RED_FLAGS, REMEDY_KINDS } from './domain'
import { FLAG_KINDS } from './flags-types'
import { GUIDANCE_STAGES } from './guidance'
import { BROKEN_CHARACTER, dayString, id, isWellFormedText, painScore } from './schemas'
import { SEVERITIES } from './severity'

const episodeLevel = onFirstUse(() => z.enum(['none', 'watch', 'doctor']))

export const insightsEpisode = onFirstUse(() =>
  z.strictObject({
    start: dayString,
    /** Last pain day so far. */
    end: dayString,
    /** Which day of the episode today is: 1 on its first pain day. */
    dayNumber: z.number().int().positive(),
    durationDays: z.number().int().positive(),
    painDays: z.number().int().positive(),
    /** Highest worst pain so far. */
    peak: painScore,
    status: z.enum(['ongoing', 'settling']),
    level: episodeLevel,
  }),
)

export const insightsFlag = onFirstUse(() =>
  z.strictObject({
    kind: z.enum(FLAG_KINDS),
    level: z.enum(SEVERITIES),
    title: z.string(),
    reason: z.string(),
    forClinician: z.string(),
    numbers: z.record(z.string(), z.union([z.number(), z.string()])),
  }),
)

const warningTier = onFirstUse(() => z.enum(['emergency', 'today']))

/** Warning signs no recorded doctor visit has answered: the notice at the top of Today. */
export const insightsWarning = onFirstUse(() =>
  z.strictObject({
    tier: warningTier,
    signs: z.array(
      z.strictObject({ flag: z.enum(RED_FLAGS), tier: warningTier, lastDay: dayString }),
    ),
    lastDay: dayString,
    records: z.number().int().positive(),
  }),
)

export const MAX_VISIT_NOTE_LENGTH = 1000

export const doctorVisitInput = onFirstUse(() =>
  z.strictObject({
    day: dayString,
    note: z
      .string()
      .trim()
      .max(MAX_VISIT_NOTE_LENGTH, {
        message: `A visit note can be up to ${MAX_VISIT_NOTE_LENGTH} characters`,
      })
      .refine(isWellFormedText, { message: BROKEN_CHARACTER })
      .default(''),
  }),
)

export const doctorVisit = onFirstUse(() =>
  z.strictObject({
    id,
    day: dayString,
    note: z.string(),
    recordedAt: z.string(),
  }),
)

export const insightsGuidance = onFirstUse(() =>
  z.strictObject({
    stage: z.enum(GUIDANCE_STAGES),
    heading: z.string(),
    items: z.array(z.string()),
    /** When to see a doctor, one line, on every stage of an episode. */
    doctorLine: z.string(),
  }),
)

const count = onFirstUse(() => z.number().int().min(0))

/** One remedy tried during the current episode, with how it helped each time it was rated. */
export const remedyTried = onFirstUse(() =>
  z.strictObject({
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
  }),
)

export const insights = onFirstUse(() =>
  z.strictObject({
    asOf: dayString,
    episode: insightsEpisode.nullable(),
    /** Most serious first: a warning sign, when there is one, on top. */
    flags: z.array(insightsFlag),
    warning: insightsWarning.nullable(),
    /** The latest doctor visit recorded up to `asOf`. */
    lastVisit: doctorVisit.nullable(),
    guidance: insightsGuidance,
    /** Most used first; empty without a current episode. */
    remediesTried: z.array(remedyTried),
  }),
)

export type Insights = z.infer<typeof insights>
export type InsightsFlag = z.infer<typeof insightsFlag>
export type InsightsWarning = z.infer<typeof insightsWarning>
export type InsightsEpisode = z.infer<typeof insightsEpisode>
export type RemedyTried = z.infer<typeof remedyTried>
