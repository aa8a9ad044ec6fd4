/**
 * A mark that changes whenever a journal's data may have: what remembered results are keyed by
 * (src/main/analysis). `total_changes()` counts every row this connection has written (settings
 * and catalog included); `data_version` moves when another connection commits
 * (https://sqlite.org/pragma.html#pragma_data_version). A restore or the sample journal opens a
 * new connection, and so starts afresh.
 */
import type { Database } from 'better-sqlite3'

export function dataVersion(db: Database): string {
  const dataVersion = db.pragma('data_version', { simple: true }) as number
  const changes = db.prepare('SELECT total_changes()').pluck().get() as number
  return `${dataVersion}|${changes}`
}
