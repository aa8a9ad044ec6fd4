/**
 * Migration 2 (application_id): a v1 journal full of data gets the Pain Journal mark and keeps
 * every row exactly as it was.
 */
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { migrate, userVersion } from '../../src/main/db/migrate'
import { APPLICATION_ID } from '../../src/main/db/migrations/002-application-id'
import { loadJournal } from '../../src/main/db/repositories/journal-loader'
import { asV1Journal, aYearOfCheckins } from '../fixtures/journal'
import { dumpDatabase, tempDir } from '../support/temp-journal'

let cleanup = () => {}
afterEach(() => cleanup())

it('migration 2 marks a v1 journal full of data as ours and changes no row', async () => {
  const t = tempDir()
  const db = new Database(join(t.dir, 'j.sqlite'))
  cleanup = () => {
    db.close()
    t.cleanup()
  }
  db.pragma('foreign_keys = ON')
  await migrate(db, { backupDir: join(t.dir, 'b'), target: 1 })
  loadJournal(db, asV1Journal(aYearOfCheckins()), '2026-03-01T12:00:00.000Z')
  expect(db.pragma('application_id', { simple: true })).toBe(0)
  const before = dumpDatabase(db)
  expect((before['checkins'] ?? []).length).toBeGreaterThan(300)

  const outcome = await migrate(db, { backupDir: join(t.dir, 'b'), target: 2 })

  expect(outcome).toMatchObject({ from: 1, to: 2 })
  expect(outcome.backupFile).not.toBeNull()
  expect(userVersion(db)).toBe(2)
  expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
  expect(dumpDatabase(db)).toEqual(before)
})

it('a new journal is marked as it is created', async () => {
  const t = tempDir()
  const db = new Database(join(t.dir, 'j.sqlite'))
  cleanup = () => {
    db.close()
    t.cleanup()
  }
  await migrate(db, { backupDir: join(t.dir, 'b') })
  expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID)
})
