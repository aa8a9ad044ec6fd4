/**
 * Reading check-ins whole, as the screens, the exports and the report show them: a day range, one
 * check-in, how many there are. In the order they happened (by instant, never by clock text).
 */
import type { Database } from 'better-sqlite3'
import type { BodyRegion, Checkin, PainContext, RedFlag, Relief } from '../../../shared/domain'

/** The columns of a check-in's own row. */
export interface CheckinRow {
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
