/**
 * A full disk or a read-only folder: a save fails with a message a person can act on, nothing
 * half-written is left behind, reading keeps working, and saving works again once the disk is
 * fixed.
 *
 * How the failures are made real:
 * - full disk: `PRAGMA max_page_count` caps the file at its current size, so SQLite answers
 *   SQLITE_FULL exactly as it does when the disk has no room;
 * - read-only folder: the tests run as root, where permissions do not stop writes (and no
 *   permission change affects a file that is already open). `chattr +i` (immutable) stops even
 *   root, on files already open too: the journal, its -wal and the folder are made immutable.
 *   The -shm file is left alone because it is memory-mapped: writes to a mapped immutable file
 *   end the process with SIGBUS, which is a test artefact, not what a read-only disk does to an
 *   app that opened its journal before.
 * - `PRAGMA query_only` gives SQLITE_READONLY, the code SQLite uses for a read-only file.
 */
import { execFileSync } from 'node:child_process'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dumpDatabase, tempRunningJournal } from '../support/temp-journal'

type J = Awaited<ReturnType<typeof tempRunningJournal>>
let journal: J
let unlock: (() => void) | null = null

beforeEach(async () => {
  journal = await tempRunningJournal()
  for (const pain of [2, 4, 6]) {
    const r = await journal.router.handle('checkins:save', {
      at: `2026-11-2${pain}T09:00:00+01:00`,
      pain,
    })
    if (!r.ok) throw new Error(r.error.message)
  }
})
afterEach(() => {
  unlock?.()
  unlock = null
  journal.cleanup()
})

const bigSave = { at: '2026-11-28T09:00:00+01:00', pain: 7, note: 'typed with care '.repeat(1200) }

async function listPains(): Promise<number[]> {
  const r = await journal.router.handle('checkins:list', { from: '2026-11-01', to: '2026-11-30' })
  if (!r.ok) throw new Error(r.error.message)
  return (r.value as { pain: number }[]).map((c) => c.pain)
}

describe('a full disk', () => {
  it('fails the save with a clear message, keeps reading, and recovers when space is back', async () => {
    const db = journal.db()
    const before = dumpDatabase(db)
    const pages = db.pragma('page_count', { simple: true }) as number
    db.pragma(`max_page_count = ${pages}`)

    const result = await journal.router.handle('checkins:save', bigSave)
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'storage',
        message:
          'Your disk is full, so this was not saved. Free some space and try again; what you typed is still here.',
      },
    })
    expect(await listPains()).toEqual([2, 4, 6])
    expect(dumpDatabase(db)).toEqual(before)

    db.pragma('max_page_count = 1073741823')
    expect((await journal.router.handle('checkins:save', bigSave)).ok).toBe(true)
    expect(await listPains()).toEqual([2, 4, 6, 7])
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
  })
})

function chattr(flag: '+i' | '-i', paths: string[]): boolean {
  try {
    execFileSync('chattr', [flag, ...paths], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

// Without root, permissions are the honest test and this immutable-flag test does not apply.
const canChattr =
  process.getuid?.() === 0 &&
  execFileSync('sh', ['-c', 'command -v chattr || true']).toString().trim() !== ''

describe('a read-only folder', () => {
  it.skipIf(!canChattr)(
    'fails the save with a clear message and keeps reading (chattr +i, as root)',
    async () => {
      const { dataDir, databasePath } = journal.paths
      const locked = [databasePath, `${databasePath}-wal`, dataDir]
      if (!chattr('+i', locked)) {
        // The file system here does not support the immutable flag: say so rather than pass.
        throw new Error(`chattr +i is not supported on the file system of ${dataDir}`)
      }
      unlock = () => chattr('-i', locked)
      const before = dumpDatabase(journal.db())

      const result = await journal.router.handle('checkins:save', bigSave)
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.error.kind).toBe('storage')
        expect(result.error.message).toMatch(/read-only.*not saved.*what you typed is still here/)
      }
      expect(await listPains()).toEqual([2, 4, 6])
      expect(dumpDatabase(journal.db())).toEqual(before)

      unlock()
      unlock = null
      expect((await journal.router.handle('checkins:save', bigSave)).ok).toBe(true)
      expect(await listPains()).toEqual([2, 4, 6, 7])
      expect(journal.db().pragma('integrity_check', { simple: true })).toBe('ok')
    },
  )

  it('answers a read-only journal (SQLITE_READONLY) with its own message', async () => {
    const db = journal.db()
    db.pragma('query_only = ON')
    const result = await journal.router.handle('checkins:save', bigSave)
    expect(result).toMatchObject({ ok: false, error: { kind: 'storage' } })
    if (!result.ok) expect(result.error.message).toMatch(/cannot be written to.*still here/)
    expect(await listPains()).toEqual([2, 4, 6])
    db.pragma('query_only = OFF')
  })
})
