import { describe, expect, it } from 'vitest'
import {
  episodesInRange,
  episodeTrend,
  painByContext,
  painByRegion,
  painByWeekday,
  summariseDays,
} from '../../src/shared/stats'
import type { Episode } from '../../src/shared/episodes'
import { ci } from './stats-helpers'

describe('patterns', () => {
  it('averages check-in pain by context, in the fixed order', () => {
    const rows = painByContext([
      ci('2026-01-01', 6, { context: 'waking' }),
      ci('2026-01-02', 4, { context: 'waking' }),
      ci('2026-01-02', 2, { context: 'sitting' }),
      ci('2026-01-03', 9),
    ])
    expect(rows.map((r) => [r.context, r.checkins, r.meanPain])).toEqual([
      ['waking', 2, 5],
      ['sitting', 1, 2],
      ['standing', 0, null],
      ['activity', 0, null],
      ['lying', 0, null],
    ])
  })

  it('averages the daily worst by weekday, Monday first', () => {
    const days = summariseDays([
      ci('2026-03-02', 4), // Monday
      ci('2026-03-09', 6), // Monday
      ci('2026-03-01', 1), // Sunday
    ])
    const rows = painByWeekday(days)
    expect(rows[0]).toEqual({ weekday: 0, name: 'Monday', days: 2, meanWorst: 5 })
    expect(rows[6]).toEqual({ weekday: 6, name: 'Sunday', days: 1, meanWorst: 1 })
    expect(rows[3]?.meanWorst).toBeNull()
  })

  it('counts the days each region was named', () => {
    const rows = painByRegion(
      [
        ci('2026-01-01', 5, { regions: ['lower-back-left', 'buttock-leg-left'] }),
        ci('2026-01-01', 4, { regions: ['lower-back-left'] }),
        ci('2026-01-02', 3, { regions: ['lower-back-left'] }),
      ],
      4,
    )
    const left = rows.find((r) => r.region === 'lower-back-left')
    expect(left).toEqual({ region: 'lower-back-left', days: 2, checkins: 3, share: 0.5 })
    expect(rows.find((r) => r.region === 'upper-back')?.days).toBe(0)
  })
})

const ep = (start: string, end: string, durationDays: number, peak: number): Episode => ({
  start,
  end,
  painDays: durationDays,
  peak,
  status: 'ended',
  durationDays,
  level: 'none',
})

describe('episodes over time', () => {
  const all = [
    ep('2024-01-01', '2024-01-20', 20, 8),
    ep('2024-04-01', '2024-04-10', 10, 7),
    ep('2024-07-01', '2024-07-08', 8, 6),
    ep('2024-10-01', '2024-10-06', 6, 5),
    ep('2025-01-01', '2025-01-04', 4, 4),
  ]

  it('keeps the episodes that overlap the range', () => {
    expect(episodesInRange(all, '2024-01-15', '2024-07-01').map((e) => e.start)).toEqual([
      '2024-01-01',
      '2024-04-01',
      '2024-07-01',
    ])
  })

  it('compares the earlier half with the later half, leaving the middle one out', () => {
    expect(episodeTrend(episodesInRange(all, '2000-01-01', '2030-01-01'))).toEqual({
      earlier: 2,
      later: 2,
      earlierDuration: 15,
      laterDuration: 5,
      earlierPeak: 7.5,
      laterPeak: 4.5,
    })
    expect(episodeTrend(episodesInRange(all.slice(0, 3), '2000-01-01', '2030-01-01'))).toBeNull()
  })
})
