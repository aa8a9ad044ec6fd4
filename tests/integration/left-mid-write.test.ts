/**
 * A `journal.sqlite-journal` left next to the journal by a crash in the middle of a write (a hot
 * rollback journal). Whose the file is must be found out read-only, and a read-only connection
 * cannot roll a hot journal back (SQLITE_READONLY_ROLLBACK): our journal must still open with
 * every committed check-in, and another program's file must still be moved aside unwritten.
 */
import Database from 'better-sqlite3'
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { journalFolders } from '../support/journal-folders'

const { folder, start } = journalFolders()

/**
 * Copies `file` into `dir` as journal.sqlite as a power cut would leave it: in rollback mode,
 * caught halfway through `change`, with its hot -journal beside it.
 */
function caughtMidWrite(file: string, dir: string, change: string): void {
  const db = new Database(file)
  db.pragma('journal_mode = DELETE')
  db.pragma('cache_size = 2') // spill changed pages into the file mid-transaction
  db.exec('BEGIN')
  db.exec(change)
  copyFileSync(file, join(dir, 'journal.sqlite'))
  copyFileSync(`${file}-journal`, join(dir, 'journal.sqlite-journal'))
  db.exec('ROLLBACK')
  db.close()
}

describe('a journal with a -journal file left by a crash', () => {
  it('opens with every committed check-in, the unfinished write rolled back', async () => {
    const source = folder()
    const j = await start(source, new Date(2026, 10, 24, 9))
    for (let i = 0; i < 5; i++) {
      const at = `2026-11-24T08:0${i}:00+01:00`
      const r = await j.router.handle('checkins:save', { at, pain: i })
      if (!r.ok) throw new Error(r.error.message)
    }
    j.close()
    const dir = folder()
    caughtMidWrite(
      join(source, 'journal.sqlite'),
      dir,
      'UPDATE checkins SET note = hex(randomblob(3000))',
    )
    expect(existsSync(join(dir, 'journal.sqlite-journal'))).toBe(true)

    const again = await start(dir, new Date(2026, 10, 25, 9))
    const rows = again.db().prepare('SELECT pain, note FROM checkins ORDER BY id').all()
    expect(rows).toEqual([0, 1, 2, 3, 4].map((pain) => ({ pain, note: '' })))
    expect(readdirSync(dir).filter((f) => f.startsWith('.inspecting-'))).toEqual([])
  })

  it('another program’s file left so is moved aside unwritten, with its -journal', async () => {
    const source = folder()
    const other = join(source, 'photos.sqlite')
    const db = new Database(other)
    db.exec('CREATE TABLE photos (path TEXT)')
    db.prepare('INSERT INTO photos VALUES (?)').run('holiday.jpg'.repeat(400))
    db.close()
    const dir = folder()
    caughtMidWrite(other, dir, 'UPDATE photos SET path = hex(randomblob(3000))')
    const bytes = readFileSync(join(dir, 'journal.sqlite'))
    const journalBytes = readFileSync(join(dir, 'journal.sqlite-journal'))

    const j = await start(dir, new Date(2026, 10, 25, 9))
    expect(j.db().prepare('SELECT count(*) FROM checkins').pluck().get()).toBe(0)
    const aside = readdirSync(dir).find((f) => /^journal\.damaged-.*\.sqlite$/.test(f))!
    expect(readFileSync(join(dir, aside)).equals(bytes)).toBe(true)
    expect(readFileSync(join(dir, `${aside}-journal`)).equals(journalBytes)).toBe(true)
  })
})
