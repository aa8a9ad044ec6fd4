/**
 * The rows the episode and flag rules read (src/shared/episodes.ts, flags.ts), worked out from
 * the same plain check-ins as every statistic, so the journal is read from disk once. The
 * warning signs are not among them: the flags read them with their time stamps
 * (redFlagRecords), which a visit the same day needs.
 */
import type { DayPain } from '../episodes'
import type { RemedyDay } from '../flags'
import type { StatsCheckin } from './daily'

export interface RuleRows {
  /** Each logged day's worst pain, oldest first. */
  days: DayPain[]
  /** One row per remedy use. */
  remedyDays: RemedyDay[]
}

/** Rule rows from check-ins sorted by day, counting those up to `asOf` (included). */
export function ruleRowsOf(checkins: readonly StatsCheckin[], asOf: string): RuleRows {
  const days: DayPain[] = []
  for (const c of checkins) {
    if (c.day > asOf) break
    const last = days[days.length - 1]
    // The day's worst as dayNumbers has it, in the one pass (a property test holds them equal).
    if (last?.day === c.day) last.worst = Math.max(last.worst, c.pain)
    else days.push({ day: c.day, worst: c.pain })
  }
  return { days, remedyDays: remedyDaysOf(checkins.filter((c) => c.day <= asOf)) }
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
    remedyDays: joined(parts.map((p) => p.remedyDays)),
  }
}

/** The lists one after the other (a loop: flatMap costs more on thousands of rows). */
export function joined<T>(lists: readonly (readonly T[])[]): T[] {
  const out: T[] = []
  for (const list of lists) for (let i = 0; i < list.length; i++) out.push(list[i] as T)
  return out
}
