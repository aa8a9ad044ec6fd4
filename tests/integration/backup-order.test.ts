/**
 * Which backup is the newest (shared/backup-retention.ts newestFirst): the one taken last in real
 * time, never the one whose name sorts last. A backup dated in the future by a clock set wrong (a
 * year typed in wrongly, a dead clock battery) and one named in another time zone must not make
 * recovery restore an older copy, nor end the keep of the copy taken before a restore.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { RunningJournal } from '../../src/main/journal'
import { journalFolders } from '../support/journal-folders'

const journals = journalFolders()
const { folder } = journals
/** Started, and the work just after start-up (today's backup, retention) over too. */
const start = (dir: string, at: Date) => journals.start(dir, at, { afterStart: true })
afterEach(() => {
  vi.unstubAllEnvs()
})

async function save(j: RunningJournal, at: string, pain: number): Promise<void> {
  const r = await j.router.handle('checkins:save', { at, pain })
  if (!r.ok) throw new Error(r.error.message)
}

async function call<T>(j: RunningJournal, channel: string, input: unknown): Promise<T> {
  const r = await j.router.handle(channel, input)
  if (!r.ok) throw new Error(r.error.message)
  return r.value as T
}

describe('a backup dated in the future by a wrong clock', () => {
  it('recovery restores the backup taken last, not the stale one with a future date', async () => {
    const dir = folder()
    let j = await start(dir, new Date(2026, 10, 20, 9))
    await save(j, '2026-11-19T09:00:00+01:00', 3)
    j.close()
    // One morning the clock says 2027: that start's daily backup is named 2027-11-21.
    ;(await start(dir, new Date(2027, 10, 21, 9))).close()
    // Clock fixed. More check-ins, and the next day's daily backup holds them.
    j = await start(dir, new Date(2026, 10, 22, 9))
    await save(j, '2026-11-22T08:00:00+01:00', 6)
    j.close()
    ;(await start(dir, new Date(2026, 10, 23, 9))).close() // daily backup: pains 3 and 6
    expect(readdirSync(join(dir, 'backups'))).toContain(
      'pain-journal-2026-11-23T09-00-00-daily.sqlite',
    )

    writeFileSync(join(dir, 'journal.sqlite'), 'junk '.repeat(2000)) // the journal is damaged
    j = await start(dir, new Date(2026, 10, 24, 9))
    const info = await call<{ startupNotice: string }>(j, 'app:info', undefined)
    const pains = j.db().prepare('SELECT pain FROM checkins ORDER BY id').pluck().all()
    // Not pains [3] and "your journal now reflects … 21 November 2027", a day still to come.
    expect(pains).toEqual([3, 6])
    expect(info.startupNotice).not.toContain('2027')
  })

  it('does not void the 30-day keep of the copy taken before a restore', async () => {
    const dir = folder()
    let j = await start(dir, new Date(2027, 10, 20, 9)) // clock a year ahead
    await save(j, '2026-11-19T09:00:00+01:00', 3)
    await call(j, 'backups:create', undefined) // named 2027-11-20
    j.close()

    j = await start(dir, new Date(2026, 10, 24, 9, 30)) // clock fixed
    await save(j, '2026-11-24T08:00:00+01:00', 5)
    const list = await call<{ name: string }[]>(j, 'backups:list', undefined)
    const outcome = await call<{ safety: { name: string } }>(j, 'backups:restore', {
      name: list.find((b) => b.name.includes('2027'))!.name,
    })
    const safety = join(dir, 'backups', outcome.safety.name)
    expect(existsSync(safety)).toBe(true)

    // Two "Back up now" the same day. README: copies taken before a restore are kept 30 days
    // "however many backups follow it" — the only place the replaced journal (pain 5) lives.
    await call(j, 'backups:create', undefined)
    await call(j, 'backups:create', undefined)
    expect(readdirSync(join(dir, 'backups'))).toContain(outcome.safety.name)
  })
})

describe('a flight west between two starts', () => {
  it('recovery restores the backup taken last in real time, not the one whose local name sorts last', async () => {
    const dir = folder()
    vi.stubEnv('TZ', 'Asia/Tokyo')
    let j = await start(dir, new Date('2026-11-20T00:00:00Z'))
    await save(j, '2026-11-20T08:00:00+09:00', 3)
    j.close()
    // Tokyo, 25 Nov 08:00: the daily backup (pain 3 only), named 2026-11-25T08-00-00.
    j = await start(dir, new Date('2026-11-24T23:00:00Z'))
    await save(j, '2026-11-25T07:30:00+09:00', 6) // saved after that backup was taken
    j.close()
    // Landed in Los Angeles: 24 Nov 18:00 there, three hours later in real time. The daily
    // backup named 2026-11-24T18-00-00 holds pains 3 and 6.
    vi.stubEnv('TZ', 'America/Los_Angeles')
    ;(await start(dir, new Date('2026-11-25T02:00:00Z'))).close()
    expect(readdirSync(join(dir, 'backups'))).toContain(
      'pain-journal-2026-11-24T18-00-00-daily.sqlite',
    )

    writeFileSync(join(dir, 'journal.sqlite'), 'junk '.repeat(2000)) // the journal is damaged
    j = await start(dir, new Date('2026-11-25T17:00:00Z')) // LA, 25 Nov 09:00
    const pains = j.db().prepare('SELECT pain FROM checkins ORDER BY id').pluck().all()
    // Not [3]: the Tokyo backup is older in real time, though "25T08" sorts after "24T18".
    expect(pains).toEqual([3, 6])
  })
})
