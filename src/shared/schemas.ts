/**
 * zod schemas for everything that crosses a boundary: IPC payloads, imported files (the
 * settings' own are in settings-schema.ts). Objects are strict (unknown keys are an error, not
 * silently dropped) so a typo in a payload is reported rather than lost. Each is built on first
 * use (on-first-use.ts).
 */
import { z } from 'zod'
import { tidyName } from './catalog-names'
import { isValidDay, MINUTES_PER_DAY } from './days'
import { BODY_REGIONS, CONTEXTS, RED_FLAGS, RELIEF_VALUES, REMEDY_KINDS } from './domain'
import { MAX_DAILY_LIMIT_MG, MAX_DOSE_MG } from './doses'
import { onFirstUse } from './on-first-use'
import { formatMg } from './locale-format'
import { PAIN_MAX, PAIN_MIN } from './pain-scale'
import { PERIOD_ORDER_MESSAGE, startNotAfterEnd, type Period } from './period'
import { fromTo, upTo } from './range-words'
import { localDateTimeProblem, timestampProblem } from './timestamp'

export const MAX_NOTE_LENGTH = 20_000
export const MAX_NAME_LENGTH = 80

/**
 * Leaf checks abort: an object's own refinements (from <= to, and the like) then never run on a
 * field that already failed, so they can rely on every field being what its schema says.
 */
export const dayString = onFirstUse(() =>
  z.string().refine(isValidDay, { message: 'Must be a real date written YYYY-MM-DD', abort: true }),
)

/** Text whose check says in words what is wrong; aborting, like every leaf check here. */
function checkedText(problemOf: (value: string) => string | null) {
  return z.string().check((ctx) => {
    const problem = problemOf(ctx.value)
    if (problem !== null) {
      ctx.issues.push({ code: 'custom', message: problem, input: ctx.value, continue: false })
    }
  })
}

/** A local time with its UTC offset, every part checked (timestamp.ts); the message says which. */
export const timestamp = onFirstUse(() => checkedText(timestampProblem))

/** A local date and time without offset, every part checked: when a backup was taken. */
export const localDateTime = onFirstUse(() => checkedText(localDateTimeProblem))

/**
 * For an object's refinements: run only when every field passed its own checks (zod runs them
 * after a field's continuable issue otherwise, on values the refinement was not written for).
 */
export const WHEN_FIELDS_VALID = {
  when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0,
} as const

/** "from 0 to 10", worded when a score is refused (range-words.ts). */
const painRange = (): string => fromTo(PAIN_MIN, PAIN_MAX)

export const painScore = onFirstUse(() =>
  z
    .number({ error: () => `Pain must be a number ${painRange()}` })
    .int({ error: () => `Pain must be a whole number ${painRange()}` })
    .min(PAIN_MIN, { error: () => `Pain must be ${painRange()}` })
    .max(PAIN_MAX, { error: () => `Pain must be ${painRange()}` }),
)

/** A mean of pain scores: on the scale, not necessarily whole. */
export const painAverage = onFirstUse(() => z.number().min(PAIN_MIN).max(PAIN_MAX))

/** Items of the day record on the same 0–10 scale (sleep quality, interference). */
export const zeroToTen = onFirstUse(() =>
  z
    .number()
    .int()
    .min(PAIN_MIN, { error: () => `Must be a whole number ${painRange()}` })
    .max(PAIN_MAX, { error: () => `Must be a whole number ${painRange()}` }),
)

export { MINUTES_PER_DAY }

/** Whole minutes, at most a day's: how long a remedy was used, how long the person walked. */
const minutesWords = (): string => `Minutes must be a whole number ${fromTo(0, MINUTES_PER_DAY)}`
export const minutesInADay = onFirstUse(() =>
  z
    .number({ error: minutesWords })
    .int({ error: minutesWords })
    .min(0, { error: minutesWords })
    .max(MINUTES_PER_DAY, { error: minutesWords }),
)

export const id = onFirstUse(() => z.number().int().positive().max(Number.MAX_SAFE_INTEGER))

/** Half of a character that takes two (an emoji cut in two by a paste, say). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/**
 * Whether text can be stored as typed: SQLite and JSON keep text as UTF-8, where half a character
 * becomes "\uFFFD" replacement marks, so it would read back changed. Every text a person types
 * (notes, names) is held to it.
 */
export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text)
}

export const BROKEN_CHARACTER =
  'This text has half of a character in it (an emoji cut in two, perhaps): delete the last characters and type them again'

export const note = onFirstUse(() =>
  z
    .string()
    .max(MAX_NOTE_LENGTH, { error: () => `Notes can be ${upTo(MAX_NOTE_LENGTH)} characters` })
    .refine(isWellFormedText, { message: BROKEN_CHARACTER }),
)

/** A trigger's or remedy's name, kept tidy (catalog-names.ts): what is checked is what is kept. */
export const catalogName = onFirstUse(() =>
  z
    .string()
    .overwrite(tidyName)
    .min(1, { message: 'A name is needed' })
    .max(MAX_NAME_LENGTH, { message: `Names can be up to ${MAX_NAME_LENGTH} characters` })
    .refine(isWellFormedText, { message: BROKEN_CHARACTER }),
)

/** Short machine words such as `red-flags` or `banner-doctor`: what an acknowledgement is of. */
export const acknowledgementKind = onFirstUse(() =>
  z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, {
    message: 'Must be a short lower-case word',
  }),
)

export const relief = onFirstUse(() =>
  z.literal(RELIEF_VALUES, {
    error: `How much it helped is one of ${RELIEF_VALUES.slice(0, -1).join(', ')} or ${RELIEF_VALUES.at(-1)}`,
  }),
)

/** A single dose in mg: above 0, and never past the hard ceiling (doses.ts). */
export const doseMg = onFirstUse(() =>
  z
    .number({ error: 'A dose must be a number of milligrams' })
    .positive({ message: 'A dose must be more than 0 mg' })
    .max(MAX_DOSE_MG, {
      // Worded when a dose is refused, not when the schema is built: the first number format
      // loads the locale's data (about 12 ms), which the main process's start has no other use for.
      error: () =>
        `A single dose can be at most ${formatMg(MAX_DOSE_MG)}: check the number (doses are in milligrams)`,
    }),
)

/** A medicine's daily limit in mg: above 0, and never past the ceiling (doses.ts). */
export const dailyLimitMg = onFirstUse(() =>
  z
    .number({ error: 'A daily limit must be a number of milligrams' })
    .positive({ message: 'A daily limit must be more than 0 mg' })
    .max(MAX_DAILY_LIMIT_MG, {
      error: () => `A daily limit can be at most ${formatMg(MAX_DAILY_LIMIT_MG)}`,
    }),
)

export const remedyUse = onFirstUse(() =>
  z.strictObject({
    remedyId: id,
    doseMg: doseMg.nullable().default(null),
    minutes: minutesInADay.nullable().default(null),
    relief: relief.nullable().default(null),
  }),
)

export const checkinInput = onFirstUse(() =>
  z.strictObject({
    /** Present when editing an existing check-in. */
    id: id.optional(),
    at: timestamp,
    pain: painScore,
    spasm: z.boolean().nullable().default(null),
    regions: z.array(z.enum(BODY_REGIONS)).max(BODY_REGIONS.length).default([]),
    context: z.enum(CONTEXTS).nullable().default(null),
    triggerIds: z.array(id).max(200).default([]),
    remedies: z.array(remedyUse).max(200).default([]),
    redFlags: z.array(z.enum(RED_FLAGS)).max(RED_FLAGS.length).default([]),
    note: note.default(''),
  }),
)
export type CheckinInput = z.input<typeof checkinInput>
export type CheckinParsed = z.output<typeof checkinInput>

export const checkin = onFirstUse(() =>
  z.strictObject({
    id,
    at: timestamp,
    day: dayString,
    pain: painScore,
    spasm: z.boolean().nullable(),
    regions: z.array(z.enum(BODY_REGIONS)),
    context: z.enum(CONTEXTS).nullable(),
    triggerIds: z.array(id),
    remedies: z.array(
      z.strictObject({
        remedyId: id,
        doseMg: z.number().nullable(),
        minutes: z.number().nullable(),
        relief: relief.nullable(),
      }),
    ),
    redFlags: z.array(z.enum(RED_FLAGS)),
    note: z.string(),
  }),
)

export const dayRecord = onFirstUse(() =>
  z.strictObject({
    day: dayString,
    sleepQuality: zeroToTen.nullable().default(null),
    enjoymentInterference: zeroToTen.nullable().default(null),
    activityInterference: zeroToTen.nullable().default(null),
    minutesWalked: minutesInADay.nullable().default(null),
    note: note.default(''),
  }),
)
export type DayRecordInput = z.input<typeof dayRecord>

/**
 * The period rule every from–to payload follows (period.ts): its start not after its end, said at
 * its start date. Checked once the dates themselves are valid.
 */
export function periodInOrder<T extends z.ZodType<Period>>(schema: T) {
  return schema.refine(startNotAfterEnd, {
    message: PERIOD_ORDER_MESSAGE,
    path: ['from'],
    ...WHEN_FIELDS_VALID,
  })
}

export const dayRange = onFirstUse(() =>
  periodInOrder(z.strictObject({ from: dayString, to: dayString })),
)

export const trigger = onFirstUse(() =>
  z.strictObject({
    id,
    key: z.string().nullable(),
    name: z.string(),
    archived: z.boolean(),
  }),
)

export const remedy = onFirstUse(() => trigger.extend({ kind: z.enum(REMEDY_KINDS) }))

export const catalog = onFirstUse(() =>
  z.strictObject({
    triggers: z.array(trigger),
    remedies: z.array(remedy),
    /** Daily limits in mg, by remedy id, for medicines that have one. */
    limits: z.array(z.strictObject({ remedyId: id, dailyLimitMg })),
  }),
)

export const appInfo = onFirstUse(() =>
  z.strictObject({
    version: z.string(),
    dataDir: z.string(),
    databasePath: z.string(),
    journal: z.enum(['real', 'sample']),
    /** A message about something that happened while opening (recovery), shown once. */
    startupNotice: z.string().nullable(),
  }),
)

export const journalStatus = onFirstUse(() =>
  z.strictObject({
    journal: z.enum(['real', 'sample']),
    checkinCount: z.number().int().min(0),
  }),
)
