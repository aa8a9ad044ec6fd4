import { describe, expect, it } from 'vitest'
import {
  formatClock,
  formatDecimal,
  formatHour,
  formatLocalDateTime,
  formatMg,
  formatMinutes,
  formatStampClock,
  formatWhole,
  usesTwelveHourClock,
} from '../../src/shared/locale-format'
import { oneDecimal, signedOneDecimal, wholeNumber } from '../../src/shared/stats'

describe('times follow the locale’s clock', () => {
  it('is a 12-hour clock with AM/PM in the United States', () => {
    expect(usesTwelveHourClock('en-US')).toBe(true)
    expect(formatClock('14:05', 'en-US')).toBe('2:05 PM')
    expect(formatClock('00:30', 'en-US')).toBe('12:30 AM')
    expect(formatStampClock('2026-02-14T09:05:00+01:00', 'en-US')).toBe('9:05 AM')
  })

  it('is a 24-hour clock in Britain and Germany', () => {
    expect(usesTwelveHourClock('en-GB')).toBe(false)
    expect(formatClock('14:05', 'en-GB')).toBe('14:05')
    expect(formatClock('00:30', 'de-DE')).toBe('00:30')
    expect(formatStampClock('2026-02-14T09:05:00+01:00', 'en-GB')).toBe('09:05')
  })

  it('reads a check-in’s time as written, whatever the computer’s time zone', () => {
    // The stamp's own wall-clock time: not converted to the zone the tests run in.
    expect(formatStampClock('2026-07-01T23:59:00-07:00', 'en-GB')).toBe('23:59')
  })

  it('reads a Date in local time', () => {
    expect(formatClock(new Date(2026, 2, 1, 20, 0), 'en-US')).toBe('8:00 PM')
  })

  it('refuses something that is not a time of day, naming it', () => {
    expect(() => formatClock('8pm', 'en-GB')).toThrow(/"8pm"/)
  })
})

describe('numbers carry the locale’s separators', () => {
  it('groups thousands: never "100000 mg"', () => {
    expect(formatMg(100000, 'en-US')).toBe('100,000 mg')
    expect(formatMg(1200, 'en-GB')).toBe('1,200 mg')
    expect(formatMg(1200, 'de-DE')).toBe('1.200 mg')
    expect(formatWhole(4000, 'en-US')).toBe('4,000')
  })

  it('keeps a decimal only where a dose has one', () => {
    expect(formatMg(27.5, 'en-US')).toBe('27.5 mg')
    expect(formatMg(27.5, 'de-DE')).toBe('27,5 mg')
    expect(formatMg(200, 'en-US')).toBe('200 mg')
  })

  it('writes minutes and decimals the locale’s way', () => {
    expect(formatMinutes(1500, 'en-US')).toBe('1,500 min')
    expect(formatDecimal(0.4, 1, 'de-DE')).toBe('0,4')
    expect(formatDecimal(3, 1, 'en-GB')).toBe('3.0')
    expect(formatWhole(-0.2, 'en-US')).toBe('0')
  })

  it('is what the statistics print, so takeaways, tables and the report agree', () => {
    expect(wholeNumber(1200)).toBe(formatWhole(1200))
    expect(oneDecimal(1.25)).toBe(formatDecimal(1.3, 1))
    expect(oneDecimal(-0.04)).toBe(formatDecimal(0, 1))
    expect(signedOneDecimal(0.04)).toBe(formatDecimal(0, 1))
    expect(signedOneDecimal(1.23)).toBe(`+${formatDecimal(1.2, 1)}`)
    expect(signedOneDecimal(-0.8)).toBe(formatDecimal(-0.8, 1))
  })
})

describe('whole hours and local date-times', () => {
  it('writes an hour on the locale clock, as formatClock writes its time', () => {
    expect(formatHour(4, 'en-US')).toBe('4:00 AM')
    expect(formatHour(0, 'en-US')).toBe('12:00 AM')
    expect(formatHour(4, 'en-GB')).toBe('04:00')
    expect(formatHour(12, 'en-GB')).toBe(formatClock('12:00', 'en-GB'))
    expect(() => formatHour(24)).toThrow(RangeError)
  })

  it('writes a backup time as a sentence says it, never as the raw text', () => {
    expect(formatLocalDateTime('2026-02-14T14:30:05', 'en-US')).toBe(
      'Saturday 14 February 2026 at 2:30 PM',
    )
    expect(formatLocalDateTime('2026-02-14T14:30:05', 'en-GB')).toBe(
      'Saturday 14 February 2026 at 14:30',
    )
    expect(() => formatLocalDateTime('2026-02-14 14:30')).toThrow(RangeError)
  })
})
