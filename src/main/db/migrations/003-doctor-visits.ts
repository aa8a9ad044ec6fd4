/**
 * Schema v3 (issue 14):
 * - `doctor_visits`: "I have seen a doctor about this" (DESIGN.md section 2), a day and an
 *   optional note. A visit steps the urgent flags recorded before it down to a quiet line;
 *   `recorded_at` (an instant) tells a warning sign recorded later the same day from one before.
 * - Bed rest told apart from a short rest: the long bed rest flag counts only lying down most of
 *   the day. The built-in "Short rest" keeps its key and every record (a short rest is what was
 *   recorded), and its name now says what it is; "Bed rest" is a new built-in.
 */
import type { Database } from 'better-sqlite3'

const SHORT_REST_V1_NAME = 'Short rest'
const SHORT_REST_NAME = 'Short rest (an hour or two)'
const BED_REST_NAME = 'Bed rest (lying down most of the day)'

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE doctor_visits (
      id          INTEGER PRIMARY KEY,
      day         TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      note        TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
      recorded_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX doctor_visits_by_day ON doctor_visits (day, recorded_at);
  `)
  upgradeRestRemedies(db)
}

/**
 * Brings the rest remedies of a journal made before v3 up to date. Migration 3 runs it, and so
 * does restoring a JSON backup written before it, so both end with the same catalogue.
 */
export function upgradeRestRemedies(db: Database): void {
  // A name the person chose is theirs: only the name v1 gave is replaced.
  db.prepare("UPDATE remedies SET name = ? WHERE key = 'rest' AND name = ?").run(
    SHORT_REST_NAME,
    SHORT_REST_V1_NAME,
  )
  if (db.prepare("SELECT 1 FROM remedies WHERE key = 'bed-rest'").get() !== undefined) return
  // Names are unique (ignoring case): a remedy of the person's own called that becomes the
  // built-in, so what they recorded as bed rest counts as bed rest.
  const own = db
    .prepare('SELECT id FROM remedies WHERE name = ? AND key IS NULL')
    .pluck()
    .get(BED_REST_NAME) as number | undefined
  if (own !== undefined) {
    db.prepare("UPDATE remedies SET key = 'bed-rest' WHERE id = ?").run(own)
    return
  }
  db.prepare("INSERT INTO remedies (key, name, kind) VALUES ('bed-rest', ?, 'self-care')").run(
    BED_REST_NAME,
  )
}
