/**
 * Migration 3 (doctor visits, bed rest told apart from a short rest): a v2 journal full of data,
 * opened by the app, keeps every row and every warning sign it recorded, gains an empty
 * `doctor_visits` table and the bed rest remedy, and its short rest says what it is.
 */
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { migrate, userVersion } from '../../src/main/db/migrate'
import { LATEST_VERSION } from '../../src/main/db/migrations'
import { loadJournal } from '../../src/main/db/repositories/journal-loader'
import { startJournal, type RunningJournal } from '../../src/main/journal'
import { BUILTIN_REMEDIES } from '../../src/shared/catalog'
import { RED_FLAGS, RED_FLAG_LABELS } from '../../src/shared/domain'
import type { Checkin } from '../../src/shared/domain'
import { asV1Journal, aYearOfCheckins, FIXTURE_END_DAY } from '../fixtures/journal'
import { dumpDatabase, nullPlatform, tempDir } from '../support/temp-journal'

let cleanup = () => {}
afterEach(() => cleanup())

/** A v2 journal file in a fresh data folder, filled by `fill`, closed. */
async function v2Journal(fill: (db: Database.Database) => void) {
  const t = tempDir()
  const file = join(t.dir, 'journal.sqlite')
  const db = new Database(file)
  db.pragma('foreign_keys = ON')
  await migrate(db, { backupDir: join(t.dir, 'backups'), target: 2 })
  fill(db)
  const before = dumpDatabase(db)
  db.close()
  return { dir: t.dir, file, before, cleanupDir: t.cleanup }
}

async function open(dir: string): Promise<RunningJournal> {
  return startJournal({ dataDir: dir, version: 'test', platform: nullPlatform })
}

const remedy = (db: Database.Database, key: string) =>
  db.prepare('SELECT id, key, name, kind, archived FROM remedies WHERE key = ?').get(key)

describe('migration 3', () => {
  it('keeps every row of a v2 journal full of data, warning signs included, and adds visits and bed rest', async () => {
    const sample = asV1Journal(aYearOfCheckins({ redFlags: true }))
    // Every key the first catalogue had, each on a check-in of its own.
    const V1_KEYS = [
      'bladder-bowel',
      'saddle-numbness',
      'leg-weakness',
      'fever',
      'weight-loss',
      'fall-or-accident',
      'cancer-history',
      'night-pain',
    ] as const
    sample.checkins
      .filter((c) => c.pain >= 5)
      .slice(0, V1_KEYS.length)
      .forEach((c, i) => c.redFlags.push(V1_KEYS[i]!))
    const j = await v2Journal((db) => {
      loadJournal(db, sample, '2026-03-01T12:00:00.000Z')
      db.prepare("INSERT INTO acknowledgements VALUES ('2026-02-20', 'red-flags')").run()
    })
    const flagsBefore = (j.before['checkin_red_flags'] ?? []) as { flag: string }[]
    // The fixture holds warning signs, the retired key among them, and short rests.
    expect(new Set(flagsBefore.map((r) => r.flag))).toEqual(new Set(V1_KEYS))

    const running = await open(j.dir)
    cleanup = () => {
      running.close()
      j.cleanupDir()
    }
    const db = running.db()
    expect(userVersion(db)).toBe(LATEST_VERSION)
    const after = dumpDatabase(db)
    // Every table but the two the migration is about is exactly as it was.
    for (const [table, rows] of Object.entries(j.before)) {
      if (table === 'remedies') continue
      expect(after[table], table).toEqual(rows)
    }
    expect(after['doctor_visits']).toEqual([])
    // Remedies: the same rows, "Short rest" renamed in place, "Bed rest" added at the end.
    const remediesBefore = j.before['remedies'] as { key: string; name: string }[]
    expect((after['remedies'] as unknown[]).slice(0, remediesBefore.length)).toEqual(
      remediesBefore.map((r) =>
        r.key === 'rest' ? { ...r, name: 'Short rest (an hour or two)' } : r,
      ),
    )
    expect(remedy(db, 'bed-rest')).toMatchObject({
      name: 'Bed rest (lying down most of the day)',
      kind: 'self-care',
      archived: 0,
    })
    // A new journal and a migrated one hold the same built-in catalogue.
    for (const r of BUILTIN_REMEDIES) expect(remedy(db, r.key)).toMatchObject(r)

    // The app reads every warning sign back, in words.
    const result = await running.router.handle('checkins:list', {
      from: '2025-01-01',
      to: FIXTURE_END_DAY,
    })
    if (!result.ok) throw new Error(result.error.message)
    const read = (result.value as Checkin[]).flatMap((c) => c.redFlags)
    expect(read.sort()).toEqual(flagsBefore.map((r) => r.flag).sort())
    for (const flag of read) {
      expect(RED_FLAGS).toContain(flag)
      expect(RED_FLAG_LABELS[flag]).toBeTruthy()
    }
    // And the rules still run on it.
    const insights = await running.router.handle('insights:get', { asOf: FIXTURE_END_DAY })
    expect(insights.ok).toBe(true)
  })

  it('backs the v2 file up before changing it', async () => {
    const j = await v2Journal((db) => loadJournal(db, asV1Journal(aYearOfCheckins()), 'now'))
    const running = await open(j.dir)
    cleanup = () => {
      running.close()
      j.cleanupDir()
    }
    const result = await running.router.handle('backups:list', undefined)
    if (!result.ok) throw new Error(result.error.message)
    expect((result.value as { reason: string }[]).map((b) => b.reason)).toContain(
      `before-v${LATEST_VERSION}`,
    )
  })

  it('leaves a short rest the person renamed as they named it', async () => {
    const j = await v2Journal((db) =>
      db.prepare("UPDATE remedies SET name = 'Lie-down after lunch' WHERE key = 'rest'").run(),
    )
    const running = await open(j.dir)
    cleanup = () => {
      running.close()
      j.cleanupDir()
    }
    expect(remedy(running.db(), 'rest')).toMatchObject({ name: 'Lie-down after lunch' })
    expect(remedy(running.db(), 'bed-rest')).toBeDefined()
  })

  it('makes a remedy of the person’s own called bed rest the built-in, keeping its uses', async () => {
    let ownId = 0
    const j = await v2Journal((db) => {
      ownId = Number(
        db
          .prepare(
            "INSERT INTO remedies (name, kind) VALUES ('bed rest (lying down most of the day)', 'self-care')",
          )
          .run().lastInsertRowid,
      )
      const checkin = db
        .prepare(
          `INSERT INTO checkins (at, day, pain, created_at, updated_at)
           VALUES ('2026-02-01T09:00:00+00:00', '2026-02-01', 6, 'c', 'u')`,
        )
        .run().lastInsertRowid
      db.prepare('INSERT INTO checkin_remedies (checkin_id, remedy_id) VALUES (?, ?)').run(
        checkin,
        ownId,
      )
    })
    const running = await open(j.dir)
    cleanup = () => {
      running.close()
      j.cleanupDir()
    }
    const db = running.db()
    expect(remedy(db, 'bed-rest')).toMatchObject({ id: ownId })
    expect(
      db.prepare("SELECT count(*) FROM remedies WHERE name LIKE 'bed rest%'").pluck().get(),
    ).toBe(1)
    expect(db.prepare('SELECT remedy_id FROM checkin_remedies').pluck().all()).toEqual([ownId])
  })

  it('a new journal gets the current built-in catalogue through migrations 1 to 3', async () => {
    const t = tempDir()
    const running = await open(t.dir)
    cleanup = () => {
      running.close()
      t.cleanup()
    }
    const rows = running.db().prepare('SELECT key, name, kind FROM remedies ORDER BY key').all()
    expect(rows).toEqual(
      [...BUILTIN_REMEDIES]
        .map(({ key, name, kind }) => ({ key, name, kind }))
        .sort((a, b) => a.key.localeCompare(b.key)),
    )
  })
})
