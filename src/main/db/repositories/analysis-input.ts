/** Medicine limits as the pure rules in src/shared want them: by remedy key. */
import type { Database } from 'better-sqlite3'

/** The key flags use for a remedy: its built-in key, or `remedy-<id>` for the user's own. */
export function remedyFlagKey(id: number, key: string | null): string {
  return key ?? `remedy-${id}`
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
