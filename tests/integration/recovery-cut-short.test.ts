/**
 * A recovery that cannot finish (DESIGN.md section 6). What takes a damaged journal's place is
 * made beside it before anything is moved, so a full disk or a backups folder that cannot be read
 * leaves the damaged file where it was, the message stays true, and the next start tries again;
 * never a journal gone from its place and a quiet, empty one started instead.
 *
 * The full-disk cases mount a small tmpfs, which needs root: elsewhere they skip themselves.
 */
import { execFileSync } from 'node:child_process'
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FINISHED_RECOVERY_NOTICE } from '../../src/main/db/recovery'
import type { RunningJournal } from '../../src/main/journal'
import { startupFailure } from '../../src/main/startup-failure'
import { journalFolders } from '../support/journal-folders'

const journals = journalFolders()
const { folder, onCleanup } = journals
/** Started, and the work just after start-up (today's backup, retention) over too. */
const start = (dir: string, at: Date) => journals.start(dir, at, { afterStart: true })

async function save(j: RunningJournal, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const at = `2026-11-19T09:${String(i).padStart(2, '0')}:00+01:00`
    const r = await j.router.handle('checkins:save', { at, pain: 3, note: 'x'.repeat(4000) })
    if (!r.ok) throw new Error(r.error.message)
  }
}

const count = (j: RunningJournal) =>
  j.db().prepare('SELECT count(*) FROM checkins').pluck().get() as number

async function notice(j: RunningJournal): Promise<string | null> {
  const r = await j.router.handle('app:info', undefined)
  if (!r.ok) throw new Error(r.error.message)
  return (r.value as { startupNotice: string | null }).startupNotice
}

async function failedStart(dir: string, at: Date): Promise<unknown> {
  try {
    await start(dir, at)
  } catch (error) {
    return error
  }
  throw new Error('start-up did not fail')
}

/** Only what the app left in the data folder besides the journal itself and its backups. */
const leftovers = (dir: string) =>
  readdirSync(dir).filter((f) => !['journal.sqlite', 'backups', 'filler'].includes(f))

function canMountTmpfs(): boolean {
  const probe = mkdtempSync(join(tmpdir(), 'pj-mount-probe-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' })
    execFileSync('umount', [probe], { stdio: 'ignore' })
    return true
  } catch {
    return false
  } finally {
    rmSync(probe, { recursive: true, force: true })
  }
}

/** 30 check-ins and a daily backup of them on a small disk; then damaged, and the disk filled. */
async function damagedOnFullDisk(): Promise<{ dir: string; file: string; freeSpace: () => void }> {
  const mnt = mkdtempSync(join(tmpdir(), 'pj-small-disk-'))
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1200k', 'tmpfs', mnt])
  onCleanup(() => {
    execFileSync('umount', [mnt])
    rmSync(mnt, { recursive: true, force: true })
  })
  const dir = join(mnt, 'Pain Journal')
  const file = join(dir, 'journal.sqlite')
  const first = await start(dir, new Date(2026, 10, 20, 9))
  await save(first, 30)
  first.close()
  ;(await start(dir, new Date(2026, 10, 21, 9))).close() // takes the daily backup (30 check-ins)
  writeFileSync(file, Buffer.alloc(statSync(file).size, 7))
  const free = Number(execFileSync('df', ['--output=avail', '-B1', mnt]).toString().split('\n')[1])
  const filler = join(dir, 'filler')
  writeFileSync(filler, Buffer.alloc(Math.max(0, free - 40 * 1024)))
  return { dir, file, freeSpace: () => rmSync(filler) }
}

describe('a damaged journal whose recovery runs out of disk space', () => {
  const mountable = canMountTmpfs()

  it.skipIf(!mountable)(
    'says the disk is full and leaves the damaged journal where it was',
    async () => {
      const { dir, file } = await damagedOnFullDisk()
      const damaged = readFileSync(file)
      const error = await failedStart(dir, new Date(2026, 10, 24, 9))
      expect(startupFailure(error, dir).title).toBe('The disk holding your journal is full')
      // So "Nothing in your journal was changed" is true.
      expect(readFileSync(file).equals(damaged)).toBe(true)
      expect(leftovers(dir)).toEqual([])
    },
  )

  it.skipIf(!mountable)('once space is freed, restores the good backup and says so', async () => {
    const { dir, freeSpace } = await damagedOnFullDisk()
    await failedStart(dir, new Date(2026, 10, 24, 9))
    freeSpace()
    const again = await start(dir, new Date(2026, 10, 24, 9, 10))
    expect(count(again)).toBe(30)
    expect(await notice(again)).toMatch(/Your journal file was damaged\. It was kept, as it was/)
  })
})

describe('a damaged journal whose backups folder is a file', () => {
  it('says the journal is damaged and which file is in the way; nothing is moved', async () => {
    const dir = folder()
    const first = await start(dir, new Date(2026, 10, 20, 9))
    await save(first, 3)
    first.close()
    const backups = join(dir, 'backups')
    rmSync(backups, { recursive: true, force: true })
    writeFileSync(backups, 'not a folder')
    const file = join(dir, 'journal.sqlite')
    writeFileSync(file, 'junk '.repeat(2000))

    const error = await failedStart(dir, new Date(2026, 10, 24, 9))
    expect(startupFailure(error, dir)).toEqual({
      title: 'Pain Journal could not open your journal',
      message:
        'Your journal file is damaged, and Pain Journal could not look through its backups. ' +
        `Pain Journal keeps files in the folder ${backups}, but ${backups} is a file, not a ` +
        'folder. Move or rename that file, then try again. Nothing in your journal was changed.',
    })
    expect(readFileSync(file, 'utf8')).toBe('junk '.repeat(2000))
    expect(readFileSync(backups, 'utf8')).toBe('not a folder')
    expect(leftovers(dir)).toEqual([])
  })
})

describe('a recovery cut short between its two moves', () => {
  it('is finished at the next start: the checked replacement is the journal, and it says so', async () => {
    const dir = folder()
    const first = await start(dir, new Date(2026, 10, 19, 20))
    await save(first, 3)
    first.close()
    // The damaged journal was set aside and the process stopped before the replacement (made
    // and checked beside it) took its name.
    renameSync(join(dir, 'journal.sqlite'), join(dir, 'journal.recovering.sqlite'))
    writeFileSync(join(dir, 'journal.damaged-2026-11-20T08-00-00.sqlite'), 'not a database')
    const next = await start(dir, new Date(2026, 10, 20, 8, 1))
    expect(count(next)).toBe(3)
    expect(await notice(next)).toBe(FINISHED_RECOVERY_NOTICE)
    expect(readdirSync(dir).filter((f) => f.includes('recovering'))).toEqual([])
  })
})
