import { describe, expect, it } from 'vitest'
import { dailySeries, rollingMean, summariseDays } from '../../src/shared/stats'
import { ci } from './stats-helpers'

describe('summariseDays', () => {
  it('takes the worst and the mean of each day, oldest first', () => {
    const days = summariseDays([
      ci('2026-01-02', 3, { triggerKeys: ['twisting'] }),
      ci('2026-01-01', 4),
      ci('2026-01-02', 6),
      ci('2026-01-02', 0),
    ])
    expect(days.map((d) => [d.day, d.worst, d.average, d.checkins])).toEqual([
      ['2026-01-01', 4, 4, 1],
      ['2026-01-02', 6, 3, 3],
    ])
    expect([...(days[1]?.triggerKeys ?? [])]).toEqual(['twisting'])
  })
})

describe('rollingMean', () => {
  it('averages the last seven values', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8]
    expect(rollingMean(values, 7, 1)).toEqual([1, 1.5, 2, 2.5, 3, 3.5, 4, 5])
  })

  it('skips gaps instead of counting them as zeros', () => {
    // Window of 3 ending at index 3 holds [null, 6, null]: only the 6 counts.
    expect(rollingMean([2, null, 6, null, null, null], 3, 1)).toEqual([2, 2, 4, 6, 6, null])
  })

  it('leaves a gap where the window holds fewer logged days than the minimum', () => {
    const values = [4, null, null, 4, 6, null, null, null, null, 2]
    // Index 7's window (1..7) holds only 4 and 6; index 9's (3..9) holds 4, 6 and 2.
    expect(rollingMean(values, 7, 3)).toEqual([
      null,
      null,
      null,
      null,
      14 / 3,
      14 / 3,
      14 / 3,
      null,
      null,
      4,
    ])
  })

  it('rejects a window that is not a positive integer', () => {
    expect(() => rollingMean([1], 0)).toThrow(RangeError)
  })
})

describe('dailySeries', () => {
  it('has a point for every day and leaves unlogged days empty, not zero', () => {
    const days = summariseDays([ci('2026-01-01', 5), ci('2026-01-03', 3), ci('2026-01-03', 1)])
    const series = dailySeries(days, '2026-01-01', '2026-01-04')
    expect(series.map((p) => [p.day, p.worst, p.average])).toEqual([
      ['2026-01-01', 5, 5],
      ['2026-01-02', null, null],
      ['2026-01-03', 3, 2],
      ['2026-01-04', null, null],
    ])
  })

  it('starts the rolling mean with the week before the range', () => {
    const days = summariseDays(
      ['2025-12-29', '2025-12-30', '2025-12-31', '2026-01-01'].map((d, i) => ci(d, i + 2)),
    )
    const [first] = dailySeries(days, '2026-01-01', '2026-01-01')
    // 2, 3, 4, 5 in the seven days ending 1 January.
    expect(first?.rolling).toBe(3.5)
  })

  it('crosses a daylight-saving change without losing or repeating a day', () => {
    const series = dailySeries([], '2026-03-27', '2026-03-31')
    expect(series.map((p) => p.day)).toEqual([
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
    ])
  })
})
