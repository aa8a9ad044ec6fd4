/**
 * The vocabulary of DESIGN.md section 2, as plain types and constant lists.
 * Pure: no electron, no node:*, no DOM.
 */

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

/** Symptoms that need a doctor urgently (DESIGN.md section 2). */
export const RED_FLAGS = [
  'bladder-bowel',
  'saddle-numbness',
  'leg-weakness',
  'fever',
  'weight-loss',
  'fall-or-accident',
  'cancer-history',
  'night-pain',
] as const
export type RedFlag = (typeof RED_FLAGS)[number]

export const RED_FLAG_LABELS: Record<RedFlag, string> = {
  'bladder-bowel': 'Loss of bladder or bowel control, or unable to pass urine',
  'saddle-numbness': 'Numbness around the groin, buttocks or inner thighs (saddle area)',
  'leg-weakness': 'New or worsening weakness or numbness in a leg',
  fever: 'Fever together with the back pain',
  'weight-loss': 'Weight loss you cannot explain',
  'fall-or-accident': 'The pain started after a fall or an accident',
  'cancer-history': 'A history of cancer, and this back pain is new',
  'night-pain': 'Constant pain at night that does not ease when you change position',
}

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
  '0': 'No change',
  '-1': 'Made it worse',
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
