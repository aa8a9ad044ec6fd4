/**
 * Reads what the pure rules in src/shared need (each day's worst pain, red flags, remedy uses,
 * medicine limits) in a few aggregate queries, so episodes and flags over ten years stay fast.
 */
import type { Database } from 'better-sqlite3'
import type { RedFlag } from '../../../shared/domain'
import type { DayPain } from '../../../shared/episodes'
import type { RemedyDay } from '../../../shared/flags'

/** The key flags use for a remedy: its built-in key, or `remedy-<id>` for the user's own. */
export function remedyFlagKey(id: number, key: string | null): string {
  return key ?? `remedy-${id}`
}

export function dailyWorst(db: Database, from: string, to: string): DayPain[] {
  return db
    .prepare(
      `SELECT day, max(pain) AS worst FROM checkins
       WHERE deleted_at IS NULL AND day BETWEEN ? AND ? GROUP BY day ORDER BY day`,
    )
    .all(from, to) as DayPain[]
}

export function redFlagDays(
  db: Database,
  from: string,
  to: string,
): { day: string; flag: RedFlag }[] {
  return db
    .prepare(
      `SELECT DISTINCT c.day AS day, f.flag AS flag FROM checkin_red_flags f
       JOIN checkins c ON c.id = f.checkin_id
       WHERE c.deleted_at IS NULL AND c.day BETWEEN ? AND ? ORDER BY c.day, f.flag`,
    )
    .all(from, to) as { day: string; flag: RedFlag }[]
}

export function remedyDays(db: Database, from: string, to: string): RemedyDay[] {
  const rows = db
    .prepare(
      `SELECT c.day AS day, r.id AS id, r.key AS key, u.dose_mg AS doseMg FROM checkin_remedies u
       JOIN checkins c ON c.id = u.checkin_id JOIN remedies r ON r.id = u.remedy_id
       WHERE c.deleted_at IS NULL AND c.day BETWEEN ? AND ? ORDER BY c.day, u.id`,
    )
    .all(from, to) as { day: string; id: number; key: string | null; doseMg: number | null }[]
  return rows.map((r) => ({ day: r.day, remedyKey: remedyFlagKey(r.id, r.key), doseMg: r.doseMg }))
}

export function dailyLimitsByKey(db: Database): Record<string, number> {
  const rows = db
    .prepare(
      `SELECT r.id AS id, r.key AS key, l.daily_limit_mg AS limitMg FROM medication_limits l
       JOIN remedies r ON r.id = l.remedy_id`,
    )
    .all() as { id: number; key: string | null; limitMg: number }[]
  return Object.fromEntries(rows.map((r) => [remedyFlagKey(r.id, r.key), r.limitMg]))
}
