import Database from 'better-sqlite3'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { BUILTIN_REMEDIES, BUILTIN_TRIGGERS } from '../../src/shared/catalog'
import { NewerDatabaseError } from '../../src/main/db/errors'
import { migrate, userVersion } from '../../src/main/db/migrate'
import { LATEST_VERSION, MIGRATIONS, type Migration } from '../../src/main/db/migrations'
import { APPLICATION_ID } from '../../src/main/db/migrations/002-application-id'
import { openJournal } from '../../src/main/db/open'
import { dumpDatabase, tempDir } from '../support/temp-journal'

let cleanups: (() => void)[] = []
afterEach(() => {
  cleanups.forEach((c) => c())
  cleanups = []
})
function dir() {
  const t = tempDir()
  cleanups.push(t.cleanup)
  return t.dir
}

/** A check-in written straight into the table, past the app's own checks. */
function insertCheckin(db: Database.Database, pain: number, note: string): void {
  db.prepare(
    `INSERT INTO checkins (at, day, pain, note, created_at, updated_at)
     VALUES ('2026-11-01T08:00:00Z', '2026-11-01', ?, ?, 'x', 'x')`,
  ).run(pain, note)
}

describe('opening a journal', () => {
  it('creates a fresh journal at the latest version with the built-in catalog', async () => {
    const d = dir()
    const { db, migration } = await openJournal(join(d, 'j.sqlite'), { backupDir: join(d, 'b') })
    cleanups.unshift(() => db.close())
    expect(migration).toEqual({ from: 0, to: LATEST_VERSION, backupFile: null })
    expect(userVersion(db)).toBe(LATEST_VERSION)
    expect(db.prepare('SELECT key FROM triggers ORDER BY id').pluck().all()).toEqual(
      BUILTIN_TRIGGERS.map((t) => t.key),
    )
    expect(db.prepare('SELECT count(*) FROM remedies').pluck().get()).toBe(BUILTIN_REMEDIES.length)
    expect(
      db
        .prepare(
          'SELECT r.key, l.daily_limit_mg FROM medication_limits l JOIN remedies r ON r.id = l.remedy_id ORDER BY r.key',
        )
        .raw()
        .all(),
    ).toEqual([
      ['acetaminophen', 3000],
      ['ibuprofen', 1200],
      ['naproxen', 660],
    ])
  })

  it('sets the pragmas that keep a saved entry safe', async () => {
    const d = dir()
    const { db } = await openJournal(join(d, 'j.sqlite'), { backupDir: join(d, 'b') })
    cleanups.unshift(() => db.close())
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('synchronous', { simple: true })).toBe(2) // FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000)
  })

  it('refuses a journal from a newer version and leaves it byte-identical', async () => {
    const d = dir()
    const file = join(d, 'future.sqlite')
    const future = new Database(file)
    future.exec("CREATE TABLE future_things (x TEXT); INSERT INTO future_things VALUES ('kept')")
    // A later Pain Journal marks its files as every version from 2 on does.
    future.pragma(`application_id = ${APPLICATION_ID}`)
    future.pragma(`user_version = ${LATEST_VERSION + 1}`)
    future.close()
    const before = readFileSync(file)

    await expect(openJournal(file, { backupDir: join(d, 'b') })).rejects.toThrow(NewerDatabaseError)
    await expect(openJournal(file, { backupDir: join(d, 'b') })).rejects.toThrow(
      /newer version of Pain Journal.*has not been changed/,
    )
    expect(readFileSync(file).equals(before)).toBe(true)
    expect(existsSync(join(d, 'b'))).toBe(false)
  })

  it('refuses a file that is not a journal, and does not change it', async () => {
    const d = dir()
    const file = join(d, 'junk.sqlite')
    writeFileSync(
      file,
      'this is not a database, just some text that happens to be here'.repeat(100),
    )
    const before = readFileSync(file)
    await expect(openJournal(file, { backupDir: join(d, 'b') })).rejects.toThrow(/is damaged/)
    expect(readFileSync(file).equals(before)).toBe(true)
  })

  it('finds damage that only the check at start sees, and writes nothing to the file', async () => {
    const d = dir()
    const file = join(d, 'j.sqlite')
    const { db } = await openJournal(file, { backupDir: join(d, 'b') })
    for (let i = 0; i < 400; i++) insertCheckin(db, 3, `note ${i} `.repeat(20))
    db.close()
    // One page of check-ins, well past the schema on page 1, scribbled over: the file still
    // opens and says whose it is; only quick_check can tell.
    const bytes = readFileSync(file)
    const pageSize = bytes.readUInt16BE(16)
    const page = Math.floor(bytes.length / pageSize / 2)
    for (let i = 8; i < pageSize; i++) bytes[page * pageSize + i] = (i * 7919) % 256
    writeFileSync(file, bytes)
    const inspect = new Database(file, { readonly: true })
    expect(inspect.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
    inspect.close()

    await expect(openJournal(file, { backupDir: join(d, 'b') })).rejects.toThrow(/is damaged/)
    expect(readFileSync(file).equals(bytes)).toBe(true)
  })

  it('finds a row that breaks a CHECK constraint (which a read-only quick_check skips)', async () => {
    const d = dir()
    const file = join(d, 'j.sqlite')
    const { db } = await openJournal(file, { backupDir: join(d, 'b') })
    // Written past the constraint, as a damaged file or another program could hold it.
    db.pragma('ignore_check_constraints = ON')
    insertCheckin(db, 42, '')
    db.close()
    await expect(openJournal(file, { backupDir: join(d, 'b') })).rejects.toThrow(
      /is damaged \(CHECK constraint failed in checkins\)/,
    )
  })
})

describe('the migration runner', () => {
  it('numbers migrations 1, 2, 3… in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1))
  })

  const extra: Migration = {
    version: LATEST_VERSION + 1,
    name: 'test-extra',
    up: (db) => db.exec('ALTER TABLE checkins ADD COLUMN mood TEXT'),
  }

  it('backs up an existing journal with db.backup() before migrating it', async () => {
    const d = dir()
    const db = new Database(join(d, 'j.sqlite'))
    cleanups.unshift(() => db.close())
    await migrate(db, { backupDir: join(d, 'b') })
    db.prepare(
      "INSERT INTO checkins (at, day, pain, created_at, updated_at) VALUES ('2026-11-25T09:00:00Z', '2026-11-25', 5, 'x', 'x')",
    ).run()
    const outcome = await migrate(db, {
      backupDir: join(d, 'b'),
      migrations: [...MIGRATIONS, extra],
      now: () => new Date(2026, 10, 25, 9, 30, 0),
    })
    expect(outcome.to).toBe(LATEST_VERSION + 1)
    expect(outcome.backupFile).toMatch(/pain-journal-2026-11-25T09-30-00-before-v\d+\.sqlite$/)
    expect(readdirSync(join(d, 'b'))).toHaveLength(1)
    const backup = new Database(outcome.backupFile!, { readonly: true })
    expect(backup.pragma('user_version', { simple: true })).toBe(LATEST_VERSION)
    expect(backup.prepare('SELECT pain FROM checkins').pluck().all()).toEqual([5])
    backup.close()
  })

  it('leaves the journal exactly as it was when a migration fails', async () => {
    const d = dir()
    const db = new Database(join(d, 'j.sqlite'))
    cleanups.unshift(() => db.close())
    await migrate(db, { backupDir: join(d, 'b') })
    db.prepare(
      "INSERT INTO checkins (at, day, pain, created_at, updated_at) VALUES ('2026-11-25T09:00:00Z', '2026-11-25', 5, 'x', 'x')",
    ).run()
    const before = dumpDatabase(db)
    const failing: Migration = {
      version: LATEST_VERSION + 2,
      name: 'broken',
      up: (inner) => inner.exec('DROP TABLE checkins; SELECT * FROM no_such_table'),
    }
    await expect(
      migrate(db, { backupDir: join(d, 'b'), migrations: [...MIGRATIONS, extra, failing] }),
    ).rejects.toThrow(/no_such_table/)
    expect(userVersion(db)).toBe(LATEST_VERSION)
    expect(dumpDatabase(db)).toEqual(before)
  })
})
