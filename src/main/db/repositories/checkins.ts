/**
 * Check-ins and their parts (regions, triggers, remedies, red flags): the one writer of those
 * tables (checkins-read.ts reads them). Every write is one transaction: a check-in is stored
 * whole or not at all.
 */
import type { Database } from 'better-sqlite3'
import type { PainContext } from '../../../shared/domain'
import type { CheckinParsed } from '../../../shared/schemas'
import { DomainError } from '../../../shared/domain-error'
import type { CheckinRow } from './checkins-read'

function assertCatalogIds(db: Database, table: 'triggers' | 'remedies', ids: number[]): void {
  if (ids.length === 0) return
  const unique = [...new Set(ids)]
  const found = db
    .prepare(`SELECT id FROM ${table} WHERE id IN (${unique.map(() => '?').join(',')})`)
    .pluck()
    .all(...unique) as number[]
  const missing = unique.filter((id) => !found.includes(id))
  if (missing.length > 0) {
    const what = table === 'triggers' ? 'trigger' : 'remedy'
    throw new DomainError('validation', `Unknown ${what}: ${missing.join(', ')}`, `${what}Ids`)
  }
}

/** A check-in ready to store, its catalog entries already resolved to ids. */
export interface NewCheckin {
  at: string
  day: string
  pain: number
  spasm: boolean | null
  context: PainContext | null
  note: string
  regions: readonly string[]
  triggerIds: readonly number[]
  remedies: readonly {
    remedyId: number
    doseMg: number | null
    minutes: number | null
    relief: number | null
  }[]
  redFlags: readonly string[]
}

/**
 * The one way check-ins are written (saves, the generated journals, CSV import): statements
 * prepared once, for many rows. Call the functions inside a transaction.
 */
export function checkinWriter(db: Database) {
  const checkin = db.prepare(
    `INSERT INTO checkins (at, day, pain, spasm, context, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const region = db.prepare('INSERT INTO checkin_regions (checkin_id, region) VALUES (?, ?)')
  const trigger = db.prepare('INSERT INTO checkin_triggers (checkin_id, trigger_id) VALUES (?, ?)')
  const remedy = db.prepare(
    `INSERT INTO checkin_remedies (checkin_id, remedy_id, dose_mg, minutes, relief)
     VALUES (?, ?, ?, ?, ?)`,
  )
  const flag = db.prepare('INSERT INTO checkin_red_flags (checkin_id, flag) VALUES (?, ?)')
  const writeParts = (id: number, c: NewCheckin): void => {
    for (const r of new Set(c.regions)) region.run(id, r)
    for (const t of new Set(c.triggerIds)) trigger.run(id, t)
    for (const r of c.remedies) remedy.run(id, r.remedyId, r.doseMg, r.minutes, r.relief)
    for (const f of new Set(c.redFlags)) flag.run(id, f)
  }
  return {
    insert(c: NewCheckin, now: string): number {
      const spasm = c.spasm === null ? null : c.spasm ? 1 : 0
      const id = Number(
        checkin.run(c.at, c.day, c.pain, spasm, c.context, c.note, now, now).lastInsertRowid,
      )
      writeParts(id, c)
      return id
    },
    writeParts,
  }
}

/** The tables that hold a check-in's parts, each row naming its check-in. */
const PART_TABLES = [
  'checkin_regions',
  'checkin_triggers',
  'checkin_remedies',
  'checkin_red_flags',
] as const

function deleteParts(db: Database, id: number): void {
  for (const table of PART_TABLES) {
    db.prepare(`DELETE FROM ${table} WHERE checkin_id = ?`).run(id)
  }
}

/** Stores a new check-in, or replaces an existing one when `input.id` is set. Returns its id. */
export function saveCheckin(db: Database, input: CheckinParsed, day: string, now: string): number {
  return db.transaction(() => {
    assertCatalogIds(db, 'triggers', input.triggerIds)
    assertCatalogIds(
      db,
      'remedies',
      input.remedies.map((r) => r.remedyId),
    )
    const writer = checkinWriter(db)
    if (input.id === undefined) return writer.insert({ ...input, day }, now)
    const spasm = input.spasm === null ? null : input.spasm ? 1 : 0
    const { changes } = db
      .prepare(
        `UPDATE checkins SET at = ?, day = ?, pain = ?, spasm = ?, context = ?, note = ?,
           updated_at = ? WHERE id = ? AND deleted_at IS NULL`,
      )
      .run(input.at, day, input.pain, spasm, input.context, input.note, now, input.id)
    if (changes === 0)
      throw new DomainError('not-found', `Check-in ${input.id} does not exist`, 'id')
    deleteParts(db, input.id)
    writer.writeParts(input.id, { ...input, day })
    return input.id
  })()
}

/** Marks a check-in deleted; `restoreCheckin` undoes it. */
export function deleteCheckin(db: Database, id: number, now: string): void {
  const { changes } = db
    .prepare('UPDATE checkins SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL')
    .run(now, id)
  if (changes === 0) throw new DomainError('not-found', `Check-in ${id} does not exist`, 'id')
}

export function restoreCheckin(db: Database, id: number): void {
  const { changes } = db
    .prepare('UPDATE checkins SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL')
    .run(id)
  if (changes === 0)
    throw new DomainError('not-found', `No deleted check-in ${id} to bring back`, 'id')
}

/** A check-in as stored, deleted ones too, with its parts: what a backup holds. */
export interface StoredCheckin extends CheckinRow {
  created_at: string
  updated_at: string
  deleted_at: string | null
  regions: readonly string[]
  trigger_ids: readonly number[]
  remedies: readonly {
    id: number
    remedy_id: number
    dose_mg: number | null
    minutes: number | null
    relief: number | null
  }[]
  red_flags: readonly string[]
}

/** Deletes every check-in and its parts (restoring a backup). Inside a transaction. */
export function clearCheckins(db: Database): void {
  for (const table of [...PART_TABLES].reverse()) db.prepare(`DELETE FROM ${table}`).run()
  db.prepare('DELETE FROM checkins').run()
}

/** Writes check-ins as stored, ids and time stamps kept (restoring a backup). */
export function insertStoredCheckins(db: Database, rows: readonly StoredCheckin[]): void {
  const checkin = db.prepare(
    `INSERT INTO checkins (id, at, day, pain, spasm, context, note, created_at, updated_at,
       deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const region = db.prepare('INSERT INTO checkin_regions (checkin_id, region) VALUES (?, ?)')
  const trigger = db.prepare('INSERT INTO checkin_triggers (checkin_id, trigger_id) VALUES (?, ?)')
  const use = db.prepare(
    `INSERT INTO checkin_remedies (id, checkin_id, remedy_id, dose_mg, minutes, relief)
     VALUES (?, ?, ?, ?, ?, ?)`,
  )
  const flag = db.prepare('INSERT INTO checkin_red_flags (checkin_id, flag) VALUES (?, ?)')
  for (const c of rows) {
    checkin.run(
      c.id,
      c.at,
      c.day,
      c.pain,
      c.spasm,
      c.context,
      c.note,
      c.created_at,
      c.updated_at,
      c.deleted_at,
    )
    for (const r of c.regions) region.run(c.id, r)
    for (const t of c.trigger_ids) trigger.run(c.id, t)
    for (const u of c.remedies) use.run(u.id, c.id, u.remedy_id, u.dose_mg, u.minutes, u.relief)
    for (const f of c.red_flags) flag.run(c.id, f)
  }
}
