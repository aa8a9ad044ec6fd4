/**
 * The report's printed pain chart: a bar for each day with pain, the 7-day average as a line
 * that breaks where the average has no value (drawn by the same line code as the app's chart),
 * and episodes as bands kept inside the period.
 */
import { describe, expect, it } from 'vitest'
import { painChartSvg } from '../../src/main/report/report-chart'
import type { Episode } from '../../src/shared/episodes'
import type { DailyPoint } from '../../src/shared/stats'

const point = (day: string, worst: number | null, rolling: number | null): DailyPoint => ({
  day,
  worst,
  average: worst,
  rolling,
})

const SERIES: DailyPoint[] = [
  point('2026-02-01', 4, 4),
  point('2026-02-02', 5, 4.5),
  point('2026-02-03', null, null),
  point('2026-02-04', 0, 3),
  point('2026-02-05', 6, 3.7),
]

const pathOf = (svg: string) => /<path d="([^"]*)"/.exec(svg)?.[1] ?? null

describe('painChartSvg', () => {
  it('draws nothing for an empty period', () => {
    expect(painChartSvg([], [])).toBe('')
  })

  it('breaks the average line at a day without one, never joining across it', () => {
    const d = pathOf(painChartSvg(SERIES, []))
    expect(d).not.toBeNull()
    // Two runs: days 1–2, then days 4–5.
    expect(d!.match(/M/g)).toHaveLength(2)
    expect(d!.match(/L/g)).toHaveLength(2)
  })

  it('has no line when no day has an average', () => {
    const svg = painChartSvg([point('2026-02-01', 3, null), point('2026-02-02', 2, null)], [])
    expect(pathOf(svg)).toBeNull()
  })

  it('draws a bar only for a day with pain (not for a gap, nor a 0)', () => {
    const bars = painChartSvg(SERIES, []).match(/fill="#7a7a7a"/g) ?? []
    expect(bars).toHaveLength(3)
  })

  it('keeps an episode band inside the period', () => {
    const episode: Episode = {
      start: '2026-01-20',
      end: '2026-02-02',
      painDays: 10,
      peak: 6,
      status: 'ended',
      durationDays: 14,
      level: 'none',
    }
    const band = /<rect x="([\d.]+)" y="\d+" width="([\d.]+)"[^>]*fill="#e4e4e4"/.exec(
      painChartSvg(SERIES, [episode]),
    )
    expect(band).not.toBeNull()
    // From the period's first day (the plot's left edge, 30) across two of five days.
    expect(Number(band![1])).toBe(30)
    expect(Number(band![2])).toBeCloseTo((662 / 5) * 2, 0)
  })
})
