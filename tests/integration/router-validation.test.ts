import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dumpDatabase, tempRunningJournal } from '../support/temp-journal'

type J = Awaited<ReturnType<typeof tempRunningJournal>>
let journal: J
let before: Record<string, unknown[]>
beforeAll(async () => {
  journal = await tempRunningJournal()
  await journal.router.handle('checkins:save', { at: '2026-11-25T08:00:00+00:00', pain: 4 })
  before = dumpDatabase(journal.db())
})
afterAll(() => journal.cleanup())

const at = '2026-11-25T09:00:00+00:00'
const invalid: [string, string, unknown][] = [
  ['pain 11', 'checkins:save', { at, pain: 11 }],
  ['pain -1', 'checkins:save', { at, pain: -1 }],
  ['pain 2.5', 'checkins:save', { at, pain: 2.5 }],
  ['no pain', 'checkins:save', { at }],
  ['no payload', 'checkins:save', undefined],
  ['an extra field', 'checkins:save', { at, pain: 3, sneaky: true }],
  ['a huge note', 'checkins:save', { at, pain: 3, note: 'x'.repeat(100_000) }],
  ['an unknown trigger', 'checkins:save', { at, pain: 3, triggerIds: [9999] }],
  ['an unknown remedy', 'checkins:save', { at, pain: 3, remedies: [{ remedyId: 9999 }] }],
  ['a prototype key', 'checkins:save', JSON.parse(`{"at":"${at}","pain":3,"__proto__":{"x":1}}`)],
  ['a list with a bad range', 'checkins:list', { from: '2026-12-01', to: '2026-11-01' }],
  ['a list with text dates', 'checkins:list', { from: 'yesterday', to: 'today' }],
  ['delete by a text id', 'checkins:delete', { id: '1' }],
  ['delete by a negative id', 'checkins:delete', { id: -1 }],
  ['a day record with sleep 12', 'days:save', { day: '2026-11-25', sleepQuality: 12 }],
  ['a payload where none is taken', 'settings:get', { please: true }],
  ['a day-start hour of 30', 'settings:update', { dayStartHour: 30 }],
  ['an unknown channel', 'checkins:drop-all', {}],
  ['a channel that is not a string', 42 as unknown as string, {}],
]

describe('the router with bad input', () => {
  it.each(invalid)('answers %s with a validation error', async (_name, channel, payload) => {
    const result = await journal.router.handle(channel, payload)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.kind).toBe('validation')
      expect(result.error.message.length).toBeGreaterThan(5)
    }
  })

  it('names the field that is wrong', async () => {
    const result = await journal.router.handle('checkins:save', { at, pain: 11 })
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'validation',
        message: 'pain: Pain must be from 0 to 10',
        issues: [{ path: 'pain', message: 'Pain must be from 0 to 10' }],
      },
    })
  })

  it('leaves the database unchanged after all of them', () => {
    expect(dumpDatabase(journal.db())).toEqual(before)
  })
})
