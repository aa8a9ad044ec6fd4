/**
 * The analysis and Trends are remembered per state of the data (src/main/service/analysis.ts):
 * asking again gives the same answer without the work, and any change of the data — through the
 * router, or by another connection to the file — is seen at once.
 */
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadJournal } from '../../src/main/db/repositories/journal-loader'
import { journalPaths } from '../../src/main/journal'
import { analyse } from '../../src/main/service/analysis'
import { aYearOfCheckins, FIXTURE_END_DAY } from '../fixtures/journal'
import { tempRunningJournal } from '../support/temp-journal'

type J = Awaited<ReturnType<typeof tempRunningJournal>>
let journal: J
beforeEach(async () => {
  journal = await tempRunningJournal()
  loadJournal(journal.db(), aYearOfCheckins({ endDay: '2026-02-27' }), 'x')
})
afterEach(() => journal.cleanup())

const query = { from: null, to: FIXTURE_END_DAY, asOf: FIXTURE_END_DAY }

async function loggedDays(): Promise<number> {
  const result = await journal.router.handle('trends:get', query)
  if (!result.ok) throw new Error(result.error.message)
  return (result.value as { loggedDays: number }).loggedDays
}

describe('remembered analyses', () => {
  it('answers a repeated question from memory', () => {
    expect(analyse(journal.db(), FIXTURE_END_DAY)).toBe(analyse(journal.db(), FIXTURE_END_DAY))
  })

  it('sees a check-in saved through the router', async () => {
    const before = await loggedDays()
    const analysed = analyse(journal.db(), FIXTURE_END_DAY)
    const saved = await journal.router.handle('checkins:save', {
      at: '2026-03-01T09:30:00+00:00',
      pain: 8,
      spasm: false,
      regions: [],
      context: null,
      triggerIds: [],
      remedies: [],
      note: '',
    })
    expect(saved.ok).toBe(true)
    expect(await loggedDays()).toBe(before + 1)
    const again = analyse(journal.db(), FIXTURE_END_DAY)
    expect(again).not.toBe(analysed)
    expect(again.input.days.at(-1)).toMatchObject({ day: '2026-03-01', worst: 8 })
  })

  it('sees a change written by another connection to the same file', async () => {
    const before = await loggedDays()
    const other = new Database(journalPaths(journal.dir).databasePath)
    try {
      other
        .prepare(
          `INSERT INTO checkins (at, day, pain, spasm, context, note, created_at, updated_at)
           VALUES (?, ?, ?, 0, NULL, '', 'x', 'x')`,
        )
        .run('2026-03-01T09:30:00+00:00', '2026-03-01', 6)
    } finally {
      other.close()
    }
    expect(await loggedDays()).toBe(before + 1)
  })
})
