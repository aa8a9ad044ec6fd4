/**
 * Built-in triggers and remedies, from the seed (shared/seed/back-spasms-faq.txt) and
 * DESIGN.md section 2. Keys are stable forever: the database seeds from them and the sample
 * data generator refers to them.
 */
import type { RemedyKind } from './domain'

export interface BuiltinTrigger {
  key: string
  name: string
}

export interface BuiltinRemedy {
  key: string
  name: string
  kind: RemedyKind
}

export const BUILTIN_TRIGGERS: readonly BuiltinTrigger[] = [
  { key: 'poor-posture', name: 'Poor posture' },
  { key: 'muscle-overuse', name: 'Muscle overuse' },
  { key: 'lying-down', name: 'Lying down' },
  { key: 'heavy-lifting', name: 'Heavy lifting' },
  { key: 'twisting', name: 'Twisting' },
  { key: 'sprain-strain', name: 'Sprain or strain' },
  { key: 'long-sitting', name: 'Sitting for a long time' },
]

export const BUILTIN_REMEDIES: readonly BuiltinRemedy[] = [
  { key: 'stretching', name: 'Stretching', kind: 'movement' },
  { key: 'massage', name: 'Massage', kind: 'self-care' },
  { key: 'ice', name: 'Ice / cold', kind: 'self-care' },
  { key: 'heat', name: 'Heat', kind: 'self-care' },
  { key: 'hydration', name: 'Drinking water', kind: 'self-care' },
  { key: 'walking', name: 'Walking / mild exercise', kind: 'movement' },
  { key: 'childs-pose', name: "Child's pose", kind: 'movement' },
  { key: 'hip-lifts', name: 'Hip lifts', kind: 'movement' },
  { key: 'cat-cow', name: 'Cat-cow', kind: 'movement' },
  { key: 'deep-breathing', name: 'Slow deep breathing', kind: 'self-care' },
  { key: 'rest', name: 'Short rest (an hour or two)', kind: 'self-care' },
  { key: 'bed-rest', name: 'Bed rest (lying down most of the day)', kind: 'self-care' },
  { key: 'inclined-position', name: 'Inclined position', kind: 'self-care' },
  { key: 'ibuprofen', name: 'Ibuprofen', kind: 'medication' },
  { key: 'naproxen', name: 'Naproxen sodium', kind: 'medication' },
  { key: 'acetaminophen', name: 'Acetaminophen (paracetamol)', kind: 'medication' },
  { key: 'nsaid-cream', name: 'Anti-inflammatory cream', kind: 'medication' },
  { key: 'muscle-relaxant', name: 'Muscle relaxant (prescribed)', kind: 'medication' },
  { key: 'physiotherapy', name: 'Physiotherapy', kind: 'therapy' },
  { key: 'manipulation', name: 'Manipulation', kind: 'therapy' },
]

/**
 * Default daily limits in mg: the usual over-the-counter label maximums (DESIGN.md section 3).
 * Users can change them; they are information, not advice.
 */
export const DEFAULT_DAILY_LIMITS_MG: Readonly<Record<string, number>> = {
  ibuprofen: 1200,
  naproxen: 660,
  acetaminophen: 3000,
}

/** Said wherever the app speaks about medicines (Settings, Trends, Today), in these words. */
export const MEDICINE_DISCLAIMER =
  'About medicines, this is information, not advice: follow your doctor’s directions and your ' +
  'medicine’s label.'

/** What a default limit is, named in these words wherever one shows (Trends, and the note below). */
export const LABEL_MAXIMUM = 'label maximum for over-the-counter use'

/** Said wherever a default limit shows (Settings, Today, the report), in these words. */
export const LABEL_MAXIMUM_NOTE = `${LABEL_MAXIMUM} — change it if your doctor prescribed a different dose`

/**
 * Whether `limitMg` is the over-the-counter label maximum of medicine `key` (its default), not a
 * limit the person set: the one test Settings, Today's flag and the report make.
 */
export function isLabelMaximum(key: string, limitMg: number | null): boolean {
  return limitMg !== null && DEFAULT_DAILY_LIMITS_MG[key] === limitMg
}

/** Where a limit comes from, told to the clinician (the flag's line for them, the report). */
export const LIMIT_SOURCE_FOR_CLINICIAN = {
  label: 'the over-the-counter label maximum',
  patient: 'set by the patient',
} as const

export function limitSourceForClinician(key: string, limitMg: number): string {
  return LIMIT_SOURCE_FOR_CLINICIAN[isLabelMaximum(key, limitMg) ? 'label' : 'patient']
}

/** What something is called, by its statistics key (`ibuprofen`, `remedy-12`). */
export type NameOf = (key: string) => string

/**
 * The one way a statistics key is named wherever a screen or the report says it: the catalog's
 * name as it is now (`names`, keyed as the statistics key them), else the built-in name, else
 * the key itself. A renamed medicine, or one the person added, is called by its own name.
 */
export function nameFrom(names: Readonly<Record<string, string>> = {}): NameOf {
  return (key) =>
    names[key] ??
    BUILTIN_REMEDIES.find((r) => r.key === key)?.name ??
    BUILTIN_TRIGGERS.find((t) => t.key === key)?.name ??
    key
}

/** Anti-inflammatories taken by mouth: long runs of them, or two on one day, raise a flag. */
export const ANTI_INFLAMMATORY_KEYS: readonly string[] = ['ibuprofen', 'naproxen']

export const ACETAMINOPHEN_KEY = 'acetaminophen'
/** Above this in one day, acetaminophen can harm the liver: a see-a-doctor-today flag. */
export const ACETAMINOPHEN_LIVER_MG = 4000

/**
 * The remedy whose use on consecutive days raises the long bed rest flag: bed rest, lying down
 * most of the day. A short rest (`rest`) is what the seed advises in the first days and does
 * not count.
 */
export const BED_REST_KEY = 'bed-rest'
