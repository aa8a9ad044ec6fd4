/**
 * Check-in time stamps: local wall time with its UTC offset, `2026-11-25T08:30:00+01:00`
 * (RFC 3339, and what FHIR R4's dateTime accepts). One reader checks every part to the letter —
 * a real calendar day, hours 00–23, minutes and seconds 00–59, an offset within ±14:00 whose
 * minutes are 00–59 — and says in words which part is wrong. The instant a stamp names is what
 * orders check-ins: clock text repeats in the hour the clocks go back, the instant never does.
 */
import { dayNumber, isValidDay, MINUTES_PER_DAY } from './days'

/** The shape alone (the zone optional here: local date-times have none); the ranges come after. */
const SHAPE =
  /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|([+-])(\d{2}):(\d{2}))?$/

/** The widest UTC offsets in use (Kiribati +14:00, Baker Island −12:00): ±14:00 as in FHIR. */
export const MAX_OFFSET_MINUTES = 14 * 60

export const TIMESTAMP_EXAMPLE = '2026-11-25T08:30:00+01:00'

/** A wall-clock time of day, `HH:mm` (reminders, the time field of a check-in). */
export const CLOCK_TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/

export interface TimestampParts {
  /** The calendar date of the wall time, `YYYY-MM-DD`. */
  date: string
  hour: number
  minute: number
  second: number
  millisecond: number
  /** Minutes east of UTC: +60 for `+01:00`. */
  offsetMinutes: number
}

function read(value: unknown, zone: 'required' | 'none'): TimestampParts | string {
  const example = zone === 'required' ? TIMESTAMP_EXAMPLE : '2026-11-25T08:30:00'
  const what = zone === 'required' ? 'a date and time with its UTC offset' : 'a date and time'
  if (typeof value !== 'string') return `Must be ${what}, like ${example}`
  const m = SHAPE.exec(value)
  if (!m || (m[6] === undefined) !== (zone === 'none')) {
    return `"${value.slice(0, 40)}" is not ${what}, like ${example}`
  }
  const [, date = '', hh = '', mm = '', ss = '00', ms = '0', offset, sign, oh = '0', om = '0'] = m
  if (!isValidDay(date)) return `${value.slice(0, 10)} is not a real calendar date`
  const hour = Number(hh)
  const minute = Number(mm)
  const second = Number(ss)
  if (hour > 23) return `The hour ${hh} is not from 00 to 23`
  if (minute > 59) return `The minutes ${mm} are not from 00 to 59`
  if (second > 59) return `The seconds ${ss} are not from 00 to 59`
  let offsetMinutes = 0
  if (offset !== undefined && offset !== 'Z') {
    if (Number(om) > 59) return `The UTC offset ${offset} has minutes ${om}, not from 00 to 59`
    offsetMinutes = (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om))
    if (Math.abs(offsetMinutes) > MAX_OFFSET_MINUTES) {
      return `The UTC offset ${offset} is not between -14:00 and +14:00`
    }
  }
  return { date, hour, minute, second, millisecond: Number(ms.padEnd(3, '0')), offsetMinutes }
}

/** The parts of a stamp, or a sentence saying which part is wrong. */
export function readTimestamp(value: unknown): TimestampParts | string {
  return read(value, 'required')
}

/** Null for a valid local date-time without offset (`2026-11-25T08:30:00`: backup times). */
export function localDateTimeProblem(value: unknown): string | null {
  const parts = read(value, 'none')
  return typeof parts === 'string' ? parts : null
}

/** Null for a valid stamp; otherwise what is wrong with it. */
export function timestampProblem(value: unknown): string | null {
  const read = readTimestamp(value)
  return typeof read === 'string' ? read : null
}

export function isValidTimestamp(value: unknown): value is string {
  return typeof readTimestamp(value) !== 'string'
}

/** The parts of a valid stamp; a RangeError naming what is wrong otherwise. */
export function timestampParts(at: string): TimestampParts {
  const read = readTimestamp(at)
  if (typeof read === 'string') throw new RangeError(`Invalid time stamp: ${read}`)
  return read
}

/**
 * The wall-clock time of a valid stamp, `HH:mm`, as written: the value of a time field and the
 * time an edit compares with. What a person reads goes through locale-format.ts formatStampClock.
 */
export function clockTimeOf(at: string): string {
  return at.slice(11, 16)
}

/** Milliseconds since 1970-01-01T00:00Z of the moment a stamp names. Integer arithmetic only. */
export function instantOf(at: string): number {
  const p = timestampParts(at)
  const minutes = dayNumber(p.date) * MINUTES_PER_DAY + p.hour * 60 + p.minute - p.offsetMinutes
  return (minutes * 60 + p.second) * 1000 + p.millisecond
}

/** Earlier instant first; the order of the moments, whatever their offsets. */
export function compareInstants(a: string, b: string): number {
  return instantOf(a) - instantOf(b)
}
