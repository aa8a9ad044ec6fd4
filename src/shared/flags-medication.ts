/**
 * The medicine flags of DESIGN.md section 3, over the last 30 days: a day above a medicine's
 * daily limit or a long run of anti-inflammatories (book a visit), two anti-inflammatories on one
 * day (book a visit), and acetaminophen above 4,000 mg in a day (see a doctor today: the liver).
 * Information, not advice: the limits are over-the-counter label maximums unless the person set
 * their own.
 */
import {
  ACETAMINOPHEN_KEY,
  ACETAMINOPHEN_LIVER_MG,
  ANTI_INFLAMMATORY_KEYS,
  isLabelMaximum,
  LABEL_MAXIMUM_NOTE,
  limitSourceForClinician,
  nameFrom,
  type NameOf,
} from './catalog'
import { addDaysToDay, assertDay, formatDayLong, formatDayShort } from './days'
import type { Flag } from './flags-types'
import {
  checkedUses,
  longestConsecutiveUse,
  useRunsReaching,
  usesBetween,
  type Uses,
} from './flags-uses'
import type { DayRun } from './days'
import { formatMg, formatWhole } from './locale-format'
import type { Severity } from './severity'
import { plural } from './stats/format'
import { overLimitDays, dailyTotalsOfUses, type MedicationDayTotal } from './stats/remedies'

export const MEDICATION_WINDOW_DAYS = 30
/** Anti-inflammatories on more than this many consecutive days raise the medication flag. */
export const ANTI_INFLAMMATORY_MAX_DAYS = 10
/** The severity of each medicine flag: the flags and Settings' list of the rules read these. */
export const MEDICINE_FLAG_LEVELS = {
  'acetaminophen-high': 'today',
  medication: 'visit',
  'anti-inflammatories-together': 'visit',
} as const satisfies Record<string, Severity>

const days = (n: number) => plural(n, 'day')

/** 'Ibuprofen or Naproxen sodium': the anti-inflammatories the rules watch, as the catalog names them. */
export function antiInflammatoryNames(nameOf: NameOf, joiner: 'and' | 'or'): string {
  return ANTI_INFLAMMATORY_KEYS.map(nameOf).join(` ${joiner} `)
}

/**
 * The medicine rules that hold whatever the limits, each with its severity, in the words
 * Settings lists them: said from the same constants the flags below check.
 */
export function medicineRules(nameOf: NameOf): { severity: Severity; words: string }[] {
  return [
    {
      severity: MEDICINE_FLAG_LEVELS['acetaminophen-high'],
      words:
        `more than ${formatMg(ACETAMINOPHEN_LIVER_MG)} of ${nameOf(ACETAMINOPHEN_KEY)} in a ` +
        'day, whatever its limit here, because it can harm the liver.',
    },
    {
      severity: MEDICINE_FLAG_LEVELS['anti-inflammatories-together'],
      words:
        `two anti-inflammatories (${antiInflammatoryNames(nameOf, 'and')}) on the same day, or ` +
        `one of them on more than ${days(ANTI_INFLAMMATORY_MAX_DAYS)} in a row.`,
    },
  ]
}

/** Each day from..to with acetaminophen above 4,000 mg, whatever its limit (the flags, the report). */
export function acetaminophenHighDays(
  remedyDays: Uses,
  from: string,
  to: string,
): MedicationDayTotal[] {
  const totals = dailyTotalsOfUses(checkedUses(remedyDays).checked, [ACETAMINOPHEN_KEY], from, to)
  return overLimitDays(totals, { [ACETAMINOPHEN_KEY]: ACETAMINOPHEN_LIVER_MG })
}

/** Each day from..to with two different anti-inflammatories, oldest first (the flags, the report). */
export function antiInflammatoriesTogetherDays(
  remedyDays: Uses,
  from: string,
  to: string,
): string[] {
  const byDay = new Map<string, Set<string>>()
  for (const u of checkedUses(remedyDays).checked) {
    if (u.day < from || u.day > to) continue
    if (u.remedyKey === null || !ANTI_INFLAMMATORY_KEYS.includes(u.remedyKey)) continue
    byDay.set(u.day, (byDay.get(u.day) ?? new Set()).add(u.remedyKey))
  }
  return [...byDay]
    .filter(([, keys]) => keys.size > 1)
    .map(([day]) => day)
    .sort()
}

/** Runs of anti-inflammatories on more than 10 days in a row reaching into from..to, oldest first. */
export function longAntiInflammatoryRuns(remedyDays: Uses, from: string, to: string): DayRun[] {
  return useRunsReaching(remedyDays, ANTI_INFLAMMATORY_KEYS, from, to).filter(
    (run) => run.days > ANTI_INFLAMMATORY_MAX_DAYS,
  )
}

/** Acetaminophen above 4,000 mg on a day of the last 3: see a doctor today. */
export function acetaminophenFlag(
  remedyDays: Uses,
  asOf: string,
  nameOf: NameOf = nameFrom(),
): Flag | null {
  // Over the same 30 days as every medicine rule (DESIGN.md section 3), whatever limit the
  // person set: too much in one day can harm the liver before anything is felt, so an older day
  // is still worth a doctor's word today, until a visit recorded after it answers it.
  const from = addDaysToDay(asOf, -(MEDICATION_WINDOW_DAYS - 1))
  const latest = acetaminophenHighDays(remedyDays, from, asOf).at(-1)
  if (latest === undefined) return null
  return {
    kind: 'acetaminophen-high',
    level: MEDICINE_FLAG_LEVELS['acetaminophen-high'],
    title: 'Too much acetaminophen in one day',
    reason:
      `On ${formatDayLong(latest.day)} you took ${formatMg(latest.totalMg)} of ` +
      `${nameOf(ACETAMINOPHEN_KEY)}. More than ${formatMg(ACETAMINOPHEN_LIVER_MG)} in a day can harm the liver, even ` +
      'when you feel well: speak to a doctor or pharmacist today.',
    forClinician:
      `${nameOf(ACETAMINOPHEN_KEY)} ${formatMg(latest.totalMg)} in one day on ${formatDayShort(latest.day)} ` +
      `(above ${formatMg(ACETAMINOPHEN_LIVER_MG)}).`,
    numbers: { day: latest.day, totalMg: latest.totalMg, liverMg: ACETAMINOPHEN_LIVER_MG },
  }
}

/** Two different anti-inflammatories on the same journal day, in the last 30 days. */
export function antiInflammatoriesTogetherFlag(
  remedyDays: Uses,
  asOf: string,
  nameOf: NameOf = nameFrom(),
): Flag | null {
  const from = addDaysToDay(asOf, -(MEDICATION_WINDOW_DAYS - 1))
  const both = antiInflammatoriesTogetherDays(remedyDays, from, asOf)
  const last = both.at(-1)
  if (last === undefined) return null
  const names = antiInflammatoryNames(nameOf, 'and')
  return {
    kind: 'anti-inflammatories-together',
    level: MEDICINE_FLAG_LEVELS['anti-inflammatories-together'],
    title: 'Two anti-inflammatories on the same day',
    reason:
      `On ${days(both.length)} in the last ${MEDICATION_WINDOW_DAYS} days you took two ` +
      `anti-inflammatories (${names}) on the same day, most recently on ${formatDayLong(last)}. ` +
      'Together they add to the risk of side effects without adding relief: ask a doctor or ' +
      'pharmacist before combining them.',
    forClinician:
      `Two anti-inflammatories (${names}) on the same day on ${days(both.length)} in the ` +
      `last ${MEDICATION_WINDOW_DAYS} days (latest ${formatDayShort(last)}).`,
    numbers: { days: both.length, lastDay: last },
  }
}

/**
 * A day above a medicine's own limit, or an anti-inflammatory on more than 10 days in a row.
 * Every day above a limit counts, as in the report's medication log, even one the acetaminophen
 * flag also names: the count must be the same wherever it is said.
 */
export function medicationFlag(
  remedyDays: Uses,
  dailyLimitsMg: Readonly<Record<string, number>>,
  asOf: string,
  nameOf: NameOf = nameFrom(),
): Flag | null {
  const from = addDaysToDay(asOf, -(MEDICATION_WINDOW_DAYS - 1))
  const recent = usesBetween(remedyDays, from, asOf)
  const over = medicationOverLimitDays(recent, dailyLimitsMg, from, asOf)
  const run = longestConsecutiveUse(remedyDays, ANTI_INFLAMMATORY_KEYS, from, asOf)
  const longRun = run !== null && run.days > ANTI_INFLAMMATORY_MAX_DAYS ? run : null
  if (over.length === 0 && longRun === null) return null
  const toPerson: string[] = []
  const toClinician: string[] = []
  const numbers: Record<string, number | string> = {}
  const latest = over.at(-1)
  if (latest !== undefined) {
    const overDays = new Set(over.map((o) => o.day)).size
    const name = nameOf(latest.medicine)
    const isLabelMax = isLabelMaximum(latest.medicine, latest.limitMg)
    const limit = `limit ${formatMg(latest.limitMg)}${isLabelMax ? `, the ${LABEL_MAXIMUM_NOTE}` : ''}`
    toPerson.push(
      `on ${days(overDays)} in the last ${MEDICATION_WINDOW_DAYS} days you took more of a ` +
        `medicine than its daily limit (most recently ${formatMg(latest.totalMg)} of ${name} on ` +
        `${formatDayLong(latest.day)}; ${limit})`,
    )
    toClinician.push(
      `above the daily limit on ${days(overDays)} in the last ${MEDICATION_WINDOW_DAYS} days ` +
        `(latest ${formatMg(latest.totalMg)} ${name} on ${formatDayShort(latest.day)}; limit ` +
        `${formatMg(latest.limitMg)}, ${limitSourceForClinician(latest.medicine, latest.limitMg)})`,
    )
    Object.assign(numbers, {
      overLimitDays: overDays,
      lastOverLimitDay: latest.day,
      lastOverLimitMedicine: name,
      lastOverLimitTotalMg: latest.totalMg,
      lastOverLimitLimitMg: latest.limitMg,
    })
  }
  if (longRun !== null) {
    toPerson.push(
      `you took an anti-inflammatory (${antiInflammatoryNames(nameOf, 'or')}) ` +
        `${days(longRun.days)} in a row, ` +
        `up to ${formatDayLong(longRun.end)}`,
    )
    toClinician.push(
      `an anti-inflammatory on ${formatWhole(longRun.days)} consecutive days, up to ` +
        `${formatDayShort(longRun.end)}`,
    )
    Object.assign(numbers, { consecutiveDays: longRun.days, consecutiveEnd: longRun.end })
  }
  return {
    kind: 'medication',
    level: MEDICINE_FLAG_LEVELS.medication,
    title: 'Medicine above the usual limits',
    reason: `${sentence(toPerson)} — worth going over with a doctor.`,
    forClinician: `${sentence(toClinician)}.`,
    numbers,
  }
}

function sentence(parts: readonly string[]): string {
  const text = parts.join(', and ')
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`
}

export type { MedicationDayTotal }

/**
 * Every (day, medicine) from..to (inclusive) whose summed logged dose is above the medicine's
 * daily limit, by day then medicine (overLimitDays, the one definition). Medicines without a
 * limit are not checked; uses logged without a dose add nothing to the total.
 */
export function medicationOverLimitDays(
  remedyDays: Uses,
  dailyLimitsMg: Readonly<Record<string, number>>,
  from: string,
  to: string,
): MedicationDayTotal[] {
  assertDay(from, 'start of period')
  assertDay(to, 'end of period')
  for (const [medicine, limitMg] of Object.entries(dailyLimitsMg)) {
    if (!Number.isFinite(limitMg) || limitMg <= 0) {
      throw new RangeError(`Invalid daily limit for ${medicine}: ${limitMg}`)
    }
  }
  const keys = Object.keys(dailyLimitsMg)
  return overLimitDays(
    dailyTotalsOfUses(checkedUses(remedyDays).checked, keys, from, to),
    dailyLimitsMg,
  )
}
