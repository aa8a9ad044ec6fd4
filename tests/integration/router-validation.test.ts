import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ServiceContext } from '../../src/main/service/context'
import { createRouter, HANDLERS } from '../../src/main/service/router'
import { INTERNAL_MESSAGE } from '../../src/shared/result'
import { REPORT_SECTIONS } from '../../src/shared/report/options'
import { dumpDatabase, nullPlatform, tempRunningJournal } from '../support/temp-journal'

type J = Awaited<ReturnType<typeof tempRunningJournal>>
let journal: J
let before: Record<string, unknown[]>
beforeAll(async () => {
  journal = await tempRunningJournal()
  await journal.router.handle('checkins:save', { at: '2026-11-25T08:00:00+00:00', pain: 4 })
  before = dumpDatabase(journal.db())
})
afterAll(() => journal.cleanup())

/** A context on the test's journal, for routers built with other handlers or another log. */
function ctxOf(j: J): ServiceContext {
  return {
    db: () => j.db(),
    now: () => new Date(),
    facts: () => ({
      version: 't',
      dataDir: j.dir,
      databasePath: '',
      journal: 'real',
      startupNotice: null,
    }),
    platform: nullPlatform,
    journals: { openSample: async () => {}, openReal: () => {} },
    backups: {
      dir: j.paths.backupDir,
      create: () => Promise.reject(new Error('not here')),
      restore: () => Promise.reject(new Error('not here')),
    },
  }
}

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

  // Half a character would be stored as replacement marks: the text would read back changed.
  it.each([
    ['a check-in note', 'checkins:save', { at, pain: 3, note: 'Pain at night \uD83D' }, 'note'],
    ['a day note', 'days:save', { day: '2026-11-24', note: 'x\uDC00y' }, 'note'],
    ['a trigger', 'catalog:add-trigger', { name: 'Z\uD800' }, 'name'],
    ['a remedy', 'catalog:add-remedy', { name: '\uDFFFTea', kind: 'self-care' }, 'name'],
    ['a visit note', 'visits:add', { day: '2026-11-24', note: 'GP \uD83D' }, 'note'],
  ])('refuses half a character in %s, naming the field', async (_name, channel, payload, path) => {
    const result = await journal.router.handle(channel, payload)
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } })
    if (!result.ok) {
      expect(result.error.issues).toEqual([
        { path, message: expect.stringMatching(/^This text has half of a character in it/) },
      ])
    }
    expect(dumpDatabase(journal.db())).toEqual(before)
  })

  it('keeps whole emoji and every script as typed', async () => {
    const note = 'Back 😣 ألم 痛い 👍🏽'
    const saved = await journal.router.handle('checkins:save', { at, pain: 3, note })
    expect(saved).toMatchObject({ ok: true, value: { note } })
    const id = (saved as { value: { id: number } }).value.id
    await journal.router.handle('checkins:delete', { id })
    journal.db().prepare('DELETE FROM checkins WHERE id = ?').run(id)
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

  // Each limit refused in its own words, built from its one constant with the locale's digits.
  it.each([
    [
      'a daily limit past the ceiling',
      'catalog:set-limit',
      { remedyId: 13, dailyLimitMg: 100_001 },
      'dailyLimitMg: A daily limit can be at most 100,000 mg',
    ],
    [
      'a daily limit of 0',
      'catalog:set-limit',
      { remedyId: 13, dailyLimitMg: 0 },
      'dailyLimitMg: A daily limit must be more than 0 mg',
    ],
    [
      'seven reminders',
      'settings:update',
      {
        reminders: {
          times: ['07:00', '08:00', '09:00', '10:00', '11:00', '12:00', '13:00'],
          startAtLogin: false,
          keepInTray: false,
        },
      },
      'reminders.times: Up to 6 reminders a day',
    ],
    [
      'a remedy used for 1,441 minutes',
      'checkins:save',
      { at, pain: 3, remedies: [{ remedyId: 6, minutes: 1441 }] },
      'remedies.0.minutes: Minutes must be a whole number from 0 to 1,440',
    ],
    [
      'a day record with sleep 12',
      'days:save',
      { day: '2026-11-25', sleepQuality: 12 },
      'sleepQuality: Must be a whole number from 0 to 10',
    ],
    [
      'a huge note',
      'checkins:save',
      { at, pain: 3, note: 'x'.repeat(20_001) },
      'note: Notes can be up to 20,000 characters',
    ],
  ])('says what the limit is for %s', async (_name, channel, payload, message) => {
    const result = await journal.router.handle(channel, payload)
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation', message } })
  })

  it('leaves the database unchanged after all of them', () => {
    expect(dumpDatabase(journal.db())).toEqual(before)
  })
})

describe('the router when something unexpected throws', () => {
  it('answers a handler that throws with an internal envelope, logs the cause, shows none of it', async () => {
    const logged: [string, unknown][] = []
    const cause = new Error('secret detail: /home/someone/journal.sqlite row 12')
    const router = createRouter(
      { ...ctxOf(journal) },
      { ...HANDLERS, 'checkins:list': () => Promise.reject(cause) },
      (channel, error) => logged.push([channel, error]),
    )
    const result = await router.handle('checkins:list', { from: '2026-11-01', to: '2026-11-30' })
    expect(result).toEqual({ ok: false, error: { kind: 'internal', message: INTERNAL_MESSAGE } })
    expect(logged).toEqual([['checkins:list', cause]])
    expect(JSON.stringify(result)).not.toContain('secret')
  })

  it('answers a payload that throws while it is read (a getter) the same way', async () => {
    const logged: unknown[] = []
    const router = createRouter(ctxOf(journal), HANDLERS, (_channel, error) => logged.push(error))
    const payload = {
      get at(): string {
        throw new RangeError('boom')
      },
      pain: 3,
    }
    const result = await router.handle('checkins:save', payload)
    expect(result).toMatchObject({ ok: false, error: { kind: 'internal' } })
    expect(logged).toHaveLength(1)
  })

  it('answers an invalid report period with a validation envelope, not a RangeError', async () => {
    const options = {
      from: '2026-01-01',
      to: '2026-02-30',
      patientName: '',
      dateOfBirth: null,
      sections: Object.fromEntries(REPORT_SECTIONS.map((s) => [s, true])),
    }
    for (const [channel, payload] of [
      ['report:preview', options],
      ['report:export-pdf', { options, pageSize: 'A4' }],
    ] as const) {
      const result = await journal.router.handle(channel, payload)
      expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } })
      if (!result.ok) expect(result.error.message).toMatch(/to: Must be a real date/)
    }
  })
})
