/** What the pure rules in src/shared read beyond the check-ins: medicine limits, warning signs. */
import type { Database } from 'better-sqlite3'
import type { RedFlag } from '../../../shared/domain'
import type { RedFlagRecord } from '../../../shared/flags'

/**
 * The one key the statistics, the flags and their names use for a catalog entry: its built-in
 * key, or `trigger-<id>` / `remedy-<id>` for the person's own.
 */
export function statsKey(kind: 'trigger' | 'remedy', id: number, key: string | null): string {
  return key ?? `${kind}-${id}`
}

/** statsKey of a remedy. */
export const remedyFlagKey = (id: number, key: string | null): string => statsKey('remedy', id, key)

export function dailyLimitsByKey(db: Database): Record<string, number> {
  const rows = db
    .prepare(
      `SELECT r.id AS id, r.key AS key, l.daily_limit_mg AS limitMg FROM medication_limits l
       JOIN remedies r ON r.id = l.remedy_id`,
    )
    .all() as { id: number; key: string | null; limitMg: number }[]
  return Object.fromEntries(rows.map((r) => [remedyFlagKey(r.id, r.key), r.limitMg]))
}

/**
 * Every warning sign of a live check-in, with the check-in's day and time stamp: a doctor visit
 * recorded the same day answers only the signs recorded before it. Few rows, read whole.
 *
 * CROSS JOIN makes SQLite start from the few warning signs and look each check-in up by its key;
 * left to choose, it walked every check-in by day to spare the sort (2 ms on 36,500 check-ins
 * with no warning sign at all, at every analysis).
 */
export function redFlagRecords(db: Database): RedFlagRecord[] {
  return db
    .prepare(
      `SELECT c.day AS day, c.at AS at, f.flag AS flag FROM checkin_red_flags f
       CROSS JOIN checkins c ON c.id = f.checkin_id WHERE c.deleted_at IS NULL
       ORDER BY c.day, f.flag, c.at, c.id`,
    )
    .all() as { day: string; at: string; flag: RedFlag }[]
}
