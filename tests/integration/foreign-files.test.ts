/**
 * A file that is not a journal is never written to (issue 13, point 3; README "If the file is
 * damaged"). Another program's SQLite file where the journal should be is moved aside byte for
 * byte, the newest good backup of ours takes its place (or a new journal), and the person is told.
 * Files that are ours — marked, a version 1 journal from before the mark, or empty — open as
 * they always did. The same holds wherever the app makes a database file: the sample journal
 * and a restore's staging copy.
 */
import Database from 'better-sqlite3'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrate } from '../../src/main/db/migrate'
import { LATEST_VERSION } from '../../src/main/db/migrations'
import { APPLICATION_ID } from '../../src/main/db/migrations/002-application-id'
import { loadJournal } from '../../src/main/db/repositories/journal-loader'
import type { RunningJournal } from '../../src/main/journal'
import { aYearOfCheckins } from '../fixtures/journal'
import { journalFolders } from '../support/journal-folders'
import { dumpDatabase } from '../support/temp-journal'
// The main process writes notices on its own locale's clock.
import { formatClock } from '../../src/shared/locale-format'

const { folder, start } = journalFolders()

const DAY1 = new Date(2026, 10, 23, 20, 15, 0)
const DAY2 = new Date(2026, 10, 24, 9, 30, 0)

async function noticeOf(j: RunningJournal): Promise<string | null> {
  const info = await j.router.handle('app:info', undefined)
  if (!info.ok) throw new Error(info.error.message)
  return (info.value as { startupNotice: string | null }).startupNotice
}

/** Another program's SQLite file, closed (so everything is in the one file). */
function foreignFile(file: string, sql: string, pragmas: string[] = []): Buffer {
  const db = new Database(file)
  for (const p of pragmas) db.pragma(p)
  db.exec(sql)
  db.close()
  return readFileSync(file)
}

const FOREIGN: [string, string, string[]][] = [
  ['a table foo', "CREATE TABLE foo (x); INSERT INTO foo VALUES ('keep me')", []],
  [
    'a settings table of its own',
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO settings VALUES ('colour', 'blue')",
    [],
  ],
  [
    'another program’s application_id over tables like ours',
    'CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL); CREATE TABLE checkins (id INTEGER PRIMARY KEY)',
    ['application_id = 1234', 'user_version = 1'],
  ],
  [
    'a format number far above ours but no mark',
    'CREATE TABLE foo (x)',
    [`user_version = ${LATEST_VERSION + 40}`],
  ],
]

function setAside(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.includes('.damaged-'))
}

describe('another program’s file where the journal should be', () => {
  it.each(FOREIGN)(
    'with %s: is moved aside byte for byte, and a new journal is started',
    async (_name, sql, pragmas) => {
      const dir = folder()
      const file = join(dir, 'journal.sqlite')
      const bytes = foreignFile(file, sql, pragmas)

      const j = await start(dir, DAY1)
      const [kept] = setAside(dir)
      expect(kept).toBe('journal.damaged-2026-11-23T20-15-00.sqlite')
      expect(readFileSync(join(dir, kept!)).equals(bytes)).toBe(true)
      const notice = await noticeOf(j)
      expect(notice).toMatch(/belongs to another program, not to Pain Journal/)
      expect(notice).toMatch(/did not change it/)
      expect(notice).toMatch(/new, empty journal/)
      expect(notice).toContain(join(dir, kept!))
      // The journal in its place is ours and takes check-ins.
      expect(j.db().pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
      const saved = await j.router.handle('checkins:save', {
        at: '2026-11-23T20:00:00+01:00',
        pain: 3,
      })
      expect(saved.ok).toBe(true)
    },
  )

  it('is replaced by the newest good backup when there is one, and the person is told its date', async () => {
    const dir = folder()
    const first = await start(dir, DAY1)
    await first.router.handle('checkins:save', { at: '2026-11-23T19:00:00+01:00', pain: 6 })
    first.close()
    const second = await start(dir, DAY2)
    await second.afterStart // today's backup, taken once start-up has answered
    second.close()
    const file = join(dir, 'journal.sqlite')
    for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) writeFileSync(f, '')
    const bytes = foreignFile(file, 'CREATE TABLE foo (x)', ['journal_mode = DELETE'])

    const j = await start(dir, new Date(2026, 10, 25, 8, 0, 0))
    expect(j.db().prepare('SELECT pain FROM checkins').pluck().all()).toEqual([6])
    const [kept] = setAside(dir).filter((f) => f.endsWith('.sqlite'))
    expect(readFileSync(join(dir, kept!)).equals(bytes)).toBe(true)
    const notice = await noticeOf(j)
    expect(notice).toMatch(/belongs to another program, not to Pain Journal/)
    expect(notice).toContain(`Tuesday 24 November 2026 at ${formatClock('09:30')}`)
  })

  it('in WAL mode: moved aside with its -wal, the main file byte for byte', async () => {
    const dir = folder()
    const file = join(dir, 'journal.sqlite')
    const writer = new Database(file)
    writer.pragma('journal_mode = WAL')
    writer.exec("CREATE TABLE foo (x); INSERT INTO foo VALUES ('in the log')")
    // Still open in its program: the row sits in the -wal, not yet in the main file.
    const bytes = readFileSync(file)
    const wal = readFileSync(`${file}-wal`)
    try {
      await start(dir, DAY1)
    } finally {
      writer.close()
    }
    const kept = setAside(dir).sort()
    expect(kept).toContain('journal.damaged-2026-11-23T20-15-00.sqlite-wal')
    expect(
      readFileSync(join(dir, 'journal.damaged-2026-11-23T20-15-00.sqlite')).equals(bytes),
    ).toBe(true)
    expect(readFileSync(join(dir, 'journal.damaged-2026-11-23T20-15-00.sqlite-wal')).length).toBe(
      wal.length,
    )
  })

  it('carrying a backup’s name in the backups folder is never restored, and left alone', async () => {
    const dir = folder()
    ;(await start(dir, DAY1)).close()
    mkdirSync(join(dir, 'backups'), { recursive: true })
    const impostor = join(dir, 'backups', 'pain-journal-2026-11-24T09-30-00-daily.sqlite')
    const impostorBytes = foreignFile(impostor, 'CREATE TABLE foo (x)')
    writeFileSync(join(dir, 'journal.sqlite'), 'damaged '.repeat(1000))
    const j = await start(dir, DAY2)
    expect(await noticeOf(j)).toMatch(/No good backup of your journal was found/)
    expect(readFileSync(impostor).equals(impostorBytes)).toBe(true)
  })

  it('carrying a backup’s name is not restored, and the refusal says whose it is', async () => {
    const dir = folder()
    const j = await start(dir, DAY1)
    await j.afterStart
    const name = 'pain-journal-2026-11-22T09-00-00-manual.sqlite'
    mkdirSync(join(dir, 'backups'), { recursive: true })
    const impostor = join(dir, 'backups', name)
    const bytes = foreignFile(impostor, 'CREATE TABLE photos (path TEXT)')
    const before = dumpDatabase(j.db())
    const result = await j.router.handle('backups:restore', { name })
    expect(result).toMatchObject({
      ok: false,
      error: {
        kind: 'validation',
        message:
          'This file has the name of a backup but is not a Pain Journal backup (another program ' +
          'made it), so it was not restored. Your journal has not been changed.',
      },
    })
    expect(dumpDatabase(j.db())).toEqual(before)
    expect(readFileSync(impostor).equals(bytes)).toBe(true)
  })

  it('carrying a backup’s name in the backups folder outlives six weeks of daily backups', async () => {
    const dir = folder()
    mkdirSync(join(dir, 'backups'), { recursive: true })
    const impostor = join(dir, 'backups', 'pain-journal-2026-11-01T09-00-00-daily.sqlite')
    const bytes = foreignFile(
      impostor,
      "CREATE TABLE photos (path TEXT); INSERT INTO photos VALUES ('holiday.jpg')",
    )
    for (let day = 2; day < 45; day++) {
      const j = await start(dir, new Date(2026, 10, day, 9))
      await j.afterStart // today's backup, and retention after it
      j.close()
    }
    // Retention went through weeks of our own backups around it, and left it alone.
    expect(readdirSync(join(dir, 'backups')).length).toBeLessThan(30)
    expect(readFileSync(impostor).equals(bytes)).toBe(true)
  })
})

describe('files that are ours open as they always did', () => {
  it('a version 1 journal from before the mark keeps every row and gets the mark', async () => {
    const dir = folder()
    const file = join(dir, 'journal.sqlite')
    const v1 = new Database(file)
    v1.pragma('foreign_keys = ON')
    await migrate(v1, { backupDir: join(dir, 'backups'), target: 1 })
    loadJournal(v1, aYearOfCheckins(), '2026-03-01T12:00:00.000Z')
    // What the migrations alone make of it, on a copy: the app must open it to exactly that.
    const elsewhere = folder()
    await v1.backup(join(elsewhere, 'copy.sqlite'))
    v1.close()
    const copy = new Database(join(elsewhere, 'copy.sqlite'))
    copy.pragma('foreign_keys = ON')
    await migrate(copy, { backupDir: join(elsewhere, 'backups') })
    const expected = dumpDatabase(copy)
    copy.close()

    const j = await start(dir, DAY1)
    expect(await noticeOf(j)).toBeNull()
    expect(setAside(dir)).toEqual([])
    expect(j.db().pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
    expect(dumpDatabase(j.db())).toEqual(expected)
    expect((expected['checkins'] ?? []).length).toBeGreaterThan(300)
  })

  it.each([
    ['an empty file', (file: string) => writeFileSync(file, '')],
    ['an SQLite file with nothing in it', (file: string) => new Database(file).close()],
  ])('%s becomes a new journal, with nothing to say', async (_name, make) => {
    const dir = folder()
    make(join(dir, 'journal.sqlite'))
    const j = await start(dir, DAY1)
    expect(await noticeOf(j)).toBeNull()
    expect(setAside(dir)).toEqual([])
    expect(j.db().pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
  })
})

describe('wherever the app makes a database file', () => {
  it('the sample journal does not delete another program’s file at its name', async () => {
    const dir = folder()
    const j = await start(dir, DAY1)
    const bytes = foreignFile(join(dir, 'sample-journal.sqlite'), 'CREATE TABLE foo (x)')
    const opened = await j.router.handle('journal:open-sample', undefined)
    expect(opened.ok).toBe(true)
    const [kept] = setAside(dir)
    expect(kept).toMatch(/^sample-journal\.damaged-/)
    expect(readFileSync(join(dir, kept!)).equals(bytes)).toBe(true)
  })

  it('a restore does not delete another program’s file at its staging name', async () => {
    const dir = folder()
    const j = await start(dir, DAY1)
    const made = await j.router.handle('backups:create', undefined)
    if (!made.ok) throw new Error(made.error.message)
    const bytes = foreignFile(join(dir, 'journal.restoring.sqlite'), 'CREATE TABLE foo (x)')
    const restored = await j.router.handle('backups:restore', {
      name: (made.value as { name: string }).name,
    })
    expect(restored.ok).toBe(true)
    const [kept] = setAside(dir)
    expect(kept).toMatch(/^journal\.restoring\.damaged-/)
    expect(readFileSync(join(dir, kept!)).equals(bytes)).toBe(true)
  })
})
