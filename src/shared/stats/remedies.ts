/**
 * Remedies: how often each was used, how much it helped by the person's own rating, and what
 * happened to the pain the next day compared with days without it. Medicines: the total dose
 * taken per day, over time.
 */
import { dayFromNumber, dayNumber, mondayOf } from '../days'
import { inDayOrder, type LoggedDay, type StatsCheckin, type StatsRemedyUse } from './daily'
import { compareByKey, MIN_DAYS, type WithWithout } from './triggers'

export interface RemedyStat {
  key: string
  /** Every recorded use (several a day count several times). */
  uses: number
  daysUsed: number
  /** Uses that carry a relief rating, and their mean (2 helped a lot … -1 made it worse). */
  rated: number
  meanRelief: number | null
  /**
   * Change in worst pain from a day to the next logged calendar day: after days with the remedy
   * versus after logged days without it. Negative means the pain went down.
   */
  nextDay: WithWithout
}

/** A logged day followed by a logged day: the change in worst pain between them. */
export interface NextDayChange {
  day: LoggedDay
  change: number
}

/** Every logged day whose next calendar day is logged too, with the change in worst pain. */
export function nextDayChanges(days: readonly LoggedDay[]): NextDayChange[] {
  let ordered = days
  for (let i = 1; i < days.length; i++) {
    if ((days[i - 1] as LoggedDay).n >= (days[i] as LoggedDay).n) {
      ordered = [...days].sort((a, b) => a.n - b.n)
      break
    }
  }
  const out: NextDayChange[] = []
  for (let i = 0; i + 1 < ordered.length; i++) {
    const d = ordered[i] as LoggedDay
    const next = ordered[i + 1] as LoggedDay
    if (next.n === d.n + 1) out.push({ day: d, change: next.worst - d.worst })
  }
  return out
}

/** Uses of each remedy and their ratings: what remedyStats is worked out from. */
export type RemedyUseTally = ReadonlyMap<string, RemedyUses>
/** A type, not an interface, so that mergeParts can add up its numbers field by field. */
type RemedyUses = {
  uses: number
  /** Logged days with at least one use. */
  days: number
  rated: number
  reliefSum: number
}

/** One entry per remedy used in `checkins` (plus any in `keys`), most used first. */
export function remedyStats(
  checkins: readonly StatsCheckin[],
  days: readonly LoggedDay[],
  keys: readonly string[] = [],
  minDays = MIN_DAYS,
): RemedyStat[] {
  return remedyStatsOf(remedyUseTally(checkins), days, keys, minDays)
}

export function remedyUseTally(checkins: readonly StatsCheckin[]): RemedyUseTally {
  // Sums and counts rather than lists of ratings: the mean is the same sum in the same order.
  // In day order, a remedy's days are counted as the day changes.
  const ordered = inDayOrder(checkins)
  const tally = new Map<string, RemedyUses & { lastDay: string }>()
  for (let i = 0; i < ordered.length; i++) {
    const c = ordered[i] as StatsCheckin
    const remedies = c.remedies
    for (let j = 0; j < remedies.length; j++) {
      const r = remedies[j] as StatsRemedyUse
      let u = tally.get(r.key)
      if (!u) {
        u = { uses: 0, days: 0, rated: 0, reliefSum: 0, lastDay: '' }
        tally.set(r.key, u)
      }
      u.uses++
      if (u.lastDay !== c.day) {
        u.days++
        u.lastDay = c.day
      }
      if (r.relief !== null) {
        u.rated++
        u.reliefSum += r.relief
      }
    }
  }
  return tally
}

/** remedyStats from the tally of the same check-ins and their logged days. */
export function remedyStatsOf(
  tally: RemedyUseTally,
  days: readonly LoggedDay[],
  keys: readonly string[] = [],
  minDays = MIN_DAYS,
): RemedyStat[] {
  const none = { uses: 0, days: 0, rated: 0, reliefSum: 0 }
  const uses = new Map<string, RemedyUses>(keys.map((k) => [k, none]))
  for (const [k, u] of tally) uses.set(k, u)
  const nextDay = compareByKey(
    nextDayChanges(days),
    (c) => c.day.remedyKeys,
    (c) => c.change,
    uses.keys(),
    minDays,
  )
  return [...uses.entries()]
    .map(([key, u]) => ({
      key,
      uses: u.uses,
      daysUsed: u.days,
      rated: u.rated,
      meanRelief: u.rated === 0 ? null : u.reliefSum / u.rated,
      nextDay: nextDay.get(key) as WithWithout,
    }))
    .sort((a, b) => b.uses - a.uses || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}

/** Total milligrams per medicine for one period (a day, or a week's highest day). */
export interface MedicinePoint {
  start: string
  end: string
  totals: Record<string, number>
}

export interface MedicineSummary {
  key: string
  daysTaken: number
  /** Sum over the range. */
  totalMg: number
  highestDayMg: number
  /** Days whose total exceeded the daily limit (0 when no limit is known). */
  daysOverLimit: number
  limitMg: number | null
}

/** Each day's total dose per medicine (uses without a dose are not counted), oldest first. */
export function medicineDailyTotals(
  checkins: readonly StatsCheckin[],
  medicineKeys: readonly string[],
): MedicinePoint[] {
  const wanted = new Set(medicineKeys)
  const totals = new DoseTotals()
  for (let i = 0; i < checkins.length; i++) {
    const c = checkins[i] as StatsCheckin
    const remedies = c.remedies
    for (let j = 0; j < remedies.length; j++) {
      const r = remedies[j] as StatsRemedyUse
      if (r.doseMg !== null && wanted.has(r.key)) totals.add(c.day, r.key, r.doseMg)
    }
  }
  return totals.points()
}

/** medicineDailyTotals of remedy rows (the flags' input), from..to (inclusive). */
export function dailyTotalsOfUses(
  uses: readonly { day: string; remedyKey: string | null; doseMg: number | null }[],
  medicineKeys: readonly string[],
  from: string,
  to: string,
): MedicinePoint[] {
  const totals = new DoseTotals()
  for (const { day, remedyKey, doseMg } of uses) {
    if (day < from || day > to || remedyKey === null || doseMg === null) continue
    if (medicineKeys.includes(remedyKey)) totals.add(day, remedyKey, doseMg)
  }
  return totals.points()
}

/**
 * Two amounts in mg added without binary fractions' noise: 1.1 + 1.1 + 1.1 is 3.3, not
 * 3.3000000000000003, which is over a 3.3 mg limit and would be said so. Twelve significant
 * digits keep every dose the app takes (a ten-millionth of a mg too).
 */
function sumMg(a: number, b: number): number {
  return Number((a + b).toPrecision(12))
}

/** Sums doses by day and medicine: the one totalling the statistics and the flags share. */
class DoseTotals {
  private readonly byDay = new Map<string, Record<string, number>>()

  add(day: string, key: string, mg: number): void {
    let totals = this.byDay.get(day)
    if (!totals) {
      totals = {}
      this.byDay.set(day, totals)
    }
    totals[key] = sumMg(totals[key] ?? 0, mg)
  }

  points(): MedicinePoint[] {
    return [...this.byDay.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([day, totals]) => ({ start: day, end: day, totals }))
  }
}

/** A day's total of one medicine and the limit it went over. */
export interface MedicationDayTotal {
  day: string
  medicine: string
  totalMg: number
  limitMg: number
}

/**
 * The one definition of a day over a medicine's limit: its total above the limit (a total equal
 * to it is within). Medicines without a limit are never over.
 */
export function isOverLimit(totalMg: number, limitMg: number | null | undefined): boolean {
  return limitMg !== null && limitMg !== undefined && totalMg > limitMg
}

/**
 * Every (day, medicine) of daily totals (medicineDailyTotals) above its limit, by day then
 * medicine: what Today's flag, Trends' markers and the report's medication log all count.
 */
export function overLimitDays(
  daily: readonly MedicinePoint[],
  limitsMg: Readonly<Record<string, number>>,
): MedicationDayTotal[] {
  const out: MedicationDayTotal[] = []
  for (const p of daily) {
    for (const medicine of Object.keys(p.totals).sort()) {
      const totalMg = p.totals[medicine] as number
      const limitMg = limitsMg[medicine]
      if (isOverLimit(totalMg, limitMg)) {
        out.push({ day: p.start, medicine, totalMg, limitMg: limitMg as number })
      }
    }
  }
  return out
}

/**
 * Weeks instead of days for long ranges: each week shows the highest daily total of each
 * medicine in it, because a limit applies to one day, and a weekly sum would hide that.
 */
export function medicineWeeklyPeaks(daily: readonly MedicinePoint[]): MedicinePoint[] {
  // Weeks by the day number of their Monday: day strings are made once a week, not once a day.
  const weeks = new Map<number, MedicinePoint>()
  for (const p of daily) {
    const monday = mondayOf(dayNumber(p.start))
    let w = weeks.get(monday)
    if (!w) {
      w = { start: dayFromNumber(monday), end: dayFromNumber(monday + 6), totals: {} }
      weeks.set(monday, w)
    }
    for (const k of Object.keys(p.totals)) {
      w.totals[k] = Math.max(w.totals[k] ?? 0, p.totals[k] as number)
    }
  }
  return [...weeks.values()]
}

/**
 * Per medicine: days taken, total, highest day and days over its limit. The totals count the
 * doses recorded; the days taken count every day it was logged, with a dose or without (the
 * remedies' `daysUsed`, when given), as the remedies table and the takeaway say them.
 */
export function medicineSummaries(
  daily: readonly MedicinePoint[],
  limitsMg: Readonly<Record<string, number>> = {},
  remedies: readonly Pick<RemedyStat, 'key' | 'daysUsed'>[] = [],
): MedicineSummary[] {
  const daysUsed = new Map(remedies.map((r) => [r.key, r.daysUsed]))
  const byKey = new Map<string, MedicineSummary>()
  for (const p of daily) {
    for (const key of Object.keys(p.totals)) {
      const mg = p.totals[key] as number
      let s = byKey.get(key)
      if (!s) {
        const limitMg = limitsMg[key] ?? null
        s = { key, daysTaken: 0, totalMg: 0, highestDayMg: 0, daysOverLimit: 0, limitMg }
        byKey.set(key, s)
      }
      s.daysTaken++
      s.totalMg = sumMg(s.totalMg, mg)
      s.highestDayMg = Math.max(s.highestDayMg, mg)
      if (isOverLimit(mg, s.limitMg)) s.daysOverLimit++
    }
  }
  for (const s of byKey.values()) s.daysTaken = Math.max(s.daysTaken, daysUsed.get(s.key) ?? 0)
  return [...byKey.values()].sort((a, b) => b.daysTaken - a.daysTaken || (a.key < b.key ? -1 : 1))
}
