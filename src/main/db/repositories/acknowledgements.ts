/**
 * Per-day acknowledgements: "I have seen the warning-signs notice today", "not today" for a
 * doctor-visit banner. They last for the journal day they were given on, so a notice that still
 * holds comes back the next day.
 */
import type { Database } from 'better-sqlite3'

export function listAcknowledgements(db: Database, day: string): string[] {
  return db
    .prepare('SELECT kind FROM acknowledgements WHERE day = ? ORDER BY kind')
    .pluck()
    .all(day) as string[]
}

export function acknowledge(db: Database, day: string, kind: string): void {
  db.prepare('INSERT OR IGNORE INTO acknowledgements (day, kind) VALUES (?, ?)').run(day, kind)
}

/** An acknowledgement as stored. */
export interface StoredAcknowledgement {
  day: string
  kind: string
}

/** Replaces every acknowledgement with `rows` (restoring a backup). Inside a transaction. */
export function replaceAcknowledgements(
  db: Database,
  rows: readonly StoredAcknowledgement[],
): void {
  db.prepare('DELETE FROM acknowledgements').run()
  const insert = db.prepare('INSERT INTO acknowledgements (day, kind) VALUES (?, ?)')
  for (const a of rows) insert.run(a.day, a.kind)
}
