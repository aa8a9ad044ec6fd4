import { describe, expect, it } from 'vitest'
import {
  journalDayAt,
  journalDayOf,
  nextJournalDayStart,
  toLocalDateTime,
  toLocalTimestamp,
} from '../../src/shared/journal-day'

describe('the journal day of a check-in', () => {
  it('is the calendar day from the day-start hour on', () => {
    expect(journalDayOf('2026-11-25T04:00:00+01:00', 4)).toBe('2026-11-25')
    expect(journalDayOf('2026-11-25T23:59:00-08:00', 4)).toBe('2026-11-25')
  })

  it('is the previous day before the day-start hour', () => {
    expect(journalDayOf('2026-11-25T01:30:00+01:00', 4)).toBe('2026-11-24')
    expect(journalDayOf('2026-11-25T03:59:59Z', 4)).toBe('2026-11-24')
  })

  it('crosses months, years and leap days', () => {
    expect(journalDayOf('2026-01-01T02:00:00+00:00', 4)).toBe('2025-12-31')
    expect(journalDayOf('2028-03-01T00:10:00+00:00', 4)).toBe('2028-02-29')
  })

  it('with a day-start hour of 0 is the calendar day', () => {
    expect(journalDayOf('2026-11-25T00:00:00+00:00', 0)).toBe('2026-11-25')
  })

  it('rejects a stamp without an offset', () => {
    expect(() => journalDayOf('2026-11-25T08:00:00', 4)).toThrow(RangeError)
  })

  it('formats local time stamps with their offset', () => {
    expect(toLocalTimestamp(new Date(2026, 10, 25, 8, 5, 9))).toMatch(
      /^2026-11-25T08:05:09([+-]\d{2}:\d{2}|Z)$/,
    )
  })
})

describe('nextJournalDayStart', () => {
  it('is the coming day-start hour, today or tomorrow', () => {
    expect(toLocalDateTime(nextJournalDayStart(new Date(2026, 2, 1, 3, 58), 4))).toBe(
      '2026-03-01T04:00:00',
    )
    expect(toLocalDateTime(nextJournalDayStart(new Date(2026, 2, 1, 4, 0), 4))).toBe(
      '2026-03-02T04:00:00',
    )
    expect(toLocalDateTime(nextJournalDayStart(new Date(2026, 11, 31, 23, 0), 0))).toBe(
      '2027-01-01T00:00:00',
    )
  })

  it('is the moment the journal day changes, every day of a year, in every zone the tests run under', () => {
    // Whatever hour the clocks change at where the tests run: 02:00 in much of Europe and North
    // America, 02:45 to 03:45 in Chatham (npm run test:unit:tz runs all three).
    for (let d = new Date(2026, 0, 1); d.getFullYear() === 2026; d.setDate(d.getDate() + 1)) {
      for (const hour of [0, 1, 2, 3, 4]) {
        for (const now of [new Date(d.getTime() + 12 * 3_600_000), new Date(d)]) {
          const next = nextJournalDayStart(now, hour)
          expect(journalDayAt(new Date(next.getTime() - 1), hour)).toBe(journalDayAt(now, hour))
          expect(journalDayAt(next, hour)).not.toBe(journalDayAt(now, hour))
        }
      }
    }
  })
})
