/**
 * Schemas of the History screen's channels: a month of day summaries for the calendar and the
 * list of episodes (DESIGN.md section 3) as of a day.
 */
import { z } from 'zod'
import { onFirstUse } from './on-first-use'
import { isValidMonth } from './months'
import { dayString, painAverage, painScore } from './schemas'

export const monthString = onFirstUse(() =>
  z.string().refine(isValidMonth, { message: 'Must be a month written YYYY-MM', abort: true }),
)

export const historyMonthInput = onFirstUse(() =>
  z.strictObject({
    month: monthString,
    /** Today's journal day: episodes are worked out as of this day. */
    asOf: dayString,
  }),
)

/** One calendar day: its pain in numbers, its marks, and whether it lies in an episode. */
export const daySummary = onFirstUse(() =>
  z.strictObject({
    day: dayString,
    /** Highest pain of the day's check-ins; null when nothing was recorded. */
    worst: painScore.nullable(),
    /** Mean pain of the day's check-ins; null when nothing was recorded. */
    average: painAverage.nullable(),
    count: z.number().int().min(0),
    spasm: z.boolean(),
    /** The most serious tier of the day's warning signs, whose icon marks the day; or null. */
    redFlag: z.enum(['emergency', 'today']).nullable(),
    inEpisode: z.boolean(),
  }),
)
export type DaySummary = z.infer<typeof daySummary>

export const episode = onFirstUse(() =>
  z.strictObject({
    start: dayString,
    end: dayString,
    painDays: z.number().int().min(1),
    peak: painScore,
    status: z.enum(['ongoing', 'settling', 'ended']),
    durationDays: z.number().int().min(1),
    level: z.enum(['none', 'watch', 'doctor']),
  }),
)

export const asOfInput = onFirstUse(() => z.strictObject({ asOf: dayString }))
