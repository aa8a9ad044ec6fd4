/**
 * What the one check-in form is for: a check-in now (Today), a new one on a chosen day
 * (History), or a stored one corrected in full (from Today's list and from History). Each mode
 * has its own words, its own remembered draft, and its own way to a time stamp.
 */
import type { Checkin } from '../../../shared/domain'
import { journalDayOf, toLocalTimestamp } from '../../../shared/journal-day'
import { CLOCK_TIME_PATTERN } from '../../../shared/timestamp'
import { EMPTY_DRAFT, draftOfCheckin, type CheckinDraft } from './checkin-draft'
import { formatStampClock } from '../../../shared/locale-format'
import { clockTimeOf } from '../../../shared/timestamp'
import { atForDayAndTime } from './checkin-time'

export type CheckinFormMode =
  | { kind: 'now' }
  | { kind: 'day'; day: string; defaultTime: string }
  | { kind: 'edit'; checkin: Checkin }

/** The form's accessible name, and its heading when it has one. */
export function formLabel(mode: CheckinFormMode): string {
  if (mode.kind === 'now') return 'New check-in'
  if (mode.kind === 'day') return 'New check-in for this day'
  return `Edit the check-in at ${formatStampClock(mode.checkin.at)}`
}

/** Where a half-filled draft is remembered while the person looks elsewhere. */
export function draftKey(databasePath: string, mode: CheckinFormMode): string {
  if (mode.kind === 'now') return `${databasePath}#checkin`
  if (mode.kind === 'day') return `${databasePath}#checkin#day#${mode.day}`
  return `${databasePath}#checkin#edit#${mode.checkin.id}`
}

export function initialDraft(mode: CheckinFormMode): CheckinDraft {
  if (mode.kind === 'now') return EMPTY_DRAFT
  if (mode.kind === 'day') return { ...EMPTY_DRAFT, time: mode.defaultTime }
  return draftOfCheckin(mode.checkin, clockTimeOf(mode.checkin.at))
}

export const TIME_MESSAGE = 'Enter a time, like 09:30.'
export const SKIPPED_TIME_MESSAGE =
  'The clocks went forward over this time on that day, so it never happened: enter a time just after the change.'

/** Why the draft's time gives no stamp (stampOf returned null). */
export function timeMessage(draft: CheckinDraft): string {
  return CLOCK_TIME_PATTERN.test(draft.time) ? SKIPPED_TIME_MESSAGE : TIME_MESSAGE
}

/**
 * The stamp the draft stands for, or null when its time is not a time of day, or one the clocks
 * skipped on that day (timeMessage says which). An edit whose time is unchanged keeps the stamp
 * exactly as recorded, with its original offset.
 */
export function stampOf(
  mode: CheckinFormMode,
  draft: CheckinDraft,
  now: Date,
  dayStartHour: number,
): string | null {
  if (mode.kind === 'now') return toLocalTimestamp(now)
  if (!CLOCK_TIME_PATTERN.test(draft.time)) return null
  if (mode.kind === 'edit' && draft.time === clockTimeOf(mode.checkin.at)) return mode.checkin.at
  // An edit stays on the check-in's journal day as the day-start hour now has it: the day it
  // was stored with may come from another hour, and with this one would move it by a day.
  const day = mode.kind === 'day' ? mode.day : journalDayOf(mode.checkin.at, dayStartHour)
  return atForDayAndTime(day, draft.time, dayStartHour)
}
