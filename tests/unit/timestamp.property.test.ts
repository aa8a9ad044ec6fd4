/**
 * Time stamps checked to the letter (issue 13, point 1): every generated valid stamp passes the
 * contract, names the instant Date.parse names, and stays a valid FHIR R4 dateTime; every
 * generated stamp with one part out of range is refused, with a message that names the part.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dayFromNumber, dayNumber } from '../../src/shared/days'
import { fhirDateTime } from '../../src/shared/portability/fhir'
import { checkinInput, timestamp } from '../../src/shared/schemas'
import {
  compareInstants,
  instantOf,
  localDateTimeProblem,
  readTimestamp,
  timestampProblem,
} from '../../src/shared/timestamp'

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** FHIR R4's own regular expression for dateTime (hl7.org/fhir/R4/datatypes.html#dateTime). */
const FHIR_DATE_TIME =
  /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]{1,9})?)?)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)?)?)?$/

const anyDay = fc
  .integer({ min: dayNumber('0001-01-01'), max: dayNumber('9999-12-31') })
  .map(dayFromNumber)

const offset = fc.oneof(
  fc.constant('Z'),
  fc
    .tuple(
      fc.constantFrom('+', '-'),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 59 }),
    )
    .map(([sign, h, m]) => `${sign}${pad(h)}:${pad(m)}`),
  fc.constantFrom('+14:00', '-14:00'),
)

interface Parts {
  day: string
  hour: number
  minute: number
  second: number | null
  ms: string
  zone: string
}

function stamp(p: Parts): string {
  const seconds = p.second === null ? '' : `:${pad(p.second)}${p.ms}`
  return `${p.day}T${pad(p.hour)}:${pad(p.minute)}${seconds}${p.zone}`
}

const validParts: fc.Arbitrary<Parts> = fc.record({
  day: anyDay,
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
  second: fc.option(fc.integer({ min: 0, max: 59 }), { nil: null }),
  ms: fc.constantFrom('', '.5', '.25', '.999'),
  zone: offset,
})
const validStamp = validParts.map((p) => stamp({ ...p, ms: p.second === null ? '' : p.ms }))

const refused = (at: string, part: RegExp): [string, RegExp] => [at, part]

/** One part out of range, with a word its message must contain. */
const invalidStamp: fc.Arbitrary<[string, RegExp]> = fc.oneof(
  fc
    .tuple(validParts, fc.integer({ min: 24, max: 99 }))
    .map(([p, hour]) => refused(stamp({ ...p, hour }), /hour/)),
  fc
    .tuple(validParts, fc.integer({ min: 60, max: 99 }))
    .map(([p, minute]) => refused(stamp({ ...p, minute }), /minutes/)),
  fc
    .tuple(validParts, fc.integer({ min: 60, max: 99 }))
    .map(([p, second]) => refused(stamp({ ...p, second, ms: '' }), /seconds/)),
  fc
    .tuple(
      validParts,
      fc.constantFrom('+', '-'),
      fc.integer({ min: 14, max: 99 }),
      fc.integer({ min: 0, max: 59 }),
    )
    .filter(([, , h, m]) => h > 14 || m > 0)
    .map(([p, sign, h, m]) =>
      refused(stamp({ ...p, zone: `${sign}${pad(h)}:${pad(m)}` }), /offset/),
    ),
  fc
    .tuple(
      validParts,
      fc.constantFrom('+', '-'),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 60, max: 99 }),
    )
    .map(([p, sign, h, m]) =>
      refused(stamp({ ...p, zone: `${sign}${pad(h)}:${pad(m)}` }), /offset/),
    ),
  fc
    .tuple(
      validParts,
      fc.integer({ min: 1, max: 9999 }),
      fc.constantFrom([2, 30], [2, 31], [4, 31], [13, 1], [0, 10], [6, 0], [11, 32]),
    )
    .map(([p, year, [month, day]]) =>
      refused(
        stamp({ ...p, day: `${pad(year, 4)}-${pad(month)}-${pad(day)}` }),
        /not a real calendar date/,
      ),
    ),
)

describe('a check-in time stamp', () => {
  it('passes the contract when every part is in range, and names the instant Date does', () => {
    fc.assert(
      fc.property(validStamp, (at) => {
        expect(timestamp.safeParse(at).success).toBe(true)
        expect(checkinInput.parse({ at, pain: 3 }).at).toBe(at)
        expect(instantOf(at)).toBe(Date.parse(at))
      }),
      { numRuns: 2_000 },
    )
  })

  it('is read back into the very parts it was written with', () => {
    fc.assert(
      fc.property(validParts, (p) => {
        const read = readTimestamp(stamp(p))
        if (typeof read === 'string') throw new Error(read)
        expect(read.date).toBe(p.day)
        expect([read.hour, read.minute, read.second]).toEqual([p.hour, p.minute, p.second ?? 0])
      }),
    )
  })

  it('stays a valid FHIR R4 dateTime in the export', () => {
    fc.assert(
      fc.property(validStamp, (at) => {
        expect(fhirDateTime(at)).toMatch(FHIR_DATE_TIME)
      }),
      { numRuns: 2_000 },
    )
  })

  it('is refused with one part out of range, the message naming that part and the field', () => {
    fc.assert(
      fc.property(invalidStamp, ([at, part]) => {
        expect(timestampProblem(at)).toMatch(part)
        const parsed = checkinInput.safeParse({ at, pain: 3 })
        expect(parsed.success).toBe(false)
        const issue = parsed.error?.issues[0]
        expect(issue?.path).toEqual(['at'])
        expect(issue?.message).toMatch(part)
      }),
      { numRuns: 2_000 },
    )
  })

  it('is refused for the examples that once slipped through', () => {
    for (const at of [
      '2026-11-25T10:00:99+01:00',
      '2026-11-25T10:00:00+99:99',
      '2026-11-25T10:00:00+24:00',
      '2026-11-25T10:00:00+01:60',
      '2026-11-25T10:00:00+14:01',
      '2026-11-25T10:00:60Z',
      '2026-11-25T10:00:00',
      '2026-11-25 10:00:00+01:00',
    ]) {
      expect(timestamp.safeParse(at).success, at).toBe(false)
    }
  })

  it('orders by the instant, not the clock text, in the hour the clocks go back', () => {
    // New York, 1 November 2026: 01:45 EDT comes half an hour before 01:15 EST.
    const edt = '2026-11-01T01:45:00-04:00'
    const est = '2026-11-01T01:15:00-05:00'
    expect(compareInstants(edt, est)).toBeLessThan(0)
    expect([est, edt].sort(compareInstants)).toEqual([edt, est])
  })
})

describe('a backup time (local, without offset)', () => {
  it('accepts the names backups get and refuses impossible parts', () => {
    expect(localDateTimeProblem('2026-11-25T08:30:00')).toBeNull()
    expect(localDateTimeProblem('2026-11-25T24:30:00')).toMatch(/hour/)
    expect(localDateTimeProblem('2026-02-30T08:30:00')).toMatch(/calendar date/)
    expect(localDateTimeProblem('2026-11-25T08:30:00+01:00')).not.toBeNull()
  })
})
