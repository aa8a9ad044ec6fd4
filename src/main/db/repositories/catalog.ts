/** Triggers, remedies and medicine limits. Used entries are archived, never deleted. */
import type { Database } from 'better-sqlite3'
import type { Remedy, RemedyKind, Trigger } from '../../../shared/domain'
import { clashKey } from '../../../shared/catalog-names'
import { DomainError } from '../../../shared/domain-error'

/** A trigger or remedy as stored (`archived` 0 or 1). */
export interface StoredEntry {
  id: number
  key: string | null
  name: string
  archived: number
}

export type StoredRemedy = StoredEntry & { kind: RemedyKind }

export interface StoredLimit {
  remedy_id: number
  daily_limit_mg: number
}

export function listTriggers(db: Database): Trigger[] {
  const rows = db
    .prepare('SELECT id, key, name, archived FROM triggers ORDER BY id')
    .all() as StoredEntry[]
  return rows.map((r) => ({ id: r.id, key: r.key, name: r.name, archived: r.archived === 1 }))
}

export function listRemedies(db: Database): Remedy[] {
  const rows = db
    .prepare('SELECT id, key, name, kind, archived FROM remedies ORDER BY id')
    .all() as StoredRemedy[]
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

type Table = 'triggers' | 'remedies'

/**
 * The entry already called `name` as a person would read it (catalog-names.ts `clashKey`: case
 * in every alphabet, spacing and invisible characters aside), other than `exceptId`. The
 * database's own check folds A–Z only; this one is the rule.
 */
function namedLike(db: Database, table: Table, name: string, exceptId?: number): string | null {
  const key = clashKey(name)
  const names = db
    .prepare(`SELECT name FROM ${table} WHERE id IS NOT ?`)
    .pluck()
    .all(exceptId ?? null) as string[]
  return names.find((n) => clashKey(n) === key) ?? null
}

/** Refuses `name` when another entry reads the same, naming that entry as the list shows it. */
function refuseTaken(db: Database, table: Table, name: string, exceptId?: number): void {
  const taken = namedLike(db, table, name, exceptId)
  if (taken === null) return
  const what = table === 'triggers' ? 'trigger' : 'remedy'
  throw new DomainError('conflict', `There is already a ${what} called “${taken}”.`, 'name')
}

export function addTrigger(db: Database, name: string): number {
  refuseTaken(db, 'triggers', name)
  return Number(db.prepare('INSERT INTO triggers (name) VALUES (?)').run(name).lastInsertRowid)
}

export function addRemedy(db: Database, name: string, kind: RemedyKind): number {
  refuseTaken(db, 'remedies', name)
  return Number(
    db.prepare('INSERT INTO remedies (name, kind) VALUES (?, ?)').run(name, kind).lastInsertRowid,
  )
}

export function renameEntry(db: Database, table: Table, id: number, name: string): void {
  refuseTaken(db, table, name, id)
  const { changes } = db.prepare(`UPDATE ${table} SET name = ? WHERE id = ?`).run(name, id)
  if (changes === 0) throw new DomainError('not-found', `No such entry (${id})`, 'id')
}

/** Archived entries leave the pickers but keep their names on old check-ins. */
export function setArchived(db: Database, table: Table, id: number, archived: boolean): void {
  const { changes } = db
    .prepare(`UPDATE ${table} SET archived = ? WHERE id = ?`)
    .run(archived ? 1 : 0, id)
  if (changes === 0) throw new DomainError('not-found', `No such entry (${id})`, 'id')
}

/** Sets (or clears, with null) a medicine's daily limit. Only medicines can have one. */
export function setDailyLimit(db: Database, remedyId: number, limitMg: number | null): void {
  const kind = db.prepare('SELECT kind FROM remedies WHERE id = ?').pluck().get(remedyId)
  if (kind === undefined)
    throw new DomainError('not-found', `No such remedy (${remedyId})`, 'remedyId')
  if (kind !== 'medication') {
    throw new DomainError('validation', 'Only medicines can have a daily limit.', 'remedyId')
  }
  if (limitMg === null) {
    db.prepare('DELETE FROM medication_limits WHERE remedy_id = ?').run(remedyId)
  } else {
    db.prepare(
      `INSERT INTO medication_limits (remedy_id, daily_limit_mg) VALUES (?, ?)
       ON CONFLICT (remedy_id) DO UPDATE SET daily_limit_mg = excluded.daily_limit_mg`,
    ).run(remedyId, limitMg)
  }
}

/**
 * Replaces the whole catalogue — triggers, remedies, medicine limits — with rows as stored, ids
 * kept (restoring a backup). Inside a transaction, after the check-ins that use them are gone.
 */
export function replaceCatalog(
  db: Database,
  rows: {
    triggers: readonly StoredEntry[]
    remedies: readonly StoredRemedy[]
    medication_limits: readonly StoredLimit[]
  },
): void {
  for (const table of ['medication_limits', 'remedies', 'triggers']) {
    db.prepare(`DELETE FROM ${table}`).run()
  }
  const trigger = db.prepare('INSERT INTO triggers (id, key, name, archived) VALUES (?, ?, ?, ?)')
  for (const t of rows.triggers) trigger.run(t.id, t.key, t.name, t.archived)
  const remedy = db.prepare(
    'INSERT INTO remedies (id, key, name, kind, archived) VALUES (?, ?, ?, ?, ?)',
  )
  for (const r of rows.remedies) remedy.run(r.id, r.key, r.name, r.kind, r.archived)
  const limit = db.prepare(
    'INSERT INTO medication_limits (remedy_id, daily_limit_mg) VALUES (?, ?)',
  )
  for (const l of rows.medication_limits) limit.run(l.remedy_id, l.daily_limit_mg)
}
