import { describe, expect, it } from 'vitest'
import {
  dailySeries,
  painPoints,
  resolutionFor,
  summariseDays,
  weeklyPoints,
} from '../../src/shared/stats'
import { weekdayOf, weekStartOf } from '../../src/shared/days'
import { ci } from './stats-helpers'

describe('weeks', () => {
  it('start on Monday, also across a year end', () => {
    expect(weekdayOf('2026-03-02')).toBe(0) // a Monday
    expect(weekdayOf('2026-03-01')).toBe(6) // a Sunday
    expect(weekStartOf('2026-01-01')).toBe('2025-12-29')
    expect(weekStartOf('2026-01-04')).toBe('2025-12-29')
    expect(weekStartOf('2026-01-05')).toBe('2026-01-05')
    expect(weekStartOf('1969-12-31')).toBe('1969-12-29')
  })
})

describe('weeklyPoints', () => {
  it('keeps the days of a week that spans New Year together', () => {
    const days = summariseDays([
      ci('2025-12-28', 9), // Sunday: the week before
      ci('2025-12-30', 2),
      ci('2025-12-31', 4),
      ci('2025-12-31', 2),
      ci('2026-01-02', 6),
      ci('2026-01-05', 1), // Monday: the next week
    ])
    const weeks = weeklyPoints(dailySeries(days, '2025-12-28', '2026-01-05'))
    expect(weeks).toEqual([
      {
        start: '2025-12-28',
        end: '2025-12-28',
        loggedDays: 1,
        worst: 9,
        average: 9,
        mean: 9,
      },
      {
        start: '2025-12-29',
        end: '2026-01-04',
        loggedDays: 3,
        worst: 6,
        average: (2 + 3 + 6) / 3,
        mean: (2 + 4 + 6) / 3,
      },
      { start: '2026-01-05', end: '2026-01-05', loggedDays: 1, worst: 1, average: 1, mean: 1 },
    ])
  })

  it('leaves a week without logged days empty', () => {
    const weeks = weeklyPoints(dailySeries([], '2026-01-05', '2026-01-11'))
    expect(weeks).toEqual([
      {
        start: '2026-01-05',
        end: '2026-01-11',
        loggedDays: 0,
        worst: null,
        average: null,
        mean: null,
      },
    ])
  })
})

describe('resolution', () => {
  it('draws up to a year day by day and longer ranges week by week', () => {
    expect(resolutionFor('2025-03-01', '2026-03-01')).toBe('day') // 366 days
    expect(resolutionFor('2025-02-28', '2026-03-01')).toBe('week')
    const tenYears = dailySeries([], '2016-03-01', '2026-03-01')
    const { resolution, points } = painPoints(tenYears)
    expect(resolution).toBe('week')
    expect(points.length).toBeLessThanOrEqual(523)
  })
})
