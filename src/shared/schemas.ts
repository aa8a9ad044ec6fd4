/**
 * zod schemas for everything that crosses a boundary: IPC payloads, imported files, settings.
 * Objects are strict (unknown keys are an error, not silently dropped) so a typo in a payload
 * is reported rather than lost.
 */
import { z } from 'zod'
import { isValidDay, MINUTES_PER_DAY } from './days'
import { BODY_REGIONS, CONTEXTS, RED_FLAGS, RELIEF_VALUES, REMEDY_KINDS, THEMES } from './domain'
import { DEFAULT_EPISODE_RULES } from './episodes'
import { MAX_DAILY_LIMIT_MG, MAX_DOSE_MG } from './doses'
import { formatMg, formatWhole } from './locale-format'
import { DEFAULT_DAY_START_HOUR, MAX_DAY_START_HOUR } from './journal-day'
import { PAIN_MAX, PAIN_MIN } from './pain-scale'
import { PERIOD_ORDER_MESSAGE, startNotAfterEnd, type Period } from './period'
import { MAX_REMINDERS } from './reminders'
import { fromTo, upTo } from './range-words'
import { CLOCK_TIME_PATTERN, localDateTimeProblem, timestampProblem } from './timestamp'

export const MAX_NOTE_LENGTH = 20_000
export const MAX_NAME_LENGTH = 80

/**
 * Leaf checks abort: an object's own refinements (from <= to, and the like) then never run on a
 * field that already failed, so they can rely on every field being what its schema says.
 */
export const dayString = z
  .string()
  .refine(isValidDay, { message: 'Must be a real date written YYYY-MM-DD', abort: true })

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
export const timestamp = checkedText(timestampProblem)

/** A local date and time without offset, every part checked: when a backup was taken. */
export const localDateTime = checkedText(localDateTimeProblem)

/**
 * For an object's refinements: run only when every field passed its own checks (zod runs them
 * after a field's continuable issue otherwise, on values the refinement was not written for).
 */
export const WHEN_FIELDS_VALID = {
  when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0,
} as const

/** "from 0 to 10", worded when a score is refused (range-words.ts). */
const painRange = (): string => fromTo(PAIN_MIN, PAIN_MAX)

export const painScore = z
  .number({ error: () => `Pain must be a number ${painRange()}` })
  .int({ error: () => `Pain must be a whole number ${painRange()}` })
  .min(PAIN_MIN, { error: () => `Pain must be ${painRange()}` })
  .max(PAIN_MAX, { error: () => `Pain must be ${painRange()}` })

/** A mean of pain scores: on the scale, not necessarily whole. */
export const painAverage = z.number().min(PAIN_MIN).max(PAIN_MAX)

/** Items of the day record on the same 0–10 scale (sleep quality, interference). */
export const zeroToTen = z
  .number()
  .int()
  .min(PAIN_MIN, { error: () => `Must be a whole number ${painRange()}` })
  .max(PAIN_MAX, { error: () => `Must be a whole number ${painRange()}` })

export { MINUTES_PER_DAY }

/** Whole minutes, at most a day's: how long a remedy was used, how long the person walked. */
const minutesWords = (): string => `Minutes must be a whole number ${fromTo(0, MINUTES_PER_DAY)}`
export const minutesInADay = z
  .number({ error: minutesWords })
  .int({ error: minutesWords })
  .min(0, { error: minutesWords })
  .max(MINUTES_PER_DAY, { error: minutesWords })

export const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER)

export const note = z
  .string()
  .max(MAX_NOTE_LENGTH, { error: () => `Notes can be ${upTo(MAX_NOTE_LENGTH)} characters` })

export const catalogName = z
  .string()
  .trim()
  .min(1, { message: 'A name is needed' })
  .max(MAX_NAME_LENGTH, { message: `Names can be up to ${MAX_NAME_LENGTH} characters` })

/** Short machine words such as `red-flags` or `banner-doctor`: what an acknowledgement is of. */
export const acknowledgementKind = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, {
  message: 'Must be a short lower-case word',
})

export const relief = z.literal(RELIEF_VALUES, {
  error: `How much it helped is one of ${RELIEF_VALUES.slice(0, -1).join(', ')} or ${RELIEF_VALUES.at(-1)}`,
})

/** A single dose in mg: above 0, and never past the hard ceiling (doses.ts). */
export const doseMg = z
  .number({ error: 'A dose must be a number of milligrams' })
  .positive({ message: 'A dose must be more than 0 mg' })
  .max(MAX_DOSE_MG, {
    // Worded when a dose is refused, not when the schema is built: the first number format
    // loads the locale's data (about 12 ms), which the main process's start has no other use for.
    error: () =>
      `A single dose can be at most ${formatMg(MAX_DOSE_MG)}: check the number (doses are in milligrams)`,
  })

/** A medicine's daily limit in mg: above 0, and never past the ceiling (doses.ts). */
export const dailyLimitMg = z
  .number({ error: 'A daily limit must be a number of milligrams' })
  .positive({ message: 'A daily limit must be more than 0 mg' })
  .max(MAX_DAILY_LIMIT_MG, {
    error: () => `A daily limit can be at most ${formatMg(MAX_DAILY_LIMIT_MG)}`,
  })

export const remedyUse = z.strictObject({
  remedyId: id,
  doseMg: doseMg.nullable().default(null),
  minutes: minutesInADay.nullable().default(null),
  relief: relief.nullable().default(null),
})

export const checkinInput = z.strictObject({
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
})
export type CheckinInput = z.input<typeof checkinInput>
export type CheckinParsed = z.output<typeof checkinInput>

export const checkin = z.strictObject({
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
})

export const dayRecord = z.strictObject({
  day: dayString,
  sleepQuality: zeroToTen.nullable().default(null),
  enjoymentInterference: zeroToTen.nullable().default(null),
  activityInterference: zeroToTen.nullable().default(null),
  minutesWalked: minutesInADay.nullable().default(null),
  note: note.default(''),
})
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

export const dayRange = periodInOrder(z.strictObject({ from: dayString, to: dayString }))

export const trigger = z.strictObject({
  id,
  key: z.string().nullable(),
  name: z.string(),
  archived: z.boolean(),
})

export const remedy = trigger.extend({ kind: z.enum(REMEDY_KINDS) })

export const catalog = z.strictObject({
  triggers: z.array(trigger),
  remedies: z.array(remedy),
  /** Daily limits in mg, by remedy id, for medicines that have one. */
  limits: z.array(z.strictObject({ remedyId: id, dailyLimitMg })),
})

/**
 * Episode rules a person may adjust (DESIGN.md section 3), within bounds that keep them
 * meaningful; the cross-field checks mirror the RangeErrors of detectEpisodes.
 */
export const episodeRules = z
  .strictObject({
    // A pain day has some pain: the lowest score above "no pain" up to the top of the scale.
    painDayMin: z
      .number()
      .int()
      .min(PAIN_MIN + 1)
      .max(PAIN_MAX),
    separationDays: z.number().int().min(7).max(120),
    settleDays: z.number().int().min(1).max(60),
    watchDays: z.number().int().min(7).max(365),
    doctorDays: z.number().int().min(7).max(365),
  })
  .refine((r) => r.settleDays <= r.separationDays, {
    message: 'The settling period cannot be longer than the gap that separates episodes',
    path: ['settleDays'],
    ...WHEN_FIELDS_VALID,
  })
  .refine((r) => r.watchDays <= r.doctorDays, {
    message: 'The "worth a visit" point cannot come after the "see a doctor" point',
    path: ['watchDays'],
    ...WHEN_FIELDS_VALID,
  })

/** Daily reminders: local times, and how the app lives on the desktop. */
export const reminderSettings = z.strictObject({
  times: z
    .array(z.string().regex(CLOCK_TIME_PATTERN, { message: 'Times look like 20:00' }))
    .max(MAX_REMINDERS, { error: () => `Up to ${formatWhole(MAX_REMINDERS)} reminders a day` }),
  startAtLogin: z.boolean(),
  /** Closing the window keeps Pain Journal in the tray / menu bar so reminders still come. */
  keepInTray: z.boolean(),
})

export const settings = z.strictObject({
  dayStartHour: z.number().int().min(0).max(MAX_DAY_START_HOUR),
  theme: z.enum(THEMES),
  episodeRules,
  reminders: reminderSettings,
  /** The person closed the first-run welcome on Today. */
  welcomeDismissed: z.boolean(),
  /** The report's paper size as last chosen; null until then (the locale's usual size). */
  reportPageSize: z.enum(['A4', 'Letter']).nullable(),
})
export type Settings = z.infer<typeof settings>
export const DEFAULT_SETTINGS: Settings = {
  dayStartHour: DEFAULT_DAY_START_HOUR,
  theme: 'system',
  episodeRules: { ...DEFAULT_EPISODE_RULES },
  reminders: { times: [], startAtLogin: false, keepInTray: false },
  welcomeDismissed: false,
  reportPageSize: null,
}

export const appInfo = z.strictObject({
  version: z.string(),
  dataDir: z.string(),
  databasePath: z.string(),
  journal: z.enum(['real', 'sample']),
  /** A message about something that happened while opening (recovery), shown once. */
  startupNotice: z.string().nullable(),
})

export const journalStatus = z.strictObject({
  journal: z.enum(['real', 'sample']),
  checkinCount: z.number().int().min(0),
})
