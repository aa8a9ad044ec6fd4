/**
 * Schema v2: marks the file as a Pain Journal with `PRAGMA application_id`
 * (https://sqlite.org/pragma.html#pragma_application_id), so that a SQLite file belonging to
 * another program is recognised, and set aside untouched, before anything is written to it.
 * New journals get the mark as they are created (migrations 1 and 2 run together); existing v1
 * journals get it here. Nothing else changes.
 */
import type { Database } from 'better-sqlite3'

/** "PJRN" in ASCII, as a signed 32-bit integer (the header field is 4 bytes at offset 68). */
export const APPLICATION_ID = 0x504a524e

export function up(db: Database): void {
  db.pragma(`application_id = ${APPLICATION_ID}`)
}
