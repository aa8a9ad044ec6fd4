import { describe, expect, it } from 'vitest'
import {
  dayRecordPeriods,
  meanPainBetween,
  periodUnitFor,
  periodsOf,
  spreadAndSpasms,
} from '../../src/shared/stats'
import { cssString } from '../../src/main/report/report-css'

describe('the report’s periods', () => {
  it('goes by week up to 14 weeks, by month up to 13 months, by quarter beyond', () => {
    expect(periodUnitFor('2025-12-02', '2026-03-01')).toBe('week')
    expect(periodUnitFor('2025-11-01', '2026-03-01')).toBe('month')
    expect(periodUnitFor('2024-03-01', '2026-03-01')).toBe('quarter')
  })

  it('cuts Monday weeks, months and quarters, the first and last clipped to the range', () => {
    expect(periodsOf('2025-12-02', '2025-12-16', 'week')).toEqual([
      { start: '2025-12-02', end: '2025-12-07' },
      { start: '2025-12-08', end: '2025-12-14' },
      { start: '2025-12-15', end: '2025-12-16' },
    ])
    expect(periodsOf('2025-11-20', '2026-01-05', 'month')).toEqual([
      { start: '2025-11-20', end: '2025-11-30' },
      { start: '2025-12-01', end: '2025-12-31' },
      { start: '2026-01-01', end: '2026-01-05' },
    ])
    expect(periodsOf('2025-02-15', '2025-10-01', 'quarter')).toEqual([
      { start: '2025-02-15', end: '2025-03-31' },
      { start: '2025-04-01', end: '2025-06-30' },
      { start: '2025-07-01', end: '2025-09-30' },
      { start: '2025-10-01', end: '2025-10-01' },
    ])
  })

  it('means each day-record item over the days it was recorded, gaps as null', () => {
    const record = (day: string, sleep: number | null, walked: number | null) => ({
      day,
      sleepQuality: sleep,
      enjoymentInterference: null,
      activityInterference: 4,
      minutesWalked: walked,
    })
    const { unit, rows } = dayRecordPeriods(
      [record('2026-02-02', 6, 20), record('2026-02-03', null, 40), record('2026-02-10', 3, null)],
      '2026-02-02',
      '2026-02-15',
    )
    expect(unit).toBe('week')
    expect(rows).toEqual([
      {
        start: '2026-02-02',
        end: '2026-02-08',
        days: 2,
        sleep: 6,
        enjoyment: null,
        activity: 4,
        minutesWalked: 30,
      },
      {
        start: '2026-02-09',
        end: '2026-02-15',
        days: 1,
        sleep: 3,
        enjoyment: null,
        activity: 4,
        minutesWalked: null,
      },
    ])
  })

  it('counts days, not check-ins, for spread to the leg and spasms', () => {
    expect(
      spreadAndSpasms([
        { day: '2026-02-01', regions: ['buttock-leg-left'], spasm: true },
        { day: '2026-02-01', regions: ['buttock-leg-right'], spasm: true },
        { day: '2026-02-02', regions: ['lower-back-centre'], spasm: false },
        { day: '2026-02-03', regions: [], spasm: null },
      ]),
    ).toEqual({ loggedDays: 3, spreadDays: 1, spasmDays: 1 })
  })

  it('means the pain of the check-ins in a stretch of days', () => {
    const checkins = [
      { day: '2026-02-01', pain: 2 },
      { day: '2026-02-07', pain: 4 },
      { day: '2026-02-07', pain: 8 },
    ]
    expect(meanPainBetween(checkins, '2026-02-02', '2026-02-08')).toBe(6)
    expect(meanPainBetween(checkins, '2026-03-01', '2026-03-07')).toBeNull()
  })
})

describe('the report’s running line', () => {
  it('escapes every character but letters and digits in the CSS string', () => {
    expect(cssString('Ana Müller')).toBe('"Ana\\000020M\\0000fcller"')
    // Between the quotes only letters, digits and escapes: nothing can end the string or sheet.
    expect(cssString('"}</style><script>').slice(1, -1)).toMatch(/^[A-Za-z0-9\\]*$/)
    expect(cssString('x"y')).toBe('"x\\000022y"')
  })
})
