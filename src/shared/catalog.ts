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

/** Said wherever a default limit shows (Settings, Today, the report), in these words. */
export const LABEL_MAXIMUM_NOTE =
  'label maximum for over-the-counter use — change it if your doctor prescribed a different dose'

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
