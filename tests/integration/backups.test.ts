import Database from 'better-sqlite3'
import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startJournal, type RunningJournal } from '../../src/main/journal'
import { backupFileName, isBackupName, parseBackupName } from '../../src/main/db/backup'
import { backupName, type BackupEntry } from '../../src/shared/backup-schemas'
import { offendingLines, sourceFiles } from '../support/sources'
import { nullPlatform, tempDir } from '../support/temp-journal'

let cleanups: (() => void)[] = []
afterEach(() => {
  cleanups.forEach((c) => c())
  cleanups = []
})

/** A clock the test moves by hand. */
function clock(start: Date) {
  let current = start
  return { now: () => current, set: (d: Date) => (current = d) }
}

/** Starts the journal and waits for what start-up leaves until after (today's backup). */
async function start(dir: string, now: () => Date): Promise<RunningJournal> {
  const running = await startJournal({ dataDir: dir, version: 'test', platform: nullPlatform, now })
  cleanups.unshift(() => {
    try {
      running.close()
    } catch {
      // already closed by the test
    }
  })
  await running.afterStart
  return running
}

function folder() {
  const t = tempDir()
  cleanups.push(t.cleanup)
  return t.dir
}

async function save(j: RunningJournal, at: string, pain: number, note = '') {
  const result = await j.router.handle('checkins:save', { at, pain, note })
  if (!result.ok) throw new Error(result.error.message)
}

function pains(j: RunningJournal): number[] {
  return j.db().prepare('SELECT pain FROM checkins ORDER BY id').pluck().all() as number[]
}

async function list(j: RunningJournal): Promise<BackupEntry[]> {
  const result = await j.router.handle('backups:list', undefined)
  if (!result.ok) throw new Error(result.error.message)
  return result.value as BackupEntry[]
}

describe('daily backups', () => {
  it('takes none for a brand-new journal, one on the first start of each later day', async () => {
    const dir = folder()
    const c = clock(new Date(2026, 10, 24, 9, 0, 0))
    const first = await start(dir, c.now)
    expect(await list(first)).toEqual([])
    await save(first, '2026-11-24T09:00:00+01:00', 4)
    first.close()

    c.set(new Date(2026, 10, 24, 18, 0, 0))
    const second = await start(dir, c.now)
    const afterSecond = await list(second)
    expect(afterSecond.map((b) => [b.reason, b.at])).toEqual([['daily', '2026-11-24T18:00:00']])
    second.close()

    c.set(new Date(2026, 10, 24, 21, 0, 0))
    const third = await start(dir, c.now)
    expect(await list(third)).toHaveLength(1)
    third.close()

    c.set(new Date(2026, 10, 25, 8, 0, 0))
    const nextDay = await start(dir, c.now)
    expect((await list(nextDay)).map((b) => b.at)).toEqual([
      '2026-11-25T08:00:00',
      '2026-11-24T18:00:00',
    ])
  })

  it('is taken once the journal can answer, not before', async () => {
    const dir = folder()
    const first = await start(dir, () => new Date(2026, 10, 24, 9, 0, 0))
    await save(first, '2026-11-24T09:00:00+01:00', 4)
    first.close()
    const second = await startJournal({
      dataDir: dir,
      version: 'test',
      platform: nullPlatform,
      now: () => new Date(2026, 10, 25, 9, 0, 0),
    })
    cleanups.unshift(() => second.close())
    // Started: the journal answers, and today's backup has not begun (it waits for the next turn
    // of the event loop, so the window's first questions never wait for it).
    const backupsFolder = join(dir, 'backups')
    expect(existsSync(backupsFolder) ? readdirSync(backupsFolder) : []).toEqual([])
    const settings = await second.router.handle('settings:get', undefined)
    expect(settings.ok).toBe(true)
    await second.afterStart
    expect((await list(second)).map((b) => [b.reason, b.at])).toEqual([
      ['daily', '2026-11-25T09:00:00'],
    ])
  })

  it('is also taken by the hourly check when the app stays open past midnight', async () => {
    const dir = folder()
    const c = clock(new Date(2026, 10, 24, 23, 0, 0))
    const j = await start(dir, c.now)
    await save(j, '2026-11-24T23:00:00+01:00', 3)
    c.set(new Date(2026, 10, 25, 0, 30, 0))
    await j.ensureDailyBackup()
    await j.ensureDailyBackup()
    expect((await list(j)).map((b) => b.at)).toEqual(['2026-11-25T00:30:00'])
  })

  it('does not keep the journal from opening when the backup cannot be written', async () => {
    const dir = folder()
    const first = await start(dir, () => new Date(2026, 10, 24, 9, 0, 0))
    await save(first, '2026-11-24T09:00:00+01:00', 4)
    first.close()
    // A file where the backups folder should be: every backup fails, as on a full disk.
    writeFileSync(join(dir, 'backups'), 'in the way')
    const second = await start(dir, () => new Date(2026, 10, 25, 9, 0, 0))
    expect(pains(second)).toEqual([4])
    const manual = await second.router.handle('backups:create', undefined)
    // Said in words that name the file in the way, not as an unexpected failure.
    expect(manual).toMatchObject({
      ok: false,
      error: { kind: 'storage', message: expect.stringContaining('is a file, not a folder') },
    })
    await save(second, '2026-11-25T09:00:00+01:00', 2)
    expect(pains(second)).toEqual([4, 2])
  })
})

describe('Back up now', () => {
  it('writes a self-contained copy made with db.backup(), listed with its date and size', async () => {
    const dir = folder()
    const c = clock(new Date(2026, 10, 24, 9, 30, 0))
    const j = await start(dir, c.now)
    await save(j, '2026-11-24T09:00:00+01:00', 6, 'a note to find again')
    const created = await j.router.handle('backups:create', undefined)
    expect(created.ok).toBe(true)
    if (!created.ok) return
    expect(created.value).toMatchObject({ reason: 'manual', at: '2026-11-24T09:30:00' })
    const [entry] = await list(j)
    expect(entry).toEqual(created.value)
    expect(entry!.sizeBytes).toBeGreaterThan(4096)

    const files = readdirSync(join(dir, 'backups'))
    expect(files).toEqual([entry!.name]) // no -wal, -shm or .partial left beside it
    const copy = new Database(join(dir, 'backups', entry!.name), { readonly: true })
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete')
    expect(copy.prepare('SELECT note FROM checkins').pluck().all()).toEqual([
      'a note to find again',
    ])
    copy.close()
  })

  it('never overwrites a backup taken in the same second', async () => {
    const dir = folder()
    const j = await start(dir, () => new Date(2026, 10, 24, 9, 30, 0))
    await j.router.handle('backups:create', undefined)
    await j.router.handle('backups:create', undefined)
    expect((await list(j)).map((b) => b.reason).sort()).toEqual(['manual', 'manual-2'])
  })

  it('always keeps the backup it just took, even among many in the same second', async () => {
    const dir = folder()
    const j = await start(dir, () => new Date(2026, 10, 24, 9, 30, 0))
    for (let i = 0; i < 12; i++) {
      const created = await j.router.handle('backups:create', undefined)
      expect(created.ok).toBe(true)
      if (created.ok) {
        const name = (created.value as BackupEntry).name
        expect((await list(j)).map((b) => b.name)).toContain(name)
      }
    }
  })

  it('applies retention after each backup', async () => {
    const dir = folder()
    const c = clock(new Date(2026, 0, 1, 12, 0, 0))
    const j = await start(dir, c.now)
    for (let day = 1; day <= 40; day++) {
      c.set(new Date(2026, 0, day, 12, 0, 0))
      await j.router.handle('backups:create', undefined)
    }
    const kept = await list(j)
    // 7 daily (Feb 3…9) + older weekly ones + January's monthly one.
    expect(kept.length).toBeLessThan(15)
    expect(kept[0]!.at).toBe('2026-02-09T12:00:00')
    expect(kept.slice(0, 7).map((b) => b.at.slice(0, 10))).toEqual([
      '2026-02-09',
      '2026-02-08',
      '2026-02-07',
      '2026-02-06',
      '2026-02-05',
      '2026-02-04',
      '2026-02-03',
    ])
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(kept.length)
  })

  it('leaves files in the backups folder that are not its own alone', async () => {
    const dir = folder()
    const c = clock(new Date(2026, 0, 1, 12, 0, 0))
    const j = await start(dir, c.now)
    writeFileSync(join(dir, 'backups-note.txt'), 'x')
    await j.router.handle('backups:create', undefined)
    writeFileSync(join(dir, 'backups', 'my-own-copy.sqlite'), 'x')
    for (let day = 2; day <= 30; day++) {
      c.set(new Date(2026, 0, day, 12, 0, 0))
      await j.router.handle('backups:create', undefined)
    }
    expect(existsSync(join(dir, 'backups', 'my-own-copy.sqlite'))).toBe(true)
  })
})

describe('a backup cut off halfway', () => {
  it('is cleared away at the next start; good backups and other files stay', async () => {
    const dir = folder()
    const c = clock(new Date(2026, 0, 1, 12, 0, 0))
    const first = await start(dir, c.now)
    await first.router.handle('backups:create', undefined)
    first.close()
    const backups = join(dir, 'backups')
    const [good] = readdirSync(backups)
    const cutOff = 'pain-journal-2026-01-01T12-30-00-daily.sqlite.partial'
    writeFileSync(join(backups, cutOff), 'half a copy')
    writeFileSync(join(backups, 'notes.partial'), 'not ours')
    const again = await start(dir, c.now)
    const left = readdirSync(backups)
    expect(left).not.toContain(cutOff)
    expect(left).toEqual(expect.arrayContaining([good, 'notes.partial']))
    expect((await list(again)).map((b) => b.name)).toContain(good)
  })
})

describe('restoring a backup', () => {
  async function journalWithBackup() {
    const dir = folder()
    const c = clock(new Date(2026, 10, 24, 9, 0, 0))
    const j = await start(dir, c.now)
    await save(j, '2026-11-24T09:00:00+01:00', 3)
    const created = await j.router.handle('backups:create', undefined)
    if (!created.ok) throw new Error(created.error.message)
    c.set(new Date(2026, 10, 24, 10, 0, 0))
    await save(j, '2026-11-24T10:00:00+01:00', 8)
    c.set(new Date(2026, 10, 24, 11, 0, 0))
    return { dir, c, j, backup: created.value as BackupEntry }
  }

  it('brings the journal back to the backup, after backing up the current state', async () => {
    const { dir, j, backup } = await journalWithBackup()
    expect(pains(j)).toEqual([3, 8])
    const result = await j.router.handle('backups:restore', { name: backup.name })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const { restored, safety } = result.value as { restored: BackupEntry; safety: BackupEntry }
    expect(restored.name).toBe(backup.name)
    expect(safety.reason).toBe('before-restore')

    // The journal now reads what the backup held…
    expect(pains(j)).toEqual([3])
    expect(j.db().pragma('integrity_check', { simple: true })).toBe('ok')
    expect(j.db().pragma('journal_mode', { simple: true })).toBe('wal')
    // …the state before the restore is kept…
    const before = new Database(join(dir, 'backups', safety.name), { readonly: true })
    expect(before.prepare('SELECT pain FROM checkins ORDER BY id').pluck().all()).toEqual([3, 8])
    before.close()
    // …and saving keeps working on the restored journal, also after a restart.
    await save(j, '2026-11-24T11:00:00+01:00', 5)
    expect(pains(j)).toEqual([3, 5])
    j.close()
    const again = await start(dir, () => new Date(2026, 10, 24, 12, 0, 0))
    expect(pains(again)).toEqual([3, 5])
    expect(existsSync(join(dir, 'journal.restoring.sqlite'))).toBe(false)
  })

  it('can undo a restore by restoring the backup taken just before it', async () => {
    const { j, backup } = await journalWithBackup()
    const result = await j.router.handle('backups:restore', { name: backup.name })
    if (!result.ok) throw new Error(result.error.message)
    const safety = (result.value as { safety: BackupEntry }).safety
    const undo = await j.router.handle('backups:restore', { name: safety.name })
    expect(undo.ok).toBe(true)
    expect(pains(j)).toEqual([3, 8])
  })

  it('refuses a damaged backup and leaves the journal as it was', async () => {
    const { dir, j, backup } = await journalWithBackup()
    writeFileSync(join(dir, 'backups', backup.name), 'not a database at all '.repeat(500))
    const result = await j.router.handle('backups:restore', { name: backup.name })
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } })
    if (!result.ok) expect(result.error.message).toMatch(/damaged.*has not been changed/)
    expect(pains(j)).toEqual([3, 8])
    expect((await list(j)).some((b) => b.reason === 'before-restore')).toBe(false)
  })

  it('answers a name that is not a backup without touching any file', async () => {
    const { j } = await journalWithBackup()
    const missing = await j.router.handle('backups:restore', {
      name: 'pain-journal-2020-01-01T00-00-00-manual.sqlite',
    })
    expect(missing).toMatchObject({ ok: false, error: { kind: 'not-found' } })
    for (const name of ['../journal.sqlite', '/etc/passwd', 'pain-journal-x.sqlite', '']) {
      const bad = await j.router.handle('backups:restore', { name })
      expect(bad).toMatchObject({ ok: false, error: { kind: 'validation' } })
    }
    expect(pains(j)).toEqual([3, 8])
  })
})

/**
 * One shape of a backup's name (issue 16): the names the main process writes are the names
 * `backups:restore` accepts and the lister reads back, because both use BACKUP_NAME_PATTERN.
 */
describe('a backup’s file name', () => {
  it('is written, read back and accepted by the contract with the one pattern', () => {
    for (const reason of ['daily', 'manual', 'before-restore', 'before-v3', 'daily-2']) {
      const at = new Date(2026, 2, 14, 20, 15, 7)
      const name = backupFileName(reason, at)
      expect(backupName.safeParse(name).success, name).toBe(true)
      expect(parseBackupName(name)).toEqual({ at, reason })
    }
    for (const name of [
      'pain-journal-2026-02-30T20-15-07-daily.sqlite',
      '../x.sqlite',
      'a.sqlite',
    ]) {
      expect(isBackupName(name), name).toBe(false)
    }
  })

  it('has its pattern written once, in shared/backup-schemas.ts', () => {
    const files = sourceFiles().filter((file) => file !== 'src/shared/backup-schemas.ts')
    // A regular expression for the name, or a pattern string for one: both begin ^pain-journal-.
    const copy = /\^pain-journal-/
    expect(offendingLines(files, (line) => copy.test(line))).toEqual([])
  })
})
