/**
 * The analysis and Trends are remembered per state of the data (src/main/analysis/analysis.ts):
 * asking again gives the same answer without the work, and any change of the data — through the
 * router, or by another connection to the file — is seen at once.
 */
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadJournal } from '../../src/main/db/repositories/journal-loader'
import { journalPaths } from '../../src/main/journal'
import fc from 'fast-check'
import { allStatsCheckins } from '../../src/main/db/repositories/stats-checkins'
import { analyse, forgetRemembered, journalCheckins } from '../../src/main/analysis/analysis'
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

describe('the remembered check-ins after a save, a delete or an undo', () => {
  const fresh = () => allStatsCheckins(journal.db())
  const remembered = () => journalCheckins(journal.db())
  const call = async (channel: string, payload: unknown) => {
    const result = await journal.router.handle(channel, payload)
    if (!result.ok) throw new Error(result.error.message)
    return result.value as { id: number }
  }

  it('are kept up to date from the one row, equal to reading the journal again', async () => {
    const before = remembered()
    const untouched = before[10]
    const saved = await call('checkins:save', {
      at: '2026-02-10T23:30:00+00:00',
      pain: 9,
      regions: ['upper-back'],
      triggerIds: [1, 2],
      remedies: [{ remedyId: 13, doseMg: 400, relief: 1 }],
      redFlags: ['fever'],
    })
    const after = remembered()
    expect(after).toEqual(fresh())
    // Brought up to date, not read again: the other check-ins are the very same objects.
    expect(after.find((c) => c.id === untouched?.id)).toBe(untouched)
    expect(after.find((c) => c.id === saved.id)).toMatchObject({ pain: 9, redFlags: ['fever'] })
  })

  const trends = async () => [
    await call('trends:get', query),
    await call('trends:get', { ...query, from: '2026-01-15' }),
  ]

  it('stay equal to a fresh read through any run of saves, edits, deletes and undos', async () => {
    const ids = remembered().map((c) => c.id)
    const deleted: number[] = []
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('new' as const),
        day: fc.integer({ min: 1, max: 28 }),
        hour: fc.integer({ min: 0, max: 23 }),
        pain: fc.integer({ min: 0, max: 10 }),
        trigger: fc.boolean(),
      }),
      fc.record({
        kind: fc.constant('edit' as const),
        pick: fc.nat(),
        day: fc.integer({ min: 1, max: 28 }),
        pain: fc.integer({ min: 0, max: 10 }),
      }),
      fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('undo' as const), pick: fc.nat() }),
    )
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
        for (const o of ops) {
          remembered() // as a screen would have asked just before
          const day = (d: number) => `2026-02-${String(d).padStart(2, '0')}`
          if (o.kind === 'new') {
            const { id } = await call('checkins:save', {
              at: `${day(o.day)}T${String(o.hour).padStart(2, '0')}:15:00+00:00`,
              pain: o.pain,
              triggerIds: o.trigger ? [3] : [],
              remedies: o.pain > 5 ? [{ remedyId: 13, doseMg: 200 }] : [],
            })
            ids.push(id)
          } else if (o.kind === 'edit' && ids.length > 0) {
            const id = ids[o.pick % ids.length] as number
            await call('checkins:save', { id, at: `${day(o.day)}T08:00:00+00:00`, pain: o.pain })
          } else if (o.kind === 'delete' && ids.length > 0) {
            const id = ids.splice(o.pick % ids.length, 1)[0] as number
            await call('checkins:delete', { id })
            deleted.push(id)
          } else if (o.kind === 'undo' && deleted.length > 0) {
            const id = deleted.splice(o.pick % deleted.length, 1)[0] as number
            await call('checkins:restore', { id })
            ids.push(id)
          }
          expect(remembered()).toEqual(fresh())
          // What is worked out month by month from them too: only the changed month again.
          const kept = { analysis: analyse(journal.db(), FIXTURE_END_DAY), trends: await trends() }
          forgetRemembered(journal.db())
          expect(kept.analysis).toEqual(analyse(journal.db(), FIXTURE_END_DAY))
          expect(kept.trends).toEqual(await trends())
        }
      }),
      { numRuns: 25 },
    )
  })
})
