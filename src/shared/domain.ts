/**
 * The vocabulary of DESIGN.md section 2, as plain types and constant lists.
 * Pure: no electron, no node:*, no DOM.
 */
import type { WarningTier } from './severity'

/** A calendar day in local time, `YYYY-MM-DD`. */
export type DayString = string

/** Where it hurts. Left/right are the person's own left and right. */
export const BODY_REGIONS = [
  'upper-back',
  'mid-back',
  'lower-back-left',
  'lower-back-centre',
  'lower-back-right',
  'buttock-leg-left',
  'buttock-leg-right',
] as const
export type BodyRegion = (typeof BODY_REGIONS)[number]

export const BODY_REGION_LABELS: Record<BodyRegion, string> = {
  'upper-back': 'Upper back',
  'mid-back': 'Mid back',
  'lower-back-left': 'Lower back, left',
  'lower-back-centre': 'Lower back, centre',
  'lower-back-right': 'Lower back, right',
  'buttock-leg-left': 'Buttock or leg, left',
  'buttock-leg-right': 'Buttock or leg, right',
}

/** What the person was doing when the pain was noticed. */
export const CONTEXTS = ['waking', 'sitting', 'standing', 'activity', 'lying'] as const
export type PainContext = (typeof CONTEXTS)[number]

export const CONTEXT_LABELS: Record<PainContext, string> = {
  waking: 'On waking',
  sitting: 'Sitting',
  standing: 'Standing',
  activity: 'During activity',
  lying: 'Lying down / at night',
}

/**
 * Warning signs (red flags), in two tiers (DESIGN.md section 2): signs of a nerve emergency such
 * as cauda equina syndrome, or of a serious cause, go to the emergency department now; signs
 * that point to infection, cancer or a fracture need a doctor the same day.
 *
 * Checked against (labels are in our own words):
 * - NHS, "Back pain" (https://www.nhs.uk/conditions/back-pain/): call 999 or go to A&E with back
 *   pain and pain, tingling, weakness or numbness in both legs; numbness or tingling around the
 *   genitals or buttocks; difficulty peeing; loss of bladder or bowel control; chest pain; or
 *   pain that started after a serious accident. Ask for an urgent GP appointment or call 111 with
 *   a high temperature; weight lost without trying; a lump or swelling in the back, or a change
 *   in its shape; pain that does not improve with rest or is worse at night; pain made worse by
 *   sneezing, coughing or going to the toilet; pain high in the back, between the shoulders.
 *   (Read as reproduced by NHS services, e.g. https://redflagsymptoms.co.uk/back-pain.)
 * - NHS trust leaflets on cauda equina syndrome (Royal Free London,
 *   https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome;
 *   Chesterfield Royal Hospital): saddle numbness, bladder or bowel changes, and a change in
 *   sexual function (erection, ejaculation, feeling during sex) mean going to A&E at once.
 * - NICE NG59, "Low back pain and sciatica in over 16s" (https://www.nice.org.uk/guidance/ng59),
 *   recommendation 1.1.1: think of other causes, such as cancer, infection, trauma or
 *   inflammatory disease, especially with new or changed symptoms.
 * - NICE CKS, "Back pain - low (without radiculopathy)", red flags (as published by NHS
 *   Gloucestershire, https://g-care.glos.nhs.uk/pathway/71/resource/3): cauda equina (bladder or
 *   bowel control, saddle anaesthesia, severe or progressive weakness in the legs); cancer (a
 *   history of cancer, night pain not eased by changing position, unexplained weight loss,
 *   structural deformity); infection (fever, immunosuppression); fracture (trauma, long-term
 *   corticosteroids).
 *
 * Keys are stored as text in `checkin_red_flags.flag` and are kept forever, so every journal
 * stays readable. A key whose meaning would change is retired instead (still read, never
 * offered): `leg-weakness` ("new or worsening weakness or numbness in a leg") covered one leg,
 * which is not a warning sign in itself, so it is read as recorded and treated as an emergency,
 * the tier its worsening weakness belongs to. `fever` and `saddle-numbness` gained words
 * ("feeling generally unwell", "tingling") that keep every earlier record true.
 */
export const RED_FLAGS = [
  'bladder-bowel',
  'saddle-numbness',
  'both-legs',
  'sexual-function',
  'chest-pain',
  'serious-accident',
  'fever',
  'weight-loss',
  'cancer-history',
  'night-pain',
  'fall-or-accident',
  'immune-steroids',
  'upper-back',
  'back-shape',
  'cough-sneeze',
  'leg-weakness',
] as const
export type RedFlag = (typeof RED_FLAGS)[number]

interface RedFlagEntry {
  tier: WarningTier
  label: string
  /** False for a retired key: read from old check-ins, not offered for new ones. */
  offered: boolean
}

export const RED_FLAG_CATALOGUE: Readonly<Record<RedFlag, RedFlagEntry>> = {
  'bladder-bowel': {
    tier: 'emergency',
    label: 'Loss of bladder or bowel control, or unable to pass urine',
    offered: true,
  },
  'saddle-numbness': {
    tier: 'emergency',
    label: 'Numbness or tingling around the genitals, buttocks or inner thighs',
    offered: true,
  },
  'both-legs': {
    tier: 'emergency',
    label: 'Weakness, numbness or tingling in both legs, or leg weakness that is getting worse',
    offered: true,
  },
  'sexual-function': {
    tier: 'emergency',
    label: 'New loss of sexual function, such as no feeling or no erection',
    offered: true,
  },
  'chest-pain': { tier: 'emergency', label: 'Chest pain as well as the back pain', offered: true },
  'serious-accident': {
    tier: 'emergency',
    label: 'The pain began after a serious accident, such as a car crash',
    offered: true,
  },
  fever: {
    tier: 'today',
    label: 'A fever, or feeling generally unwell, with the back pain',
    offered: true,
  },
  'weight-loss': { tier: 'today', label: 'Weight loss with no clear reason', offered: true },
  'cancer-history': {
    tier: 'today',
    label: 'A history of cancer, and this back pain is new',
    offered: true,
  },
  'night-pain': {
    tier: 'today',
    label: 'Constant pain at night that does not ease on changing position',
    offered: true,
  },
  'fall-or-accident': {
    tier: 'today',
    label: 'The pain started after a fall or an accident',
    offered: true,
  },
  'immune-steroids': {
    tier: 'today',
    label: 'A weakened immune system, or steroid tablets taken for a long time',
    offered: true,
  },
  'upper-back': {
    tier: 'today',
    label: 'The pain is high in the back, between the shoulder blades',
    offered: true,
  },
  'back-shape': {
    tier: 'today',
    label: 'A new lump or swelling on the back, or a change in its shape',
    offered: true,
  },
  'cough-sneeze': {
    tier: 'today',
    label: 'Pain made worse by coughing, sneezing or going to the toilet',
    offered: true,
  },
  'leg-weakness': {
    tier: 'emergency',
    label: 'New or worsening weakness or numbness in a leg',
    offered: false,
  },
}

export const RED_FLAG_LABELS: Readonly<Record<RedFlag, string>> = Object.fromEntries(
  RED_FLAGS.map((f) => [f, RED_FLAG_CATALOGUE[f].label]),
) as Record<RedFlag, string>

export function redFlagTier(flag: RedFlag): WarningTier {
  return RED_FLAG_CATALOGUE[flag].tier
}

/** The signs a new check-in offers, emergency first, each tier in catalogue order. */
export const OFFERED_RED_FLAGS: readonly RedFlag[] = RED_FLAGS.filter(
  (f) => RED_FLAG_CATALOGUE[f].offered,
)

export const REMEDY_KINDS = ['self-care', 'movement', 'medication', 'therapy'] as const
export type RemedyKind = (typeof REMEDY_KINDS)[number]

export const REMEDY_KIND_LABELS: Record<RemedyKind, string> = {
  'self-care': 'Self-care',
  movement: 'Movement',
  medication: 'Medication',
  therapy: 'Therapy',
}

/** How much a remedy helped, as reported. Stored as the number. */
export const RELIEF_VALUES = [2, 1, 0, -1] as const
export type Relief = (typeof RELIEF_VALUES)[number]
export const RELIEF_LABELS: Record<string, string> = {
  '2': 'Helped a lot',
  '1': 'Helped a little',
  '0': 'Made no change',
  '-1': 'Made it worse',
}
/** The ends of the relief scale: a mean of ratings lies between them. */
export const RELIEF_MIN = Math.min(...RELIEF_VALUES)
export const RELIEF_MAX = Math.max(...RELIEF_VALUES)

/** A rating, or the rating nearest a mean of them, in a sentence's words: 1.6 → "helped a lot". */
export function reliefWords(value: number): string {
  const nearest = Math.max(RELIEF_MIN, Math.min(RELIEF_MAX, Math.round(value)))
  return (RELIEF_LABELS[String(nearest)] ?? '').toLowerCase()
}

/** The scale spelled out, lowest first: "-1 made it worse, 0 made no change, … 2 helped a lot". */
export function reliefScaleWords(): string {
  return [...RELIEF_VALUES]
    .sort((a, b) => a - b)
    .map((v) => `${v} ${reliefWords(v)}`)
    .join(', ')
}

export interface CatalogEntry {
  id: number
  /** Stable key for built-ins (`ibuprofen`), null for the user's own entries. */
  key: string | null
  name: string
  archived: boolean
}

export type Trigger = CatalogEntry

export interface Remedy extends CatalogEntry {
  kind: RemedyKind
}

export interface RemedyUse {
  remedyId: number
  /** Medicines only: dose in milligrams. */
  doseMg: number | null
  /** Movement and therapy: minutes spent. */
  minutes: number | null
  relief: Relief | null
}

export interface Checkin {
  id: number
  /** Local time stamp with offset, e.g. `2026-11-25T08:30:00+01:00`. */
  at: string
  /** The journal day this check-in counts for (after the day-start hour rule). */
  day: DayString
  pain: number
  spasm: boolean | null
  regions: BodyRegion[]
  context: PainContext | null
  triggerIds: number[]
  remedies: RemedyUse[]
  redFlags: RedFlag[]
  note: string
}

export interface DayRecord {
  day: DayString
  sleepQuality: number | null
  enjoymentInterference: number | null
  activityInterference: number | null
  minutesWalked: number | null
  note: string
}

/** Whether a day record holds nothing: a day card saved with nothing filled in. */
export function isEmptyDayRecord(record: Omit<DayRecord, 'day'>): boolean {
  return (
    record.sleepQuality === null &&
    record.enjoymentInterference === null &&
    record.activityInterference === null &&
    record.minutesWalked === null &&
    record.note === ''
  )
}

/** "I have seen a doctor about this" (DESIGN.md section 2): steps urgent flags down. */
export interface DoctorVisit {
  id: number
  day: DayString
  note: string
  /** When it was recorded (an ISO instant): a sign recorded later the same day is new. */
  recordedAt: string
}

/** The app's looks: the system's own light or dark mode, or one chosen in Settings. */
export const THEMES = ['system', 'light', 'dark'] as const
