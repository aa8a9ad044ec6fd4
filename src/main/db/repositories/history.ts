/**
 * The History calendar's numbers: one month of day summaries in two aggregate queries (pain and
 * spasms per day, then the days with a warning sign), so a month reads as fast with ten years
 * of data as with one. Both queries use the partial index checkins_by_day. A day's worst,
 * average and count mean what dayNumbers (shared/stats/daily.ts) says; SQLite sums the month
 * here so that the month's check-ins are never sent across just to be added up
 * (tests/integration/history.test.ts holds the two equal).
 */
import type { Database } from 'better-sqlite3'
import { redFlagTier, type RedFlag } from '../../../shared/domain'
import { mostSerious, type WarningTier } from '../../../shared/severity'

export interface DayAggregate {
  day: string
  worst: number
  average: number
  count: number
  spasm: boolean
  /** The most serious tier of the day's warning signs; null when it has none. */
  redFlag: WarningTier | null
}

interface AggregateRow {
  day: string
  worst: number
  average: number
  count: number
  spasm: number
}

/** Days in [from, to] with at least one (not deleted) check-in, oldest first. */
export function dayAggregates(db: Database, from: string, to: string): DayAggregate[] {
  const rows = db
    .prepare(
      `SELECT day, max(pain) AS worst, avg(pain) AS average, count(*) AS count,
         max(coalesce(spasm, 0)) AS spasm
       FROM checkins WHERE deleted_at IS NULL AND day BETWEEN ? AND ?
       GROUP BY day ORDER BY day`,
    )
    .all(from, to) as AggregateRow[]
  const tiers = new Map<string, WarningTier[]>()
  const signs = db
    .prepare(
      `SELECT DISTINCT c.day, f.flag FROM checkins c
       JOIN checkin_red_flags f ON f.checkin_id = c.id
       WHERE c.deleted_at IS NULL AND c.day BETWEEN ? AND ?`,
    )
    .all(from, to) as { day: string; flag: RedFlag }[]
  for (const { day, flag } of signs) tiers.set(day, [...(tiers.get(day) ?? []), redFlagTier(flag)])
  return rows.map((r) => ({
    day: r.day,
    worst: r.worst,
    average: r.average,
    count: r.count,
    spasm: r.spasm === 1,
    redFlag: mostSerious(tiers.get(r.day) ?? []),
  }))
}
