import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { tempRunningJournal } from '../support/temp-journal'

type J = Awaited<ReturnType<typeof tempRunningJournal>>
let journal: J
beforeEach(async () => {
  journal = await tempRunningJournal({ now: () => new Date('2026-11-25T22:00:00Z') })
})
afterEach(() => journal.cleanup())

async function call(channel: string, payload?: unknown) {
  const result = await journal.router.handle(channel, payload)
  if (!result.ok) throw new Error(`${channel}: ${result.error.kind}: ${result.error.message}`)
  return result.value as never
}

describe('check-ins through the router', () => {
  it('stores a full check-in and reads it back identically', async () => {
    const input = {
      at: '2026-11-25T08:30:00+01:00',
      pain: 6,
      spasm: true,
      regions: ['lower-back-right', 'buttock-leg-right'],
      context: 'waking',
      triggerIds: [2, 4],
      remedies: [
        { remedyId: 13, doseMg: 400, minutes: null, relief: 1 },
        { remedyId: 6, doseMg: null, minutes: 15, relief: 2 },
      ],
      redFlags: [],
      note: 'Woke up stiff, "lifting" yesterday, ça va.',
    }
    const saved: { id: number; day: string } = await call('checkins:save', input)
    expect(saved).toEqual({
      id: saved.id,
      day: '2026-11-25',
      ...input,
      regions: ['buttock-leg-right', 'lower-back-right'],
    })
    expect(await call('checkins:list', { from: '2026-11-25', to: '2026-11-25' })).toEqual([saved])
  })

  it('saving two check-ins on one day keeps both, in time order', async () => {
    await call('checkins:save', { at: '2026-11-25T20:00:00+00:00', pain: 3 })
    await call('checkins:save', { at: '2026-11-25T08:00:00+00:00', pain: 7 })
    const list: { pain: number }[] = await call('checkins:list', {
      from: '2026-11-25',
      to: '2026-11-25',
    })
    expect(list.map((c) => c.pain)).toEqual([7, 3])
  })

  it('counts a 01:30 check-in for the previous day', async () => {
    const saved: { day: string } = await call('checkins:save', {
      at: '2026-11-25T01:30:00+01:00',
      pain: 5,
    })
    expect(saved.day).toBe('2026-11-24')
  })

  it('a correction that keeps the time keeps the day, after the day-start hour changed', async () => {
    // 03:00 with the day starting at 04:00: the night after 19 November.
    const saved: { id: number; at: string; day: string } = await call('checkins:save', {
      at: '2026-11-20T03:00:00+00:00',
      pain: 5,
    })
    expect(saved.day).toBe('2026-11-19')
    await call('settings:update', { dayStartHour: 0 })
    // Only the pain is corrected: it stays on the 19th, where History shows it.
    const fixed: { day: string } = await call('checkins:save', {
      id: saved.id,
      at: saved.at,
      pain: 6,
    })
    expect(fixed.day).toBe('2026-11-19')
    const stored = journal.db().prepare('SELECT day, pain FROM checkins WHERE id = ?').get(saved.id)
    expect(stored).toEqual({ day: '2026-11-19', pain: 6 })
    // A new time is a new moment: the hour as it is now decides its day.
    const moved: { day: string } = await call('checkins:save', {
      id: saved.id,
      at: '2026-11-20T03:10:00+00:00',
      pain: 6,
    })
    expect(moved.day).toBe('2026-11-20')
  })

  it('edits a check-in in place, replacing its parts', async () => {
    const first: { id: number } = await call('checkins:save', {
      at: '2026-11-20T09:00:00+00:00',
      pain: 5,
      triggerIds: [1],
    })
    const edited: { id: number; pain: number; triggerIds: number[] } = await call('checkins:save', {
      id: first.id,
      at: '2026-11-20T09:00:00+00:00',
      pain: 3,
      triggerIds: [2, 3],
    })
    expect(edited).toMatchObject({ id: first.id, pain: 3, triggerIds: [2, 3] })
    expect(await call('checkins:list', { from: '2026-11-20', to: '2026-11-20' })).toHaveLength(1)
  })

  it('an edit in full keeps the check-in’s identity and records when it was changed', async () => {
    let now = new Date('2026-11-25T10:00:00Z')
    const clocked = await tempRunningJournal({ now: () => now })
    try {
      const save = async (payload: unknown) => {
        const r = await clocked.router.handle('checkins:save', payload)
        if (!r.ok) throw new Error(r.error.message)
        return r.value as { id: number }
      }
      const first = await save({
        at: '2026-11-25T09:00:00+00:00',
        pain: 6,
        regions: ['mid-back'],
        remedies: [{ remedyId: 13, doseMg: 4000 }],
        redFlags: ['fever'],
      })
      now = new Date('2026-11-25T11:30:00Z')
      const edited = await save({
        id: first.id,
        at: '2026-11-25T09:00:00+00:00',
        pain: 5,
        regions: ['lower-back-left'],
        remedies: [{ remedyId: 13, doseMg: 400 }],
        redFlags: [],
      })
      expect(edited).toMatchObject({
        id: first.id,
        regions: ['lower-back-left'],
        remedies: [{ remedyId: 13, doseMg: 400 }],
        redFlags: [],
      })
      const row = clocked
        .db()
        .prepare('SELECT created_at, updated_at FROM checkins WHERE id = ?')
        .get(first.id)
      expect(row).toEqual({
        created_at: '2026-11-25T10:00:00.000Z',
        updated_at: '2026-11-25T11:30:00.000Z',
      })
      expect(clocked.db().prepare('SELECT count(*) FROM checkins').pluck().get()).toBe(1)
    } finally {
      clocked.cleanup()
    }
  })

  it('deletes a check-in and brings it back whole on undo', async () => {
    const saved: { id: number } = await call('checkins:save', {
      at: '2026-11-20T09:00:00+00:00',
      pain: 5,
      remedies: [{ remedyId: 13, doseMg: 200 }],
    })
    await call('checkins:delete', { id: saved.id })
    expect(await call('checkins:list', { from: '2026-11-20', to: '2026-11-20' })).toEqual([])
    const back = await call('checkins:restore', { id: saved.id })
    expect(back).toMatchObject({ id: saved.id, pain: 5, remedies: [{ remedyId: 13, doseMg: 200 }] })
  })

  it('answers not-found for a check-in that does not exist', async () => {
    const result = await journal.router.handle('checkins:delete', { id: 999 })
    expect(result).toMatchObject({ ok: false, error: { kind: 'not-found' } })
  })

  it('keeps day records, replacing on save', async () => {
    expect(await call('days:get', { day: '2026-11-25' })).toBeNull()
    await call('days:save', { day: '2026-11-25', sleepQuality: 4, minutesWalked: 20 })
    await call('days:save', { day: '2026-11-25', sleepQuality: 6, note: 'Better night' })
    expect(await call('days:get', { day: '2026-11-25' })).toEqual({
      day: '2026-11-25',
      sleepQuality: 6,
      enjoymentInterference: null,
      activityInterference: null,
      minutesWalked: null,
      note: 'Better night',
    })
  })

  it('keeps settings, with defaults until changed', async () => {
    expect(await call('settings:get')).toMatchObject({ dayStartHour: 4, theme: 'system' })
    expect(await call('settings:update', { dayStartHour: 5 })).toMatchObject({
      dayStartHour: 5,
      theme: 'system',
    })
    const saved: { day: string } = await call('checkins:save', {
      at: '2026-11-25T04:30:00+00:00',
      pain: 2,
    })
    expect(saved.day).toBe('2026-11-24')
  })

  it('keeps every other setting when one stored value cannot be read', async () => {
    await call('settings:update', {
      dayStartHour: 0,
      episodeRules: {
        painDayMin: 3,
        separationDays: 30,
        settleDays: 7,
        watchDays: 42,
        doctorDays: 56,
      },
      theme: 'dark',
    })
    // A damaged (or older-shaped) value of an unrelated setting: a reminder time as "8pm".
    journal
      .db()
      .prepare(
        "INSERT INTO settings (key, value) VALUES ('reminders', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      )
      .run(JSON.stringify({ times: ['8pm'], startAtLogin: false, keepInTray: false }))
    const settings: { dayStartHour: number; episodeRules: { painDayMin: number }; theme: string } =
      await call('settings:get')
    expect(settings).toMatchObject({
      dayStartHour: 0,
      episodeRules: { painDayMin: 3 },
      theme: 'dark',
    })
    expect(await call('settings:get')).toMatchObject({ reminders: { times: [] } })
    // So a check-in at 02:00 stays on its own date, as the person set the day up.
    const saved: { day: string } = await call('checkins:save', {
      at: '2026-11-25T02:00:00+00:00',
      pain: 4,
    })
    expect(saved.day).toBe('2026-11-25')
  })

  it('lists the built-in catalog', async () => {
    const catalog: { triggers: { name: string }[]; remedies: { name: string; kind: string }[] } =
      await call('catalog:get')
    expect(catalog.triggers.map((t) => t.name)).toContain('Heavy lifting')
    expect(catalog.remedies).toContainEqual(
      expect.objectContaining({ name: 'Ibuprofen', kind: 'medication' }),
    )
  })
})
