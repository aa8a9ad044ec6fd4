/**
 * The settings' schemas: the episode rules a person may adjust, the reminders, and the whole of
 * `settings:get`, with the defaults a fresh journal starts from.
 */
import { z } from 'zod'
import { THEMES } from './domain'
import { DEFAULT_EPISODE_RULES } from './episodes'
import { formatWhole } from './locale-format'
import { DEFAULT_DAY_START_HOUR, MAX_DAY_START_HOUR } from './journal-day'
import { onFirstUse } from './on-first-use'
import { PAIN_MAX, PAIN_MIN } from './pain-scale'
import { MAX_REMINDERS } from './reminders'
import { WHEN_FIELDS_VALID } from './schemas'
import { CLOCK_TIME_PATTERN } from './timestamp'

/**
 * Episode rules a person may adjust (DESIGN.md section 3), within bounds that keep them
 * meaningful; the cross-field checks mirror the RangeErrors of detectEpisodes.
 */
export const episodeRules = onFirstUse(() =>
  z
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
    }),
)

/** Daily reminders: local times, and how the app lives on the desktop. */
export const reminderSettings = onFirstUse(() =>
  z.strictObject({
    times: z
      .array(z.string().regex(CLOCK_TIME_PATTERN, { message: 'Times look like 20:00' }))
      .max(MAX_REMINDERS, { error: () => `Up to ${formatWhole(MAX_REMINDERS)} reminders a day` }),
    startAtLogin: z.boolean(),
    /** Closing the window keeps Pain Journal in the tray / menu bar so reminders still come. */
    keepInTray: z.boolean(),
  }),
)

export const settings = onFirstUse(() =>
  z.strictObject({
    dayStartHour: z.number().int().min(0).max(MAX_DAY_START_HOUR),
    theme: z.enum(THEMES),
    episodeRules,
    reminders: reminderSettings,
    /** The person closed the first-run welcome on Today. */
    welcomeDismissed: z.boolean(),
    /** The report's paper size as last chosen; null until then (the locale's usual size). */
    reportPageSize: z.enum(['A4', 'Letter']).nullable(),
  }),
)
export type Settings = z.infer<typeof settings>
export const DEFAULT_SETTINGS: Settings = {
  dayStartHour: DEFAULT_DAY_START_HOUR,
  theme: 'system',
  episodeRules: { ...DEFAULT_EPISODE_RULES },
  reminders: { times: [], startAtLogin: false, keepInTray: false },
  welcomeDismissed: false,
  reportPageSize: null,
}
