/**
 * Check-ins and their parts (regions, triggers, remedies, red flags). Every write is one
 * transaction: a check-in is stored whole or not at all.
 */
import type { Database } from 'better-sqlite3'
import type { BodyRegion, Checkin, PainContext, RedFlag, Relief } from '../../../shared/domain'
import type { CheckinParsed } from '../../../shared/schemas'
import { DomainError } from '../../../shared/domain-error'

interface CheckinRow {
  id: number
  at: string
  day: string
  pain: number
  spasm: number | null
  context: string | null
  note: string
}

interface RemedyRow {
  checkin_id: number
  remedy_id: number
  dose_mg: number | null
  minutes: number | null
  relief: number | null
}

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

function deleteParts(db: Database, id: number): void {
  for (const table of [
    'checkin_regions',
    'checkin_triggers',
    'checkin_remedies',
    'checkin_red_flags',
  ]) {
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

function assemble(db: Database, rows: CheckinRow[], where: string, params: unknown[]): Checkin[] {
  const byId = new Map<number, Checkin>()
  for (const row of rows) {
    byId.set(row.id, {
      id: row.id,
      at: row.at,
      day: row.day,
      pain: row.pain,
      spasm: row.spasm === null ? null : row.spasm === 1,
      regions: [],
      context: row.context as PainContext | null,
      triggerIds: [],
      remedies: [],
      redFlags: [],
      note: row.note,
    })
  }
  if (byId.size === 0) return []
  const sub = `SELECT id FROM checkins WHERE ${where}`
  const parts = <T>(sql: string) => db.prepare(sql).all(...params) as T[]
  for (const r of parts<{ checkin_id: number; region: string }>(
    `SELECT checkin_id, region FROM checkin_regions WHERE checkin_id IN (${sub}) ORDER BY region`,
  )) {
    byId.get(r.checkin_id)?.regions.push(r.region as BodyRegion)
  }
  for (const r of parts<{ checkin_id: number; trigger_id: number }>(
    `SELECT checkin_id, trigger_id FROM checkin_triggers WHERE checkin_id IN (${sub})
     ORDER BY trigger_id`,
  )) {
    byId.get(r.checkin_id)?.triggerIds.push(r.trigger_id)
  }
  for (const r of parts<RemedyRow>(
    `SELECT checkin_id, remedy_id, dose_mg, minutes, relief FROM checkin_remedies
     WHERE checkin_id IN (${sub}) ORDER BY id`,
  )) {
    byId.get(r.checkin_id)?.remedies.push({
      remedyId: r.remedy_id,
      doseMg: r.dose_mg,
      minutes: r.minutes,
      relief: r.relief as Relief | null,
    })
  }
  for (const r of parts<{ checkin_id: number; flag: string }>(
    `SELECT checkin_id, flag FROM checkin_red_flags WHERE checkin_id IN (${sub}) ORDER BY flag`,
  )) {
    byId.get(r.checkin_id)?.redFlags.push(r.flag as RedFlag)
  }
  return [...byId.values()]
}

const COLUMNS = 'id, at, day, pain, spasm, context, note'

/**
 * The moment a stamp column names, for ORDER BY: SQLite's julianday() reads the UTC offset, so
 * 01:45 EDT sorts before 01:15 EST in the hour the clocks go back, where the clock text does not.
 * (A stamp SQLite cannot read, which only an older version could have stored, sorts first.)
 */
export function instantSql(column = 'at'): string {
  return `ifnull(julianday(${column}), 0)`
}

/** Check-ins whose journal day lies in [from, to], in the order they happened. */
export function listCheckins(db: Database, from: string, to: string): Checkin[] {
  const where = 'day BETWEEN ? AND ? AND deleted_at IS NULL'
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM checkins WHERE ${where} ORDER BY ${instantSql()}, id`)
    .all(from, to) as CheckinRow[]
  return assemble(db, rows, where, [from, to])
}

export function getCheckin(db: Database, id: number): Checkin | null {
  const where = 'id = ? AND deleted_at IS NULL'
  const rows = db.prepare(`SELECT ${COLUMNS} FROM checkins WHERE ${where}`).all(id) as CheckinRow[]
  return assemble(db, rows, where, [id])[0] ?? null
}

/** How many live check-ins the journal holds. */
export function countCheckins(db: Database): number {
  return db
    .prepare('SELECT count(*) FROM checkins WHERE deleted_at IS NULL')
    .pluck()
    .get() as number
}

/** Whether journal day `day` has a live check-in (the reminders ask before they speak). */
export function hasCheckinOn(db: Database, day: string): boolean {
  return (
    db.prepare('SELECT 1 FROM checkins WHERE day = ? AND deleted_at IS NULL LIMIT 1').get(day) !==
    undefined
  )
}

/** The time stamp of every live check-in, as stored (an import tells the moments already there). */
export function liveCheckinStamps(db: Database): string[] {
  return db.prepare('SELECT at FROM checkins WHERE deleted_at IS NULL').pluck().all() as string[]
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
