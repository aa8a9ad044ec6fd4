/**
 * Weekly aggregation for long ranges: beyond a year a daily chart would draw several points per
 * pixel, so the series becomes one point per Monday-to-Sunday week (ISO weeks, which run across
 * year ends: the week of Monday 29 December 2025 holds 1–4 January 2026).
 */
import { dayNumber, daysBetween, weekStartOf } from '../days'
import { mean, type DailyPoint } from './daily'

/** Ranges up to this many days are drawn day by day; longer ones week by week. */
export const DAILY_MAX_DAYS = 366

export type Resolution = 'day' | 'week'

export function resolutionFor(from: string, to: string): Resolution {
  return daysBetween(from, to) + 1 <= DAILY_MAX_DAYS ? 'day' : 'week'
}

/** One point of a pain series: a day, or a week clipped to the range. */
export interface PainPoint {
  /** First day covered (a Monday for weeks, unless the range starts mid-week). */
  start: string
  /** Last day covered. */
  end: string
  /** Logged days among them. */
  loggedDays: number
  /** Highest daily worst, or null when nothing was logged. */
  worst: number | null
  /** Mean of the daily averages. */
  average: number | null
  /** Days: the 7-day rolling mean of the worst; weeks: the mean of the daily worsts. */
  mean: number | null
}

/** Daily points as pain points (a day is its own period). */
export function dailyPoints(series: readonly DailyPoint[]): PainPoint[] {
  return series.map((p) => ({
    start: p.day,
    end: p.day,
    loggedDays: p.worst === null ? 0 : 1,
    worst: p.worst,
    average: p.average,
    mean: p.rolling,
  }))
}

/** Groups consecutive daily points into weeks; the first and last week may be partial. */
export function weeklyPoints(series: readonly DailyPoint[]): PainPoint[] {
  const out: PainPoint[] = []
  let i = 0
  while (i < series.length) {
    const first = series[i] as DailyPoint
    const firstN = dayNumber(first.day)
    const monday = dayNumber(weekStartOf(first.day))
    const worsts: number[] = []
    const averages: number[] = []
    let last = first
    while (i < series.length) {
      const point = series[i] as DailyPoint
      // Consecutive days stay in the week until its Sunday; anything else is checked in full.
      const n = point === first ? firstN : dayNumber(point.day)
      if (n < monday || n > monday + 6) break
      last = point
      if (last.worst !== null) worsts.push(last.worst)
      if (last.average !== null) averages.push(last.average)
      i++
    }
    out.push({
      start: first.day,
      end: last.day,
      loggedDays: worsts.length,
      worst: worsts.length > 0 ? Math.max(...worsts) : null,
      average: mean(averages),
      mean: mean(worsts),
    })
  }
  return out
}

/** The pain series at the resolution the range calls for. */
export function painPoints(series: readonly DailyPoint[]): {
  resolution: Resolution
  points: PainPoint[]
} {
  const first = series[0]
  const last = series[series.length - 1]
  const resolution = first && last ? resolutionFor(first.day, last.day) : 'day'
  return {
    resolution,
    points: resolution === 'day' ? dailyPoints(series) : weeklyPoints(series),
  }
}
