/**
 * Patterns: pain by what the person was doing, by day of the week, and where it hurts.
 */
import { weekdayOfNumber } from '../days'
import { BODY_REGIONS, CONTEXTS, type BodyRegion, type PainContext } from '../domain'
import { inDayOrder, mean, type LoggedDay, type StatsCheckin } from './daily'

export interface ContextStat {
  context: PainContext
  checkins: number
  /** Mean pain of the check-ins recorded in this context. */
  meanPain: number | null
}

/** Pain summed and counted per context: what painByContext is worked out from. */
export type ContextTally = ReadonlyMap<PainContext, { sum: number; count: number }>

/** Every context in the fixed order, with the check-ins recorded in it. */
export function painByContext(checkins: readonly StatsCheckin[]): ContextStat[] {
  return contextStats(contextTally(checkins))
}

export function contextTally(checkins: readonly StatsCheckin[]): ContextTally {
  // Sums and counts rather than lists of pains: the mean is the same sum in the same order.
  const tally = new Map(CONTEXTS.map((c) => [c, { sum: 0, count: 0 }]))
  for (let i = 0; i < checkins.length; i++) {
    const c = checkins[i] as StatsCheckin
    if (c.context === null) continue
    const t = tally.get(c.context)
    if (t === undefined) continue
    t.sum += c.pain
    t.count++
  }
  return tally
}

export function contextStats(tally: ContextTally): ContextStat[] {
  return CONTEXTS.map((context) => {
    const { sum, count } = tally.get(context) ?? { sum: 0, count: 0 }
    return { context, checkins: count, meanPain: count === 0 ? null : sum / count }
  })
}

export const WEEKDAY_NAMES = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const
/** Their short forms for calendar headings: 'Mon' … 'Sun'. */
export const WEEKDAY_SHORT = WEEKDAY_NAMES.map((name) => name.slice(0, 3))

export interface WeekdayStat {
  /** Monday = 0 … Sunday = 6. */
  weekday: number
  name: string
  days: number
  meanWorst: number | null
}

/** Mean daily worst by day of the week, Monday first. */
export function painByWeekday(days: readonly LoggedDay[]): WeekdayStat[] {
  const worsts: number[][] = WEEKDAY_NAMES.map(() => [])
  for (let i = 0; i < days.length; i++) {
    const d = days[i] as LoggedDay
    worsts[weekdayOfNumber(d.n)]?.push(d.worst)
  }
  return WEEKDAY_NAMES.map((name, weekday) => {
    const values = worsts[weekday] ?? []
    return { weekday, name, days: values.length, meanWorst: mean(values) }
  })
}

export interface RegionStat {
  region: BodyRegion
  /** Logged days on which a check-in named this region. */
  days: number
  checkins: number
  /** days / logged days in the range (0 when none were logged). */
  share: number
}

/** Days and check-ins naming each region: what painByRegion is worked out from. */
export type RegionTally = ReadonlyMap<BodyRegion, { days: number; checkins: number }>

/** How often each region was named, in the fixed body order. */
export function painByRegion(checkins: readonly StatsCheckin[], loggedDays: number): RegionStat[] {
  return regionStats(regionTally(checkins), loggedDays)
}

export function regionTally(checkins: readonly StatsCheckin[]): RegionTally {
  // In day order, a region's days are counted as the day changes, without a set of days.
  const ordered = inDayOrder(checkins)
  const tally = new Map(BODY_REGIONS.map((r) => [r, { days: 0, checkins: 0, lastDay: '' }]))
  for (let i = 0; i < ordered.length; i++) {
    const c = ordered[i] as StatsCheckin
    const regions = c.regions
    for (let j = 0; j < regions.length; j++) {
      const t = tally.get(regions[j] as BodyRegion)
      if (t === undefined) continue
      t.checkins++
      if (t.lastDay !== c.day) {
        t.days++
        t.lastDay = c.day
      }
    }
  }
  return tally
}

export function regionStats(tally: RegionTally, loggedDays: number): RegionStat[] {
  return BODY_REGIONS.map((region) => {
    const { days, checkins } = tally.get(region) ?? { days: 0, checkins: 0 }
    return { region, days, checkins, share: loggedDays > 0 ? days / loggedDays : 0 }
  })
}
