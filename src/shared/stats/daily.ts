/**
 * The daily pain series behind every trend: one point per calendar day, with unlogged days left
 * as gaps (null), never as zeros, so a chart or a mean cannot mistake "not written down" for
 * "no pain". Pure: plain check-ins in, plain numbers out, so the screen and the report share it.
 */
import { addDaysToDay, compareDays, dayFromNumber, dayNumber } from '../days'
import type { BodyRegion, PainContext } from '../domain'

/** One use of a remedy, named by a stable key (a built-in key, or any id-derived string). */
export interface StatsRemedyUse {
  key: string
  doseMg: number | null
  minutes: number | null
  relief: number | null
}

/** What the statistics need of a check-in. A SampleCheckin fits as is. */
export interface StatsCheckin {
  day: string
  pain: number
  context: PainContext | null
  regions: readonly BodyRegion[]
  triggerKeys: readonly string[]
  remedies: readonly StatsRemedyUse[]
  /** Red-flag symptoms recorded with it, if any (they are marked on the pain chart). */
  redFlags?: readonly string[]
}

/** One logged day: worst and average of its check-ins, and what was recorded on it. */
export interface LoggedDay {
  day: string
  /** Its day number (dayNumber), read once here rather than by every statistic over the days. */
  n: number
  worst: number
  average: number
  checkins: number
  triggerKeys: ReadonlySet<string>
  remedyKeys: ReadonlySet<string>
}

export interface DailyPoint {
  day: string
  /** Null on a day with no check-in: a gap, not a zero. */
  worst: number | null
  average: number | null
  /** Mean of the logged daily worsts in the 7 days ending here (see ROLLING_MIN_DAYS). */
  rolling: number | null
}

export const ROLLING_WINDOW_DAYS = 7
/** The rolling line's name, the same in the Trends chart and in the report's. */
export const ROLLING_NAME = `${ROLLING_WINDOW_DAYS}-day average of the daily worst`
/** A rolling mean from fewer logged days than this would be one or two days dressed as a trend. */
export const ROLLING_MIN_DAYS = 3

/** Check-ins whose day lies in `from`..`to`, both included. */
export function checkinsInRange<T extends { day: string }>(
  checkins: readonly T[],
  from: string,
  to: string,
): T[] {
  return checkins.filter((c) => c.day >= from && c.day <= to)
}

/**
 * checkinsInRange for check-ins in day order (the journal's own): the ends are found by binary
 * search and the run between them copied, rather than every check-in looked at; when that is all
 * of them, the list itself (so "all" of the journal is the remembered list, see by-month.ts).
 */
export function orderedCheckinsInRange<T extends { day: string }>(
  checkins: readonly T[],
  from: string,
  to: string,
): readonly T[] {
  const start = firstFrom(checkins, from)
  const end = firstAfter(checkins, to)
  return start === 0 && end === checkins.length ? checkins : checkins.slice(start, end)
}

/** Where the first check-in on or after `day` is in `checkins` (in day order). */
export function firstFrom(checkins: readonly { day: string }[], day: string): number {
  let low = 0
  let high = checkins.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if ((checkins[mid] as { day: string }).day < day) low = mid + 1
    else high = mid
  }
  return low
}

/** Where the first check-in after `day` is in `checkins` (in day order). */
function firstAfter(checkins: readonly { day: string }[], day: string): number {
  let low = 0
  let high = checkins.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if ((checkins[mid] as { day: string }).day <= day) low = mid + 1
    else high = mid
  }
  return low
}

const NONE: ReadonlySet<string> = new Set()

/**
 * The check-ins in day order: as given when they already are (the journal's own order, so the
 * sort is rarely needed), otherwise a sorted copy (stable, so a day keeps its own order).
 */
export function inDayOrder<T extends { day: string }>(checkins: readonly T[]): readonly T[] {
  for (let i = 1; i < checkins.length; i++) {
    if ((checkins[i - 1] as T).day > (checkins[i] as T).day) {
      return [...checkins].sort((a, b) => compareDays(a.day, b.day))
    }
  }
  return checkins
}

/** A day's numbers as the screens show them: its worst pain, its average and its check-ins. */
export interface DayNumbers {
  worst: number
  average: number
  count: number
}

/**
 * The numbers of one day's check-ins, or null for none: the worst is the highest score, the
 * average the mean of all of them. summariseDays works out the same per day in its one pass over
 * the journal (a property test holds the two equal); the History month is summed by SQLite.
 */
export function dayNumbers(checkins: readonly { pain: number }[]): DayNumbers | null {
  if (checkins.length === 0) return null
  let worst = (checkins[0] as { pain: number }).pain
  let sum = 0
  for (const c of checkins) {
    if (c.pain > worst) worst = c.pain
    sum += c.pain
  }
  return { worst, average: sum / checkins.length, count: checkins.length }
}

/** dayNumbers of each day of `checkins` (any order), by day. */
export function dayNumbersByDay(
  checkins: readonly { day: string; pain: number }[],
): Map<string, DayNumbers> {
  const byDay = new Map<string, { pain: number }[]>()
  for (const c of checkins) {
    const on = byDay.get(c.day)
    if (on) on.push(c)
    else byDay.set(c.day, [c])
  }
  const out = new Map<string, DayNumbers>()
  for (const [day, on] of byDay) out.set(day, dayNumbers(on) as DayNumbers)
  return out
}

/** Groups check-ins by day, oldest first. */
export function summariseDays(checkins: readonly StatsCheckin[]): LoggedDay[] {
  const ordered = inDayOrder(checkins)
  const out: LoggedDay[] = []
  let day = ''
  let worst = 0
  let sum = 0
  let count = 0
  // Most days name no trigger or remedy: those share one empty set rather than make their own.
  let triggers: Set<string> | null = null
  let remedies: Set<string> | null = null
  const flush = () => {
    if (count === 0) return
    out.push({
      day,
      n: dayNumber(day),
      worst,
      average: sum / count,
      checkins: count,
      triggerKeys: triggers ?? NONE,
      remedyKeys: remedies ?? NONE,
    })
  }
  // Indexed loops: the for-of iterator costs more than the work on twenty years of check-ins.
  for (let i = 0; i < ordered.length; i++) {
    const c = ordered[i] as StatsCheckin
    if (c.day !== day) {
      flush()
      day = c.day
      worst = c.pain
      sum = 0
      count = 0
      triggers = null
      remedies = null
    }
    if (c.pain > worst) worst = c.pain
    sum += c.pain
    count++
    const keys = c.triggerKeys
    for (let j = 0; j < keys.length; j++) (triggers ??= new Set()).add(keys[j] as string)
    const uses = c.remedies
    for (let j = 0; j < uses.length; j++)
      (remedies ??= new Set()).add((uses[j] as StatsRemedyUse).key)
  }
  flush()
  return out
}

/**
 * Trailing mean over `window` positions, skipping nulls: each result is the mean of the non-null
 * values among the last `window` positions (this one included), or null when fewer than
 * `minValues` of them are non-null. A gap shortens the window's sample; a long gap breaks the line.
 */
export function rollingMean(
  values: readonly (number | null)[],
  window = ROLLING_WINDOW_DAYS,
  minValues = ROLLING_MIN_DAYS,
): (number | null)[] {
  if (!Number.isInteger(window) || window < 1) throw new RangeError(`Invalid window ${window}`)
  const out: (number | null)[] = []
  let sum = 0
  let count = 0
  for (let i = 0; i < values.length; i++) {
    const v = values[i]
    if (v !== null && v !== undefined) {
      sum += v
      count++
    }
    const old = i - window >= 0 ? values[i - window] : null
    if (old !== null && old !== undefined) {
      sum -= old
      count--
    }
    out.push(count >= minValues ? sum / count : null)
  }
  return out
}

/**
 * The daily series of a period as Trends and the report both draw it: `days` (the period's,
 * summarised) with the week before the period, taken from `checkins` by `range`, feeding the
 * rolling mean at its start.
 */
export function periodSeries(
  checkins: readonly StatsCheckin[],
  days: readonly LoggedDay[],
  from: string,
  to: string,
  range: (
    checkins: readonly StatsCheckin[],
    from: string,
    to: string,
  ) => readonly StatsCheckin[] = orderedCheckinsInRange,
): DailyPoint[] {
  const lead = addDaysToDay(from, -ROLLING_WINDOW_DAYS)
  const before = summariseDays(range(checkins, lead, addDaysToDay(from, -1)))
  return dailySeries([...before, ...days], from, to)
}

/** Every calendar day from `from` to `to` with its worst, average and rolling mean (or gaps). */
export function dailySeries(days: readonly LoggedDay[], from: string, to: string): DailyPoint[] {
  const first = dayNumber(from)
  const last = dayNumber(to)
  // The rolling mean at `from` looks back a week, so the first points are not starved.
  const lead = ROLLING_WINDOW_DAYS - 1
  // Each calendar day from the lead to `to` at its offset: an array, not a map by day number.
  const logged: (LoggedDay | undefined)[] = new Array<LoggedDay | undefined>(
    Math.max(0, last - first + lead + 1),
  )
  for (let i = 0; i < days.length; i++) {
    const d = days[i] as LoggedDay
    const n = d.n
    if (n >= first - lead && n <= last) logged[n - first + lead] = d
  }
  const worsts: (number | null)[] = []
  for (let i = 0; i < logged.length; i++) worsts.push(logged[i]?.worst ?? null)
  const rolling = rollingMean(worsts)
  const out: DailyPoint[] = []
  for (let n = first; n <= last; n++) {
    const d = logged[n - first + lead]
    out.push({
      day: d?.day ?? dayFromNumber(n),
      worst: d?.worst ?? null,
      average: d?.average ?? null,
      rolling: rolling[n - first + lead] ?? null,
    })
  }
  return out
}

/** Mean of the numbers, or null for none. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null
  let sum = 0
  for (const v of values) sum += v
  return sum / values.length
}
