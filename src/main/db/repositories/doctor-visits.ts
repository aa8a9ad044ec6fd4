/**
 * Doctor visits: "I have seen a doctor about this" (DESIGN.md section 2). The one writer of the
 * `doctor_visits` table; the flags read them through analysis.ts.
 */
import type { Database } from 'better-sqlite3'
import type { DoctorVisit } from '../../../shared/domain'
import { DomainError } from '../../../shared/domain-error'

/** A visit as stored. */
export interface StoredVisit {
  id: number
  day: string
  note: string
  recorded_at: string
}

const fromRow = (r: StoredVisit): DoctorVisit => ({
  id: r.id,
  day: r.day,
  note: r.note,
  recordedAt: r.recorded_at,
})

/** Every visit, oldest first (by day, then by when it was recorded). */
export function listDoctorVisits(db: Database): DoctorVisit[] {
  const rows = db
    .prepare('SELECT id, day, note, recorded_at FROM doctor_visits ORDER BY day, recorded_at, id')
    .all() as StoredVisit[]
  return rows.map(fromRow)
}

export function addDoctorVisit(
  db: Database,
  visit: { day: string; note: string },
  recordedAt: string,
): DoctorVisit {
  const { lastInsertRowid } = db
    .prepare('INSERT INTO doctor_visits (day, note, recorded_at) VALUES (?, ?, ?)')
    .run(visit.day, visit.note, recordedAt)
  return { id: Number(lastInsertRowid), day: visit.day, note: visit.note, recordedAt }
}

export function deleteDoctorVisit(db: Database, id: number): void {
  const { changes } = db.prepare('DELETE FROM doctor_visits WHERE id = ?').run(id)
  if (changes === 0) throw new DomainError('not-found', `No doctor visit with id ${id}.`)
}

/** Replaces every visit with `rows`, ids kept (restoring a backup). Inside a transaction. */
export function replaceDoctorVisits(db: Database, rows: readonly StoredVisit[]): void {
  db.prepare('DELETE FROM doctor_visits').run()
  const insert = db.prepare(
    'INSERT INTO doctor_visits (id, day, note, recorded_at) VALUES (?, ?, ?, ?)',
  )
  for (const v of rows) insert.run(v.id, v.day, v.note, v.recorded_at)
}
