/**
 * The rows the episode and flag rules read (src/shared/episodes.ts, flags.ts), worked out from
 * the same plain check-ins as every statistic, so the journal is read from disk once.
 */
import type { RedFlag } from '../domain'
import type { DayPain } from '../episodes'
import type { RemedyDay } from '../flags'
import type { StatsCheckin } from './daily'

export interface RuleRows {
  /** Each logged day's worst pain, oldest first. */
  days: DayPain[]
  /** Each red flag once per day it was recorded, by day then flag. */
  redFlags: { day: string; flag: RedFlag }[]
  /** One row per remedy use. */
  remedyDays: RemedyDay[]
}

/** Rule rows from check-ins sorted by day, counting those up to `asOf` (included). */
export function ruleRowsOf(
  checkins: readonly (StatsCheckin & { redFlags?: readonly RedFlag[] })[],
  asOf: string,
): RuleRows {
  const days: DayPain[] = []
  const redFlags: { day: string; flag: RedFlag }[] = []
  let dayFlags = new Set<RedFlag>()
  const flushFlags = (day: string) => {
    for (const flag of [...dayFlags].sort()) redFlags.push({ day, flag })
    dayFlags = new Set()
  }
  for (const c of checkins) {
    if (c.day > asOf) break
    const last = days[days.length - 1]
    if (last?.day === c.day) {
      // The day's worst as dayNumbers has it, in the one pass (a property test holds them equal).
      last.worst = Math.max(last.worst, c.pain)
    } else {
      if (last) flushFlags(last.day)
      days.push({ day: c.day, worst: c.pain })
    }
    for (const flag of c.redFlags ?? []) dayFlags.add(flag)
  }
  const lastDay = days[days.length - 1]
  if (lastDay) flushFlags(lastDay.day)
  return { days, redFlags, remedyDays: remedyDaysOf(checkins.filter((c) => c.day <= asOf)) }
}

/** One row per remedy use, with its day and dose. */
export function remedyDaysOf(checkins: readonly StatsCheckin[]): RemedyDay[] {
  const out: RemedyDay[] = []
  for (const c of checkins) {
    for (const r of c.remedies) out.push({ day: c.day, remedyKey: r.key, doseMg: r.doseMg })
  }
  return out
}

/** The rule rows of consecutive runs of whole days, joined: equal to those of all of them. */
export function mergeRuleRows(parts: readonly RuleRows[]): RuleRows {
  if (parts.length === 1) return parts[0] as RuleRows
  return {
    days: joined(parts.map((p) => p.days)),
    redFlags: joined(parts.map((p) => p.redFlags)),
    remedyDays: joined(parts.map((p) => p.remedyDays)),
  }
}

/** The lists one after the other (a loop: flatMap costs more on thousands of rows). */
export function joined<T>(lists: readonly (readonly T[])[]): T[] {
  const out: T[] = []
  for (const list of lists) for (let i = 0; i < list.length; i++) out.push(list[i] as T)
  return out
}
