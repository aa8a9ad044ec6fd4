/** Triggers, remedies and medicine limits. Used entries are archived, never deleted. */
import type { Database } from 'better-sqlite3'
import type { Remedy, RemedyKind, Trigger } from '../../../shared/domain'

interface EntryRow {
  id: number
  key: string | null
  name: string
  archived: number
}

export function listTriggers(db: Database): Trigger[] {
  const rows = db
    .prepare('SELECT id, key, name, archived FROM triggers ORDER BY id')
    .all() as EntryRow[]
  return rows.map((r) => ({ id: r.id, key: r.key, name: r.name, archived: r.archived === 1 }))
}

export function listRemedies(db: Database): Remedy[] {
  const rows = db
    .prepare('SELECT id, key, name, kind, archived FROM remedies ORDER BY id')
    .all() as (EntryRow & { kind: RemedyKind })[]
  return rows.map((r) => ({
    id: r.id,
    key: r.key,
    name: r.name,
    kind: r.kind,
    archived: r.archived === 1,
  }))
}

export function listLimits(db: Database): { remedyId: number; dailyLimitMg: number }[] {
  return db
    .prepare(
      'SELECT remedy_id AS remedyId, daily_limit_mg AS dailyLimitMg FROM medication_limits ORDER BY remedy_id',
    )
    .all() as { remedyId: number; dailyLimitMg: number }[]
}
