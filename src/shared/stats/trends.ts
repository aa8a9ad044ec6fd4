/**
 * Everything the Trends screen (and the report) shows for a period, in one pure call: the
 * caller gathers plain check-ins and the episodes, this turns them into series and tables.
 */
import { addDaysToDay, compareDays, daysBetween, weekStartOf } from '../days'
import type { Episode } from '../episodes'
import { painPoints, type PainPoint, type Resolution } from './aggregate'
import { checkinsInRange, orderedCheckinsInRange, periodSeries, type StatsCheckin } from './daily'
import { episodesInRange, episodeTrend, type EpisodeBar, type EpisodeTrend } from './episodes'
import {
  contextStats,
  painByWeekday,
  regionStats,
  type ContextStat,
  type RegionStat,
  type WeekdayStat,
} from './patterns'
import {
  medicineSummaries,
  overLimitDays,
  medicineWeeklyPeaks,
  remedyStatsOf,
  type MedicinePoint,
  type MedicineSummary,
  type RemedyStat,
} from './remedies'
import { statsPart } from './part'
import * as t from './takeaways'
import { triggerComparison, type TriggerComparison } from './triggers'

/** The calendar shows at most the 53 weeks ending with the period. */
export const CALENDAR_MAX_DAYS = 371

export interface TrendsInput {
  from: string
  to: string
  /** Check-ins up to `to`; those from the week before `from` feed the rolling mean. */
  checkins: readonly StatsCheckin[]
  episodes: readonly Episode[]
  /** Keys of the remedies that are medicines (their doses are totalled). */
  medicineKeys: readonly string[]
  /** Daily limits by medicine key. */
  limitsMg?: Readonly<Record<string, number>>
  /** Display names for trigger, remedy and medicine keys, used in the takeaways. */
  nameOf?: t.NameOf
  /**
   * Works out the part of the period's check-ins (statsPart, the default); the main process
   * passes one that remembers each month's part, so a save works out only its own month again.
   */
  partOf?: typeof statsPart
  /** The check-ins are in day order (the journal's own): periods are found by binary search. */
  ordered?: boolean
}

export interface Marker {
  /** The day, or for weekly series the start of its point. */
  at: string
  day: string
  kind: 'red-flag' | 'medication'
  key: string
}

export interface Takeaways {
  pain: string
  calendar: string
  triggers: string
  relief: string
  nextDay: string
  medicines: string
  contexts: string
  weekdays: string
  regions: string
  episodes: string
}

export interface Trends {
  from: string
  to: string
  /** Calendar days in the period, and those with at least one check-in. */
  days: number
  loggedDays: number
  resolution: Resolution
  pain: PainPoint[]
  markers: Marker[]
  calendar: { day: string; worst: number | null }[]
  triggers: TriggerComparison[]
  remedies: RemedyStat[]
  medicines: { points: MedicinePoint[]; summaries: MedicineSummary[] }
  contexts: ContextStat[]
  weekdays: WeekdayStat[]
  regions: RegionStat[]
  episodes: EpisodeBar[]
  episodeTrend: EpisodeTrend | null
  takeaways: Takeaways
}

export function computeTrends(input: TrendsInput): Trends {
  const { from, to } = input
  const range = input.ordered === true ? orderedCheckinsInRange : checkinsInRange
  const inRange = range(input.checkins, from, to)
  const part = (input.partOf ?? statsPart)(inRange, input.medicineKeys)
  const days = part.days
  const series = periodSeries(input.checkins, days, from, to, range)
  const { resolution, points } = painPoints(series)
  const limits = input.limitsMg ?? {}

  const dailyMeds = part.medicineDays
  const remedies = remedyStatsOf(part.remedies, days)
  const markers: Marker[] = part.redFlags.map(({ day, flag }) => ({
    at: day,
    day,
    kind: 'red-flag',
    key: flag,
  }))
  for (const o of overLimitDays(dailyMeds, limits)) {
    markers.push({ at: o.day, day: o.day, kind: 'medication', key: o.medicine })
  }
  if (resolution === 'week') {
    for (const m of markers) m.at = m.day < from ? from : maxDay(weekStartOf(m.day), from)
  }
  markers.sort((a, b) => compareDays(a.day, b.day))

  const calendarFrom = maxDay(from, addDaysToDay(to, -(CALENDAR_MAX_DAYS - 1)))
  const bars = episodesInRange(input.episodes, from, to)
  const calendar = series
    .filter((p) => p.day >= calendarFrom)
    .map((p) => ({ day: p.day, worst: p.worst }))
  const trends: Omit<Trends, 'takeaways'> = {
    from,
    to,
    days: daysBetween(from, to) + 1,
    loggedDays: days.length,
    resolution,
    pain: points,
    markers,
    calendar,
    triggers: triggerComparison(days),
    remedies,
    medicines: {
      points: resolution === 'week' ? medicineWeeklyPeaks(dailyMeds) : [...dailyMeds],
      summaries: medicineSummaries(dailyMeds, limits, remedies),
    },
    contexts: contextStats(part.contexts),
    weekdays: painByWeekday(days),
    regions: regionStats(part.regions, days.length),
    episodes: bars,
    episodeTrend: episodeTrend(bars),
  }
  const nameOf = input.nameOf ?? ((key: string) => key)
  const takeaways: Takeaways = {
    pain: t.painTakeaway(series),
    calendar: t.calendarTakeaway(series.filter((p) => p.day >= calendarFrom)),
    triggers: t.triggerTakeaway(trends.triggers, nameOf),
    relief: t.reliefTakeaway(trends.remedies, nameOf),
    nextDay: t.nextDayTakeaway(trends.remedies, nameOf),
    medicines: t.medicineTakeaway(trends.medicines.summaries, nameOf),
    contexts: t.contextTakeaway(trends.contexts),
    weekdays: t.weekdayTakeaway(trends.weekdays),
    regions: t.regionTakeaway(trends.regions, trends.loggedDays),
    episodes: t.episodeTakeaway(trends.episodes, trends.episodeTrend),
  }
  return { ...trends, takeaways }
}

function maxDay(a: string, b: string): string {
  return a > b ? a : b
}
