/** The shapes of the flag rules (flags.ts): what they read and what they answer. */
import type { RedFlag } from './domain'
import type { DayPain, Episode, EpisodeRules } from './episodes'
import type { Severity } from './severity'

export interface RemedyDay {
  day: string
  remedyKey: string | null
  doseMg: number | null
}

/** A warning sign as recorded: its day, and the check-in's time stamp when known. */
export interface RedFlagRecord {
  day: string
  flag: RedFlag
  /** With a UTC offset. Without it, a visit on the same day counts as after the sign. */
  at?: string
}

/** A recorded doctor visit: its day, and the instant it was recorded. */
export interface VisitRecord {
  day: string
  recordedAt: string
}

/**
 * Remedy rows already checked (checkedUseDay, flags-uses.ts). computeFlags checks a journal's
 * thousands of rows once and hands them to every flag as this; a plain array is checked by the
 * flag itself.
 */
export interface CheckedUses {
  readonly checked: readonly RemedyDay[]
}

export interface FlagInput {
  asOf: string
  /** Each logged day's worst pain. */
  days: readonly DayPain[]
  redFlags: readonly RedFlagRecord[]
  /**
   * One row per remedy use; or those rows already checked (CheckedUses), as the main process
   * checks each month's rows once when it reads the month rather than on every analysis.
   */
  remedyDays: readonly RemedyDay[] | CheckedUses
  /** By medicine key (ibuprofen, naproxen, acetaminophen). */
  dailyLimitsMg: Readonly<Record<string, number>>
  /**
   * What the catalog calls each key now (statsNames in the main process), so a flag names a
   * medicine as Trends and the report do; left out, the built-in names (nameFrom, catalog.ts).
   */
  names?: Readonly<Record<string, string>>
  /** "I have seen a doctor about this": steps the urgent flags down (DESIGN.md section 3). */
  visits?: readonly VisitRecord[]
  rules?: Partial<EpisodeRules>
  /**
   * The result of `detectEpisodes(days, asOf, rules)` when the caller already has it, so the
   * analysis does not detect episodes twice. Must come from the same days, asOf and rules.
   */
  episodes?: readonly Episode[]
}

export const FLAG_KINDS = [
  'red-flag',
  'acetaminophen-high',
  'long-episode',
  'recurring',
  'not-improving',
  'medication',
  'anti-inflammatories-together',
  'long-bed-rest',
  'seen-doctor',
] as const
export type FlagKind = (typeof FLAG_KINDS)[number]

export interface Flag {
  kind: FlagKind
  level: Severity
  title: string
  /** To the person, in the second person: what Today shows. */
  reason: string
  /** To the clinician, in the third person: what the report says. */
  forClinician: string
  numbers: Record<string, number | string>
}
