/**
 * The check-in form's state while it is being filled in. Numbers typed in fields stay strings
 * here, so a half-typed "4." is never rewritten under the person's fingers; they become numbers
 * (and are validated with the contract's own schema) only when saving.
 */
import type { BodyRegion, Checkin, PainContext, RedFlag, Relief } from '../../../shared/domain'
import { MAX_DOSE_MG } from '../../../shared/doses'
import { formatWhole } from '../../../shared/locale-format'
import { futureCheckinProblem } from '../../../shared/not-future'
import { PAIN_MAX, PAIN_MIN } from '../../../shared/pain-scale'
import { fromTo, upTo } from '../../../shared/range-words'
import { readOptionalNumber } from '../../../shared/typed-number'
import {
  checkinInput,
  MAX_NOTE_LENGTH,
  MINUTES_PER_DAY,
  type CheckinInput,
} from '../../../shared/schemas'
import { fieldIssues, fieldMessages, type FieldErrors } from '../../../shared/field-issues'

export interface RemedyDraft {
  remedyId: number
  dose: string
  minutes: string
  relief: Relief | null
}

export interface CheckinDraft {
  /** `HH:MM`, for a check-in on a chosen day or being edited; '' for one recorded now. */
  time: string
  pain: number | null
  spasm: boolean | null
  regions: BodyRegion[]
  context: PainContext | null
  triggerIds: number[]
  remedies: RemedyDraft[]
  redFlags: RedFlag[]
  note: string
  /**
   * What was tried last time, offered after "Same as last time": never recorded unless ticked now,
   * so one tap cannot record a medicine twice.
   */
  suggested: RemedyDraft[]
}

export const EMPTY_DRAFT: CheckinDraft = {
  time: '',
  pain: null,
  spasm: null,
  regions: [],
  context: null,
  triggerIds: [],
  remedies: [],
  redFlags: [],
  note: '',
  suggested: [],
}

export type { FieldErrors }

/** True when anything beyond the score and the note was filled in. */
export function hasDetails(d: CheckinDraft): boolean {
  return (
    d.spasm !== null ||
    d.regions.length > 0 ||
    d.context !== null ||
    d.triggerIds.length > 0 ||
    d.remedies.length > 0 ||
    d.redFlags.length > 0
  )
}

function numberText(n: number | null): string {
  return n === null ? '' : String(n)
}

export function toInput(d: CheckinDraft, at: string): CheckinInput {
  return {
    at,
    pain: d.pain ?? Number.NaN,
    spasm: d.spasm,
    regions: d.regions,
    context: d.context,
    triggerIds: d.triggerIds,
    remedies: d.remedies.map((r) => ({
      remedyId: r.remedyId,
      doseMg: readOptionalNumber(r.dose),
      minutes: readOptionalNumber(r.minutes),
      relief: r.relief,
    })),
    redFlags: d.redFlags,
    note: d.note,
  }
}

/** Friendlier words than the schema's generic ones, by the last part of the field path. */
export const CHECKIN_WORDS: Readonly<Record<string, string>> = {
  pain: `Choose a pain score ${fromTo(PAIN_MIN, PAIN_MAX)} first.`,
  doseMg: `Write the dose in mg as a number above 0 (at most ${formatWhole(MAX_DOSE_MG)}), or leave it empty.`,
  minutes: `Write the minutes as a whole number ${fromTo(0, MINUTES_PER_DAY)}, or leave it empty.`,
  note: `This note is too long: notes can be ${upTo(MAX_NOTE_LENGTH)} characters.`,
}

/** The form's fields in the order they appear: the first one at fault is named in the save bar. */
const FIELD_ORDER = ['time', 'pain', 'note']

export function firstMessage(errors: FieldErrors): string {
  const paths = Object.keys(errors)
  const first = FIELD_ORDER.find((p) => errors[p]) ?? paths[0]
  return (first && errors[first]) ?? 'Some details need another look; see the notes beside them.'
}

/** Checks the draft with the very schema and rules the main process uses. */
export function validateDraft(
  d: CheckinDraft,
  at: string,
  now: Date,
): { ok: true; input: CheckinInput } | { ok: false; errors: FieldErrors } {
  const input = toInput(d, at)
  const parsed = checkinInput.safeParse(input)
  const errors = parsed.success
    ? {}
    : fieldMessages(fieldIssues(parsed.error.issues), CHECKIN_WORDS)
  const future = errors['at'] === undefined ? futureCheckinProblem(at, now) : null
  if (future !== null) errors['at'] = future
  return Object.keys(errors).length === 0 ? { ok: true, input } : { ok: false, errors }
}

/** A remedy use as the form holds it; how much it helped is kept only for the same check-in. */
export function remedyDraftOf(use: Checkin['remedies'][number], keepRelief = false): RemedyDraft {
  return {
    remedyId: use.remedyId,
    dose: numberText(use.doseMg),
    minutes: numberText(use.minutes),
    relief: keepRelief ? use.relief : null,
  }
}

/** A stored check-in as the form holds it, to be corrected in full. */
export function draftOfCheckin(c: Checkin, time: string): CheckinDraft {
  return {
    time,
    pain: c.pain,
    spasm: c.spasm,
    regions: [...c.regions],
    context: c.context,
    triggerIds: [...c.triggerIds],
    remedies: c.remedies.map((use) => remedyDraftOf(use, true)),
    redFlags: [...c.redFlags],
    note: c.note,
    suggested: [],
  }
}

/**
 * "Same as last time": where it hurt, the spasm, when it came on and the triggers of the previous
 * check-in, where nothing is chosen yet (the score and the note are about now). What was tried
 * — medicines above all — is only offered: one tap must never record a dose again, so it counts
 * only when ticked now. Archived entries are left out: they cannot be picked.
 */
export function sameAsLastTime(
  d: CheckinDraft,
  last: Checkin,
  isActive: { trigger: (id: number) => boolean; remedy: (id: number) => boolean },
): CheckinDraft {
  return {
    ...d,
    spasm: d.spasm ?? last.spasm,
    context: d.context ?? last.context,
    regions: d.regions.length > 0 ? d.regions : [...last.regions],
    triggerIds: [
      ...d.triggerIds,
      ...last.triggerIds.filter((id) => isActive.trigger(id) && !d.triggerIds.includes(id)),
    ],
    suggested: last.remedies
      .filter((r) => isActive.remedy(r.remedyId))
      .map((use) => remedyDraftOf(use)),
  }
}

export function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item]
}
