import { describe, expect, it } from 'vitest'
import {
  addMonths,
  formatMonthName,
  formatMonthNarrow,
  formatMonthShort,
  formatMonthTitle,
  daysOfMonth,
  isValidMonth,
  lastDayOfMonth,
  monthWeeks,
  quarterName,
  quarterStart,
  sameDayInMonth,
} from '../../src/shared/months'
import { dayOfMonth, weekdayOf } from '../../src/shared/days'

describe('months for the History calendar', () => {
  it('accepts only YYYY-MM', () => {
    expect(isValidMonth('2026-03')).toBe(true)
    for (const bad of ['2026-3', '2026-13', '2026-00', '2026-03-01', '', 202603, null]) {
      expect(isValidMonth(bad)).toBe(false)
    }
  })

  it('steps across years both ways', () => {
    expect(addMonths('2026-01', -1)).toBe('2025-12')
    expect(addMonths('2025-12', 1)).toBe('2026-01')
    expect(addMonths('2026-03', -27)).toBe('2023-12')
    expect(addMonths('2026-03', 0)).toBe('2026-03')
  })

  it('knows the length of each month, leap years included', () => {
    expect(lastDayOfMonth('2026-02')).toBe('2026-02-28')
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29')
    expect(lastDayOfMonth('1900-02')).toBe('1900-02-28')
    expect(lastDayOfMonth('2000-02')).toBe('2000-02-29')
    expect(daysOfMonth('2026-04')).toHaveLength(30)
    expect(daysOfMonth('2026-12').at(-1)).toBe('2026-12-31')
  })

  it('finds the quarter of a month and names it', () => {
    expect(['2026-01', '2026-02', '2026-03'].map(quarterStart)).toEqual(Array(3).fill('2026-01'))
    expect(quarterStart('2026-12')).toBe('2026-10')
    expect(quarterName('2026-05')).toBe('Q2 2026')
    expect(quarterName('0999-12')).toBe('Q4 0999')
    expect(dayOfMonth('2026-03-09')).toBe(9)
    expect(() => dayOfMonth('2026-02-30')).toThrow(RangeError)
  })

  it('lays a month out in Monday-first weeks of seven', () => {
    expect(weekdayOf('2026-03-02')).toBe(0) // a Monday
    expect(weekdayOf('2026-03-01')).toBe(6) // a Sunday
    const weeks = monthWeeks('2026-03')
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-03-01'])
    expect(weeks.every((w) => w.length === 7)).toBe(true)
    expect(weeks.flat().filter(Boolean)).toEqual(daysOfMonth('2026-03'))
    // February 2021 starts on a Monday and fills exactly four weeks.
    expect(monthWeeks('2021-02')).toHaveLength(4)
  })

  it('keeps the day of the month when paging, clamped to the month’s end', () => {
    expect(sameDayInMonth('2026-01-31', 1)).toBe('2026-02-28')
    expect(sameDayInMonth('2024-03-31', -1)).toBe('2024-02-29')
    expect(sameDayInMonth('2026-03-14', -1)).toBe('2026-02-14')
    expect(sameDayInMonth('2026-03-14', 12)).toBe('2027-03-14')
  })
})

describe('how a month is written', () => {
  it('has one named way for each', () => {
    expect(formatMonthTitle('2026-02')).toBe('February 2026')
    expect(formatMonthShort('2026-02')).toBe('Feb 2026')
    expect(formatMonthNarrow('2026-02')).toBe('Feb 26')
    expect(formatMonthName('2026-02')).toBe('Feb')
    expect(() => formatMonthTitle('2026-13')).toThrow(RangeError)
  })
})
