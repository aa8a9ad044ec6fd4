/**
 * What the doctor report adds to the pain series (DESIGN.md section 5): the day record in
 * periods (weekly means over the default 90 days; months or quarters for longer reports, so the
 * table stays a dozen columns), how often the pain spread to the buttock or leg, spasm days,
 * and the mean pain over a stretch of days. Pure.
 */
import { addDaysToDay, daysBetween, weekStartOf } from '../days'
import type { BodyRegion } from '../domain'
import { addMonths, firstDayOfMonth, monthOfDay, quarterStart } from '../months'
import { mean } from './daily'

export type PeriodUnit = 'week' | 'month' | 'quarter'

/** Up to 14 weeks by week, up to 13 months by month, beyond that by quarter. */
export function periodUnitFor(from: string, to: string): PeriodUnit {
  const days = daysBetween(from, to) + 1
  return days <= 14 * 7 ? 'week' : days <= 396 ? 'month' : 'quarter'
}

/** The periods from..to, each clipped to the range: Monday weeks, calendar months or quarters. */
export function periodsOf(
  from: string,
  to: string,
  unit: PeriodUnit,
): { start: string; end: string }[] {
  const out: { start: string; end: string }[] = []
  let start = from
  while (start <= to) {
    const next =
      unit === 'week'
        ? addDaysToDay(weekStartOf(start), 7)
        : unit === 'month'
          ? firstDayOfMonth(addMonths(monthOfDay(start), 1))
          : firstDayOfMonth(addMonths(quarterStart(monthOfDay(start)), 3))
    const end = addDaysToDay(next, -1)
    out.push({ start, end: end < to ? end : to })
    start = next
  }
  return out
}

export interface DayRecordLike {
  day: string
  sleepQuality: number | null
  enjoymentInterference: number | null
  activityInterference: number | null
  minutesWalked: number | null
}

export interface DayRecordPeriod {
  start: string
  end: string
  /** Day records written in it. */
  days: number
  sleep: number | null
  enjoyment: number | null
  activity: number | null
  /** Mean minutes walked over the days it was written down. */
  minutesWalked: number | null
}

/** Means of each day-record item per period, over the days it was recorded (gaps stay gaps). */
export function dayRecordPeriods(
  records: readonly DayRecordLike[],
  from: string,
  to: string,
): { unit: PeriodUnit; rows: DayRecordPeriod[] } {
  const unit = periodUnitFor(from, to)
  const rows = periodsOf(from, to, unit).map(({ start, end }) => {
    const inIt = records.filter((r) => r.day >= start && r.day <= end)
    const of = (pick: (r: DayRecordLike) => number | null) =>
      mean(inIt.map(pick).filter((v): v is number => v !== null))
    return {
      start,
      end,
      days: inIt.length,
      sleep: of((r) => r.sleepQuality),
      enjoyment: of((r) => r.enjoymentInterference),
      activity: of((r) => r.activityInterference),
      minutesWalked: of((r) => r.minutesWalked),
    }
  })
  return { unit, rows }
}

const SPREAD: readonly BodyRegion[] = ['buttock-leg-left', 'buttock-leg-right']

/** Logged days on which the pain spread to a buttock or leg, and on which a spasm was recorded. */
export function spreadAndSpasms(
  checkins: readonly { day: string; regions: readonly BodyRegion[]; spasm: boolean | null }[],
): { loggedDays: number; spreadDays: number; spasmDays: number } {
  const logged = new Set<string>()
  const spread = new Set<string>()
  const spasm = new Set<string>()
  for (const c of checkins) {
    logged.add(c.day)
    if (c.regions.some((r) => SPREAD.includes(r))) spread.add(c.day)
    if (c.spasm === true) spasm.add(c.day)
  }
  return { loggedDays: logged.size, spreadDays: spread.size, spasmDays: spasm.size }
}

/** Mean pain of the check-ins whose day lies in from..to, or null when there are none. */
export function meanPainBetween(
  checkins: readonly { day: string; pain: number }[],
  from: string,
  to: string,
): number | null {
  return mean(checkins.filter((c) => c.day >= from && c.day <= to).map((c) => c.pain))
}
