import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  addDaysToDay,
  assertDay,
  compareDays,
  consecutiveRuns,
  consecutiveRunsReaching,
  dayFromNumber,
  dayNumber,
  daysBetween,
  eachDay,
  formatDay,
  formatDayLong,
  formatDayLongNoYear,
  formatDayNoYear,
  formatDayShort,
  formatDayShortWithWeekday,
  formatDayTitle,
  isValidDay,
  spanInWords,
  parseDay,
  weeksInWords,
} from '../../src/shared/days'

describe('isValidDay', () => {
  it.each(['2026-03-14', '2024-02-29', '2000-02-29', '1999-12-31', '0001-01-01', '9999-12-31'])(
    'accepts the real date %s',
    (day) => {
      expect(isValidDay(day)).toBe(true)
    },
  )

  it.each([
    '2026-02-29', // not a leap year
    '1900-02-29', // century, not a leap year
    '2026-02-30',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '2026-1-5',
    '2026-01-5',
    '26-01-05',
    '2026/01/05',
    '2026-01-05T00:00',
    ' 2026-01-05',
    '2026-01-05\n',
    '0000-01-01',
    '',
    'today',
  ])('rejects %j', (day) => {
    expect(isValidDay(day)).toBe(false)
  })

  it('rejects values that are not strings', () => {
    for (const value of [null, undefined, 20260105, new Date(2026, 0, 5), {}]) {
      expect(isValidDay(value)).toBe(false)
    }
  })

  it('assertDay throws a RangeError naming the value', () => {
    expect(() => assertDay('2026-02-30', 'start')).toThrow(RangeError)
    expect(() => assertDay('2026-02-30', 'start')).toThrow(/start.*"2026-02-30"/)
    expect(() => assertDay('2026-02-28')).not.toThrow()
  })
})

describe('day numbers', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0)
    expect(dayNumber('1970-01-02')).toBe(1)
    expect(dayNumber('1969-12-31')).toBe(-1)
    expect(dayNumber('2000-03-01')).toBe(11_017)
    expect(dayNumber('2026-03-14')).toBe(Date.UTC(2026, 2, 14) / 86_400_000)
  })

  it('round-trips every day from year 1 to 9999', () => {
    const first = dayNumber('0001-01-01')
    const last = dayNumber('9999-12-31')
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), (n) => {
        const day = dayFromNumber(n)
        expect(isValidDay(day)).toBe(true)
        expect(dayNumber(day)).toBe(n)
      }),
    )
  })

  it('throws a RangeError for an invalid day', () => {
    expect(() => dayNumber('2026-02-30')).toThrow(RangeError)
    expect(() => dayFromNumber(1.5)).toThrow(RangeError)
  })
})

describe('parseDay and formatDay', () => {
  it('parses to local midnight of that day', () => {
    const d = parseDay('2026-03-08')
    expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours()]).toEqual([2026, 2, 8, 0])
  })

  it('keeps years below 100 as written', () => {
    expect(parseDay('0050-06-01').getFullYear()).toBe(50)
    expect(formatDay(parseDay('0050-06-01'))).toBe('0050-06-01')
  })

  it('formats the local calendar day of a Date', () => {
    expect(formatDay(new Date(2026, 10, 1, 23, 59))).toBe('2026-11-01')
    expect(formatDay(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01')
  })

  it('round-trips through parse and format, in any time zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber('1900-01-01'), max: dayNumber('2100-12-31') }),
        (n) => {
          const day = dayFromNumber(n)
          expect(formatDay(parseDay(day))).toBe(day)
        },
      ),
    )
  })

  it('rejects invalid input', () => {
    expect(() => parseDay('2026-1-5')).toThrow(/2026-1-5/)
    expect(() => formatDay(new Date(Number.NaN))).toThrow(RangeError)
  })

  it('formatDayLong writes the day as people read it', () => {
    expect(formatDayLong('2026-03-04')).toBe('4 March 2026')
  })

  it('has one named way for each way a day is written', () => {
    expect(formatDayTitle('2026-02-14')).toBe('Saturday 14 February 2026')
    expect(formatDayShort('2026-02-14')).toBe('14 Feb 2026')
    expect(formatDayShortWithWeekday('2026-02-14')).toBe('Sat 14 Feb 2026')
    expect(formatDayNoYear('2026-02-14')).toBe('14 Feb')
    expect(formatDayLongNoYear('2026-02-14')).toBe('14 February')
    expect(() => formatDayNoYear('2026-02-30')).toThrow(RangeError)
  })
})

describe('day arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(addDaysToDay('2026-01-31', 1)).toBe('2026-02-01')
    expect(addDaysToDay('2026-02-28', 1)).toBe('2026-03-01')
    expect(addDaysToDay('2024-02-28', 1)).toBe('2024-02-29')
    expect(addDaysToDay('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDaysToDay('2026-03-01', -1)).toBe('2026-02-28')
    expect(addDaysToDay('2026-03-14', 0)).toBe('2026-03-14')
    expect(() => addDaysToDay('2026-03-14', 0.5)).toThrow(RangeError)
  })

  it('counts calendar days across daylight-saving changes as whole days', () => {
    // US springs forward on 2026-03-08, Europe on 2026-03-29; back on 2026-11-01 and 2026-10-25.
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2)
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2)
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2)
    expect(daysBetween('2026-10-31', '2026-11-02')).toBe(2)
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365)
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366)
    expect(daysBetween('2026-03-14', '2026-03-10')).toBe(-4)
    expect(addDaysToDay('2026-03-07', 2)).toBe('2026-03-09')
    expect(addDaysToDay('2026-10-24', 2)).toBe('2026-10-26')
  })

  it('daysBetween and addDaysToDay agree', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber('1950-01-01'), max: dayNumber('2090-01-01') }),
        fc.integer({ min: -5000, max: 5000 }),
        (n, k) => {
          const day = dayFromNumber(n)
          expect(daysBetween(day, addDaysToDay(day, k))).toBe(k)
        },
      ),
    )
  })

  it('eachDay lists every day, both ends included', () => {
    expect(eachDay('2026-02-27', '2026-03-02')).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ])
    expect(eachDay('2026-03-28', '2026-03-30')).toHaveLength(3)
    expect(eachDay('2026-03-14', '2026-03-14')).toEqual(['2026-03-14'])
    expect(eachDay('2026-03-14', '2026-03-13')).toEqual([])
  })

  it('compareDays orders days by date', () => {
    const days = ['2026-03-14', '2025-12-31', '2026-03-02']
    expect([...days].sort(compareDays)).toEqual(['2025-12-31', '2026-03-02', '2026-03-14'])
  })
})

describe('consecutiveRuns', () => {
  it('groups consecutive days in any order, ignoring repeats', () => {
    const runs = consecutiveRuns([
      '2026-03-02',
      '2026-02-28',
      '2026-03-01',
      '2026-03-01',
      '2026-03-05',
      '2026-03-06',
    ])
    expect(runs).toEqual([
      { start: '2026-02-28', end: '2026-03-02', days: 3 },
      { start: '2026-03-05', end: '2026-03-06', days: 2 },
    ])
  })

  it('is empty for no days', () => {
    expect(consecutiveRuns([])).toEqual([])
  })

  it('reaching a period: the runs ending in or after it, found from their ends', () => {
    const base = dayNumber('2026-01-01')
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 60 }),
        fc.integer({ min: -5, max: 65 }),
        (offsets, from) => {
          const days = offsets.map((n) => dayFromNumber(base + n))
          const fromDay = dayFromNumber(base + from)
          expect(consecutiveRunsReaching(days, fromDay)).toEqual(
            consecutiveRuns(days).filter((r) => r.end >= fromDay),
          )
        },
      ),
    )
  })
})

describe('weeksInWords', () => {
  it('says whole weeks in words and anything else in days', () => {
    expect(weeksInWords(42)).toBe('six weeks')
    expect(weeksInWords(56)).toBe('eight weeks')
    expect(weeksInWords(7)).toBe('one week')
    expect(weeksInWords(70)).toBe('10 weeks')
    expect(weeksInWords(45)).toBe('45 days')
    expect(weeksInWords(1)).toBe('1 day')
  })
})

describe('day numbers against the calendar of Date', () => {
  it('dayFromNumber agrees with a UTC Date for every day from year 1 to 9999', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber('0001-01-01'), max: dayNumber('9999-12-31') }),
        (n) => {
          expect(dayFromNumber(n)).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10))
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('rejects look-alikes character by character', () => {
    for (const bad of [
      '2026-3-14',
      '2026/03/14',
      '２026-03-14',
      '2026-03-1a',
      ' 2026-03-14',
      '0000-01-01',
    ]) {
      expect(isValidDay(bad)).toBe(false)
    }
    expect(isValidDay('2024-02-29')).toBe(true)
    expect(isValidDay('2100-02-29')).toBe(false)
  })
})

describe('a span of days in a sentence', () => {
  it('says one day once, and a longer span from its first day to its last', () => {
    expect(spanInWords('2026-02-27', '2026-02-27')).toBe('on 27 February 2026')
    expect(spanInWords('2026-02-01', '2026-02-27')).toBe('from 1 February 2026 to 27 February 2026')
  })
})
