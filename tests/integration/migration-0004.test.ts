/**
 * Migration 4 (the check-ins table made again, its context rule written so the start-up check
 * is fast): a v3 journal full of data, opened by the app, keeps every row of every table, ids
 * and all; the rule still refuses what it refused; the references from the other tables still
 * point at the check-ins (a deleted check-in takes its regions, triggers, remedies and warning
 * signs with it); and the runner rolls back a migration that leaves a reference pointing nowhere.
 */
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { migrate, userVersion } from '../../src/main/db/migrate'
import { MIGRATIONS, type Migration } from '../../src/main/db/migrations'
import { openJournal } from '../../src/main/db/open'
import { loadJournal } from '../../src/main/db/repositories/journal-loader'
import { aYearOfCheckins } from '../fixtures/journal'
import { dumpDatabase, tempDir } from '../support/temp-journal'

let cleanups: (() => void)[] = []
afterEach(() => {
  cleanups.forEach((c) => c())
  cleanups = []
})

/** A v3 journal file holding a year of check-ins with every kind of detail, closed. */
async function v3Journal() {
  const t = tempDir()
  cleanups.push(t.cleanup)
  const file = join(t.dir, 'journal.sqlite')
  const db = new Database(file)
  db.pragma('foreign_keys = ON')
  await migrate(db, { backupDir: join(t.dir, 'backups'), target: 3 })
  const sample = aYearOfCheckins({ redFlags: true })
  loadJournal(db, sample, '2026-03-01T12:00:00.000Z')
  // One deleted check-in: the mark must survive the copy.
  db.prepare("UPDATE checkins SET deleted_at = '2026-02-01T09:00:00.000Z' WHERE id = 5").run()
  const before = dumpDatabase(db)
  db.close()
  return { dir: t.dir, file, before }
}

async function openAt(dir: string) {
  const { db } = await openJournal(join(dir, 'journal.sqlite'), {
    backupDir: join(dir, 'backups'),
  })
  cleanups.unshift(() => db.close())
  return db
}

const insertWithContext = (db: Database.Database, context: string | null) =>
  db
    .prepare(
      `INSERT INTO checkins (at, day, pain, context, created_at, updated_at)
       VALUES ('2026-03-01T08:00:00.000Z', '2026-03-01', 4, ?, 'x', 'x')`,
    )
    .run(context)

describe('migration 4', () => {
  it('keeps every row of every table of a v3 journal, with its id', async () => {
    const j = await v3Journal()
    const checkins = j.before['checkins'] as { context: string | null; deleted_at: string | null }[]
    // The fixture holds every context, check-ins without one, and the deleted one.
    expect(new Set(checkins.map((c) => c.context))).toEqual(
      new Set([null, 'waking', 'sitting', 'standing', 'activity', 'lying']),
    )
    expect(checkins.some((c) => c.deleted_at !== null)).toBe(true)
    for (const table of ['checkin_regions', 'checkin_remedies', 'checkin_red_flags']) {
      expect((j.before[table] ?? []).length, table).toBeGreaterThan(0)
    }

    const db = await openAt(j.dir)
    expect(userVersion(db)).toBe(4)
    expect(dumpDatabase(db)).toEqual(j.before)
    expect(db.pragma('quick_check', { simple: true })).toBe('ok')
    expect(db.pragma('foreign_key_check')).toEqual([])
    // Foreign keys are back on for the app's own writes.
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
  })

  it('writes the context rule as comparisons and makes the day index again', async () => {
    const j = await v3Journal()
    const db = await openAt(j.dir)
    const sql = (name: string) =>
      db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').pluck().get(name) as string
    expect(sql('checkins')).toMatch(/context = 'waking' OR context = 'sitting'/)
    expect(sql('checkins')).not.toMatch(/context IN/)
    expect(sql('checkins_v4')).toBeUndefined()
    expect(sql('checkins_by_day')).toBe(
      'CREATE INDEX checkins_by_day ON checkins (day, at) WHERE deleted_at IS NULL',
    )
    // A new journal gets the same table as a migrated one.
    const t = tempDir()
    cleanups.push(t.cleanup)
    const fresh = (await openJournal(join(t.dir, 'new.sqlite'), { backupDir: t.dir })).db
    cleanups.unshift(() => fresh.close())
    const freshSql = fresh
      .prepare("SELECT sql FROM sqlite_schema WHERE name = 'checkins'")
      .pluck()
      .get()
    expect(freshSql).toBe(sql('checkins'))
  })

  it('refuses what the old rule refused and allows what it allowed', async () => {
    const j = await v3Journal()
    const db = await openAt(j.dir)
    for (const context of ['waking', 'sitting', 'standing', 'activity', 'lying', null]) {
      expect(() => insertWithContext(db, context)).not.toThrow()
    }
    for (const context of ['Waking', 'walking', '', 'waking ', "waking' OR '1"]) {
      expect(() => insertWithContext(db, context), context).toThrow(/CHECK constraint failed/)
    }
  })

  it('is still found by the start-up check when a row breaks the rule', async () => {
    const j = await v3Journal()
    const db = await openAt(j.dir)
    db.pragma('ignore_check_constraints = ON')
    insertWithContext(db, 'dancing')
    db.close()
    cleanups.shift()
    await expect(openJournal(j.file, { backupDir: join(j.dir, 'backups') })).rejects.toThrow(
      /is damaged \(CHECK constraint failed in checkins\)/,
    )
  })

  it('leaves the references from other tables pointing at the check-ins', async () => {
    const j = await v3Journal()
    const db = await openAt(j.dir)
    const id = db
      .prepare(
        `SELECT c.id FROM checkins c
         WHERE EXISTS (SELECT 1 FROM checkin_regions r WHERE r.checkin_id = c.id)
           AND EXISTS (SELECT 1 FROM checkin_remedies m WHERE m.checkin_id = c.id)`,
      )
      .pluck()
      .get() as number
    const children = () =>
      ['checkin_regions', 'checkin_triggers', 'checkin_remedies', 'checkin_red_flags'].map((t) =>
        db.prepare(`SELECT count(*) FROM ${t} WHERE checkin_id = ?`).pluck().get(id),
      )
    expect(children().some((n) => (n as number) > 0)).toBe(true)
    db.prepare('DELETE FROM checkins WHERE id = ?').run(id)
    expect(children()).toEqual([0, 0, 0, 0])
    // And a detail for a check-in that is not there is refused.
    expect(() =>
      db.prepare("INSERT INTO checkin_regions VALUES (?, 'lower-back')").run(id),
    ).toThrow(/FOREIGN KEY constraint failed/)
  })
})

describe('the migration runner, with foreign keys off', () => {
  const v1 = MIGRATIONS.slice(0, 1)

  it('rolls back a migration that leaves a reference pointing nowhere', async () => {
    const t = tempDir()
    cleanups.push(t.cleanup)
    const db = new Database(join(t.dir, 'j.sqlite'))
    cleanups.unshift(() => db.close())
    db.pragma('foreign_keys = ON')
    await migrate(db, { backupDir: t.dir, migrations: v1 })
    db.prepare(
      `INSERT INTO checkins (id, at, day, pain, created_at, updated_at)
       VALUES (1, '2026-03-01T08:00:00.000Z', '2026-03-01', 4, 'x', 'x')`,
    ).run()
    const before = dumpDatabase(db)
    const dropsParent: Migration = {
      version: 2,
      name: 'loses check-ins',
      up: (d) => {
        d.exec("INSERT INTO checkin_regions VALUES (1, 'lower-back')")
        d.exec('DELETE FROM checkins')
      },
    }
    await expect(
      migrate(db, { backupDir: t.dir, migrations: [...v1, dropsParent] }),
    ).rejects.toThrow(/would leave rows of checkin_regions pointing at no row of checkins/)
    expect(userVersion(db)).toBe(1)
    expect(dumpDatabase(db)).toEqual(before)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
  })

  it('refuses to run inside a transaction, where foreign keys cannot be turned off', async () => {
    const t = tempDir()
    cleanups.push(t.cleanup)
    const db = new Database(join(t.dir, 'j.sqlite'))
    cleanups.unshift(() => db.close())
    db.exec('BEGIN')
    await expect(migrate(db, { backupDir: t.dir, migrations: v1 })).rejects.toThrow(
      /cannot run inside another transaction/,
    )
    db.exec('ROLLBACK')
    expect(userVersion(db)).toBe(0)
  })
})
