/**
 * Damaged journals at start-up (DESIGN.md section 6): each kind of damage is recovered from the
 * newest good backup, or a fresh journal when there is none; the damaged file is always kept,
 * byte for byte. A journal from a newer version is refused untouched, not "recovered".
 */
import Database from 'better-sqlite3'
import {
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { NewerDatabaseError } from '../../src/main/db/errors'
import { LATEST_VERSION } from '../../src/main/db/migrations'
import type { RunningJournal } from '../../src/main/journal'
import { journalFolders } from '../support/journal-folders'
// The main process writes notices on its own locale's clock.
import { formatClock } from '../../src/shared/locale-format'

const journals = journalFolders()
const { folder } = journals
/** Started, and the work just after start-up (today's backup, retention) over too. */
const start = (dir: string, at: Date) => journals.start(dir, at, { afterStart: true })

const DAY1 = new Date(2026, 10, 23, 20, 15, 0)
const DAY2 = new Date(2026, 10, 24, 9, 30, 0)
const DAY3 = new Date(2026, 10, 25, 8, 0, 0)

async function saveMany(j: RunningJournal, day: string, pains: number[]) {
  for (const [i, pain] of pains.entries()) {
    // From 08:00, a minute apart: before the clock of every start below.
    const at = `${day}T08:${String(i % 60).padStart(2, '0')}:00+01:00`
    const r = await j.router.handle('checkins:save', { at, pain, note: `note ${i} `.repeat(200) })
    if (!r.ok) throw new Error(r.error.message)
  }
}

/**
 * A journal with 40 check-ins on day 1, a daily backup taken at the start on day 2, then 5 more
 * check-ins after it. Closed, so everything is in the main file.
 */
async function journalWithBackup(): Promise<{ dir: string; file: string }> {
  const dir = folder()
  const first = await start(dir, DAY1)
  await saveMany(
    first,
    '2026-11-23',
    Array.from({ length: 40 }, (_, i) => i % 9),
  )
  first.close()
  const second = await start(dir, DAY2) // takes the daily backup
  await saveMany(second, '2026-11-24', [9, 9, 9, 9, 9])
  second.close()
  return { dir, file: join(dir, 'journal.sqlite') }
}

function pains(j: RunningJournal): number[] {
  return j.db().prepare('SELECT pain FROM checkins ORDER BY id').pluck().all() as number[]
}

function damagedFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.includes('.damaged-'))
}

const damage: [string, (file: string) => void][] = [
  [
    'bytes overwritten in the middle',
    (file) => {
      const bytes = readFileSync(file)
      const from = Math.floor(bytes.length / 4)
      for (let i = from; i < from + bytes.length / 2; i++) bytes[i] = (i * 7919) % 256
      writeFileSync(file, bytes)
    },
  ],
  ['the file cut to half its size', (file) => truncateSync(file, statSync(file).size / 2)],
  ['the file replaced with junk', (file) => writeFileSync(file, 'lorem ipsum '.repeat(4000))],
  ['the file emptied', (file) => writeFileSync(file, '')],
]

describe('a damaged journal at start-up', () => {
  it.each(damage)(
    'with %s: restores the newest good backup and keeps the damaged file',
    async (_name, hurt) => {
      const { dir, file } = await journalWithBackup()
      hurt(file)
      const damagedBytes = readFileSync(file)

      const j = await start(dir, DAY3)
      // The journal is the backup's: day 1's 40 check-ins, not day 2's five.
      expect(pains(j)).toHaveLength(40)
      expect(pains(j)).not.toContain(9)
      expect(j.db().pragma('integrity_check', { simple: true })).toBe('ok')

      const [kept] = damagedFiles(dir)
      expect(kept).toMatch(/^journal\.damaged-2026-11-25T08-00-00\.sqlite$/)
      expect(readFileSync(join(dir, kept!)).equals(damagedBytes)).toBe(true)

      const info = await j.router.handle('app:info', undefined)
      if (!info.ok) throw new Error(info.error.message)
      const notice = (info.value as { startupNotice: string }).startupNotice
      expect(notice).toContain(`Tuesday 24 November 2026 at ${formatClock('09:30')}`)
      expect(notice).toContain(join(dir, kept!))

      // And the recovered journal takes new check-ins.
      await saveMany(j, '2026-11-25', [2])
      expect(pains(j)).toHaveLength(41)
    },
  )

  it('skips a backup that is damaged too and uses the next older good one', async () => {
    const { dir, file } = await journalWithBackup()
    const third = await start(dir, DAY3) // a second daily backup, the newest
    third.close()
    const backups = readdirSync(join(dir, 'backups')).sort()
    expect(backups).toHaveLength(2)
    writeFileSync(join(dir, 'backups', backups[1]!), 'also broken '.repeat(1000))
    writeFileSync(file, 'broken '.repeat(1000))

    const j = await start(dir, new Date(2026, 10, 26, 8, 0, 0))
    expect(pains(j)).toHaveLength(40)
    const info = await j.router.handle('app:info', undefined)
    expect(JSON.stringify(info)).toContain(`Tuesday 24 November 2026 at ${formatClock('09:30')}`)
    // The damaged backup is not deleted either.
    expect(readdirSync(join(dir, 'backups'))).toContain(backups[1])
  })

  it('with no good backup: starts a new journal, keeps the damaged file and says so', async () => {
    const dir = folder()
    const file = join(dir, 'journal.sqlite')
    writeFileSync(file, 'SQLite format 3\0 but not really '.repeat(300))
    const junk = readFileSync(file)

    const j = await start(dir, DAY3)
    expect(pains(j)).toEqual([])
    const [kept] = damagedFiles(dir)
    expect(readFileSync(join(dir, kept!)).equals(junk)).toBe(true)
    const info = await j.router.handle('app:info', undefined)
    if (!info.ok) throw new Error(info.error.message)
    const notice = (info.value as { startupNotice: string }).startupNotice
    expect(notice).toMatch(/No good backup of your journal was found, so a new, empty journal/)
    expect(notice).toContain(join(dir, kept!))
  })

  it('moves the -wal and -shm files aside with the damaged journal', async () => {
    const { dir, file } = await journalWithBackup()
    writeFileSync(`${file}-wal`, 'a stale log '.repeat(100))
    writeFileSync(`${file}-shm`, '')
    writeFileSync(file, 'broken '.repeat(1000))
    const j = await start(dir, DAY3)
    expect(pains(j)).toHaveLength(40)
    const kept = damagedFiles(dir).sort()
    expect(kept).toEqual([
      'journal.damaged-2026-11-25T08-00-00.sqlite',
      'journal.damaged-2026-11-25T08-00-00.sqlite-shm',
      'journal.damaged-2026-11-25T08-00-00.sqlite-wal',
    ])
  })

  it('never overwrites an earlier damaged file', async () => {
    const { dir, file } = await journalWithBackup()
    writeFileSync(file, 'first damage '.repeat(1000))
    ;(await start(dir, DAY3)).close()
    writeFileSync(file, 'second damage '.repeat(1000))
    await start(dir, DAY3)
    const kept = damagedFiles(dir).sort()
    expect(kept).toHaveLength(2)
    const contents = kept.map((k) => readFileSync(join(dir, k), 'utf8').slice(0, 14))
    expect(contents.sort()).toEqual(['first damage f', 'second damage '])
  })

  it('says nothing when the journal is fine', async () => {
    const { dir } = await journalWithBackup()
    const j = await start(dir, DAY3)
    expect(pains(j)).toHaveLength(45)
    const info = await j.router.handle('app:info', undefined)
    expect(info).toMatchObject({ ok: true, value: { startupNotice: null } })
    expect(damagedFiles(dir)).toEqual([])
  })
})

describe('a journal from a newer version', () => {
  it('is refused, byte-identical, and not moved aside or replaced by a backup', async () => {
    const { dir, file } = await journalWithBackup()
    const db = new Database(file)
    db.pragma(`user_version = ${LATEST_VERSION + 1}`)
    db.close()
    const before = readFileSync(file)
    await expect(start(dir, DAY3)).rejects.toThrow(NewerDatabaseError)
    expect(readFileSync(file).equals(before)).toBe(true)
    expect(damagedFiles(dir)).toEqual([])
    expect(existsSync(file)).toBe(true)
  })
})
