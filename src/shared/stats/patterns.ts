/**
 * Patterns: pain by what the person was doing, by day of the week, and where it hurts.
 */
import { weekdayOf } from '../days'
import { BODY_REGIONS, CONTEXTS, type BodyRegion, type PainContext } from '../domain'
import { mean, type LoggedDay, type StatsCheckin } from './daily'

export interface ContextStat {
  context: PainContext
  checkins: number
  /** Mean pain of the check-ins recorded in this context. */
  meanPain: number | null
}

/** Every context in the fixed order, with the check-ins recorded in it. */
export function painByContext(checkins: readonly StatsCheckin[]): ContextStat[] {
  const pains = new Map<PainContext, number[]>(CONTEXTS.map((c) => [c, []]))
  for (const c of checkins) if (c.context !== null) pains.get(c.context)?.push(c.pain)
  return CONTEXTS.map((context) => {
    const values = pains.get(context) ?? []
    return { context, checkins: values.length, meanPain: mean(values) }
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
  for (const d of days) worsts[weekdayOf(d.day)]?.push(d.worst)
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

/** How often each region was named, in the fixed body order. */
export function painByRegion(checkins: readonly StatsCheckin[], loggedDays: number): RegionStat[] {
  const days = new Map<BodyRegion, Set<string>>(BODY_REGIONS.map((r) => [r, new Set()]))
  const counts = new Map<BodyRegion, number>(BODY_REGIONS.map((r) => [r, 0]))
  for (const c of checkins) {
    for (const r of c.regions) {
      days.get(r)?.add(c.day)
      counts.set(r, (counts.get(r) ?? 0) + 1)
    }
  }
  return BODY_REGIONS.map((region) => {
    const n = days.get(region)?.size ?? 0
    return {
      region,
      days: n,
      checkins: counts.get(region) ?? 0,
      share: loggedDays > 0 ? n / loggedDays : 0,
    }
  })
}
