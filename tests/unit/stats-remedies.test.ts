import { describe, expect, it } from 'vitest'
import {
  medicineDailyTotals,
  medicineSummaries,
  medicineWeeklyPeaks,
  nextDayChanges,
  overLimitDays,
  remedyStats,
  summariseDays,
} from '../../src/shared/stats'
import { ci, use } from './stats-helpers'

describe('remedyStats', () => {
  it('counts uses and averages the ratings given', () => {
    const checkins = [
      ci('2026-01-01', 5, { remedies: [use('heat', 2), use('ice', 0)] }),
      ci('2026-01-01', 4, { remedies: [use('heat', 1)] }),
      ci('2026-01-02', 4, { remedies: [use('heat', null)] }),
    ]
    const stats = remedyStats(checkins, summariseDays(checkins))
    expect(stats.map((s) => [s.key, s.uses, s.daysUsed, s.rated, s.meanRelief])).toEqual([
      ['heat', 3, 2, 2, 1.5],
      ['ice', 1, 1, 1, 0],
    ])
  })

  it('compares the change to the next day after days with and without a remedy', () => {
    // Worst by day: 1st 6 (stretching), 2nd 4 (stretching), 3rd 3 (stretching), 4th 3,
    // 5th 5, 6th 6, 8th 2 (stretching; the 9th is not logged), 9th missing, 10th 4.
    const checkins = [
      ci('2026-01-01', 6, { remedies: [use('stretching')] }),
      ci('2026-01-02', 4, { remedies: [use('stretching')] }),
      ci('2026-01-03', 3, { remedies: [use('stretching')] }),
      ci('2026-01-04', 3),
      ci('2026-01-05', 5),
      ci('2026-01-06', 6),
      ci('2026-01-08', 2, { remedies: [use('stretching')] }),
      ci('2026-01-10', 4),
    ]
    const days = summariseDays(checkins)
    // Pairs with a logged next day: 1→2 (-2), 2→3 (-1), 3→4 (0), 4→5 (+2), 5→6 (+1).
    expect(nextDayChanges(days).map((c) => [c.day.day, c.change])).toEqual([
      ['2026-01-01', -2],
      ['2026-01-02', -1],
      ['2026-01-03', 0],
      ['2026-01-04', 2],
      ['2026-01-05', 1],
    ])
    const [stretching] = remedyStats(checkins, days, [], 2)
    expect(stretching?.nextDay).toEqual({
      daysWith: 3,
      daysWithout: 2,
      meanWith: -1,
      meanWithout: 1.5,
      difference: -2.5,
      enough: true,
    })
    // With the usual minimum of 3 a side, two days without are too few.
    expect(remedyStats(checkins, days)[0]?.nextDay.difference).toBeNull()
  })

  it('counts the next day across a month end', () => {
    const days = summariseDays([ci('2026-01-31', 6), ci('2026-02-01', 2)])
    expect(nextDayChanges(days)).toHaveLength(1)
    expect(nextDayChanges(days)[0]?.change).toBe(-4)
  })
})

describe('medicine totals', () => {
  const checkins = [
    ci('2026-01-01', 5, { remedies: [use('ibuprofen', 1, 400), use('heat', 1)] }),
    ci('2026-01-01', 6, { remedies: [use('ibuprofen', 1, 400), use('ibuprofen', null, 600)] }),
    ci('2026-01-02', 4, { remedies: [use('naproxen', 1, 220), use('ibuprofen', 0, null)] }),
    ci('2026-01-06', 3, { remedies: [use('ibuprofen', 1, 200)] }),
  ]

  it('adds up each day and counts days over the limit', () => {
    const daily = medicineDailyTotals(checkins, ['ibuprofen', 'naproxen'])
    expect(daily).toEqual([
      { start: '2026-01-01', end: '2026-01-01', totals: { ibuprofen: 1400 } },
      { start: '2026-01-02', end: '2026-01-02', totals: { naproxen: 220 } },
      { start: '2026-01-06', end: '2026-01-06', totals: { ibuprofen: 200 } },
    ])
    expect(medicineSummaries(daily, { ibuprofen: 1200 })).toEqual([
      {
        key: 'ibuprofen',
        daysTaken: 2,
        totalMg: 1600,
        highestDayMg: 1400,
        daysOverLimit: 1,
        limitMg: 1200,
      },
      {
        key: 'naproxen',
        daysTaken: 1,
        totalMg: 220,
        highestDayMg: 220,
        daysOverLimit: 0,
        limitMg: null,
      },
    ])
  })

  it('a day at exactly the limit is not over it: doses add up as written, not as binary fractions', () => {
    const doses = [1.1, 1.1, 1.1].map((mg) =>
      ci('2026-01-01', 5, { remedies: [use('bup', 1, mg)] }),
    )
    const daily = medicineDailyTotals(doses, ['bup'])
    expect(daily[0]?.totals).toEqual({ bup: 3.3 })
    expect(overLimitDays(daily, { bup: 3.3 })).toEqual([])
    expect(medicineSummaries(daily, { bup: 3.3 })[0]).toMatchObject({
      totalMg: 3.3,
      daysOverLimit: 0,
    })
    // Tiny doses keep their size.
    const tiny = medicineDailyTotals(
      [ci('2026-01-01', 5, { remedies: [use('x', 1, 1e-7), use('x', 1, 2e-7)] })],
      ['x'],
    )
    expect(tiny[0]?.totals).toEqual({ x: 3e-7 })
  })

  it('shows the highest day of each week for long ranges', () => {
    const weekly = medicineWeeklyPeaks(medicineDailyTotals(checkins, ['ibuprofen', 'naproxen']))
    expect(weekly).toEqual([
      {
        start: '2025-12-29',
        end: '2026-01-04',
        totals: { ibuprofen: 1400, naproxen: 220 },
      },
      { start: '2026-01-05', end: '2026-01-11', totals: { ibuprofen: 200 } },
    ])
  })
})
