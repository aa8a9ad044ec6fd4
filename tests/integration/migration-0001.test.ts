/** Migration 1 (initial schema): from an empty file to v1, then a round trip of every table. */
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { migrate, userVersion } from '../../src/main/db/migrate'
import { tempDir } from '../support/temp-journal'

let cleanup = () => {}
afterEach(() => cleanup())

it('migration 1 creates every table of the vocabulary and they accept their rows', async () => {
  const t = tempDir()
  const db = new Database(join(t.dir, 'j.sqlite'))
  cleanup = () => {
    db.close()
    t.cleanup()
  }
  db.pragma('foreign_keys = ON')
  await migrate(db, { backupDir: join(t.dir, 'b'), target: 0 })
  expect(userVersion(db)).toBe(0)
  await migrate(db, { backupDir: join(t.dir, 'b'), target: 1 })
  expect(userVersion(db)).toBe(1)

  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all()
  expect(tables).toEqual([
    'acknowledgements',
    'checkin_red_flags',
    'checkin_regions',
    'checkin_remedies',
    'checkin_triggers',
    'checkins',
    'day_records',
    'medication_limits',
    'remedies',
    'settings',
    'triggers',
  ])
  const id = db
    .prepare(
      `INSERT INTO checkins (at, day, pain, spasm, context, note, created_at, updated_at)
       VALUES ('2026-11-25T09:00:00+01:00', '2026-11-25', 7, 1, 'sitting', 'n', 'c', 'u')`,
    )
    .run().lastInsertRowid
  db.prepare("INSERT INTO checkin_regions VALUES (?, 'lower-back-left')").run(id)
  db.prepare('INSERT INTO checkin_triggers VALUES (?, 1)').run(id)
  db.prepare(
    'INSERT INTO checkin_remedies (checkin_id, remedy_id, dose_mg, relief) VALUES (?, 13, 400, 1)',
  ).run(id)
  db.prepare("INSERT INTO checkin_red_flags VALUES (?, 'fever')").run(id)
  db.prepare(
    "INSERT INTO day_records (day, sleep_quality, updated_at) VALUES ('2026-11-25', 4, 'u')",
  ).run()
  expect(() =>
    db
      .prepare(
        "INSERT INTO checkins (at, day, pain, created_at, updated_at) VALUES ('a', 'd', 11, 'c', 'u')",
      )
      .run(),
  ).toThrow(/CHECK constraint/)
  expect(() => db.prepare('INSERT INTO checkin_triggers VALUES (?, 999)').run(id)).toThrow(
    /FOREIGN KEY/,
  )
})
