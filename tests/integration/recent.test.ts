import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { lastCheckin } from '../../src/main/db/repositories/recent'
import { journalDayOf, MAX_DAY_START_HOUR } from '../../src/shared/journal-day'
import { latestMoment } from '../../src/shared/not-future'
import { instantOf } from '../../src/shared/timestamp'
import { tempRunningJournal } from '../support/temp-journal'

type J = Awaited<ReturnType<typeof tempRunningJournal>>
let journal: J
beforeEach(async () => {
  journal = await tempRunningJournal({ now: () => new Date('2026-11-25T12:00:00Z') })
})
afterEach(() => journal.cleanup())

async function call<T = never>(channel: string, payload?: unknown): Promise<T> {
  const result = await journal.router.handle(channel, payload)
  if (!result.ok) throw new Error(`${channel}: ${result.error.kind}: ${result.error.message}`)
  return result.value as T
}

const IBUPROFEN = 13
const NAPROXEN = 14
const WALKING = 6

describe('the last check-in ("same as last time")', () => {
  it('is null in an empty journal', async () => {
    expect(await call('checkins:last')).toBeNull()
  })

  it('is the latest by journal day and time, not the latest typed, with all its parts', async () => {
    const latest = await call<{ id: number }>('checkins:save', {
      at: '2026-11-25T08:30:00+01:00',
      pain: 6,
      triggerIds: [4, 2],
      remedies: [
        { remedyId: IBUPROFEN, doseMg: 400, minutes: null, relief: 1 },
        { remedyId: WALKING, doseMg: null, minutes: 20, relief: null },
      ],
    })
    // Typed afterwards, but for an earlier moment (as when filling in a past day).
    await call('checkins:save', { at: '2026-11-20T09:00:00+01:00', pain: 2, triggerIds: [1] })
    expect(await call('checkins:last')).toEqual(
      await call('checkins:list', { from: '2026-11-25', to: '2026-11-25' }).then(
        (list: unknown[]) => list[0],
      ),
    )
    expect(await call('checkins:last')).toMatchObject({
      id: latest.id,
      triggerIds: [2, 4],
      remedies: [
        { remedyId: IBUPROFEN, doseMg: 400, minutes: null, relief: 1 },
        { remedyId: WALKING, doseMg: null, minutes: 20, relief: null },
      ],
    })
  })

  it('orders a 01:30 check-in after the previous evening of the same journal day', async () => {
    await call('checkins:save', { at: '2026-11-24T22:00:00+01:00', pain: 4 })
    const late = await call<{ id: number; day: string }>('checkins:save', {
      at: '2026-11-25T01:30:00+01:00',
      pain: 7,
    })
    expect(late.day).toBe('2026-11-24')
    expect(await call('checkins:last')).toMatchObject({ id: late.id, pain: 7 })
    const next = await call<{ id: number }>('checkins:save', {
      at: '2026-11-25T09:00:00+01:00',
      pain: 3,
    })
    expect(await call('checkins:last')).toMatchObject({ id: next.id })
  })

  it('skips a deleted check-in, and counts it again after undo', async () => {
    const first = await call<{ id: number }>('checkins:save', {
      at: '2026-11-24T09:00:00+01:00',
      pain: 4,
    })
    const second = await call<{ id: number }>('checkins:save', {
      at: '2026-11-25T09:00:00+01:00',
      pain: 5,
    })
    await call('checkins:delete', { id: second.id })
    expect(await call('checkins:last')).toMatchObject({ id: first.id })
    await call('checkins:restore', { id: second.id })
    expect(await call('checkins:last')).toMatchObject({ id: second.id })
  })
})

describe('last doses (prefilling a medicine’s dose)', () => {
  it('is empty when no dose was ever logged', async () => {
    await call('checkins:save', {
      at: '2026-11-25T08:30:00+01:00',
      pain: 3,
      remedies: [{ remedyId: WALKING, minutes: 15 }],
    })
    expect(await call('remedies:last-doses')).toEqual([])
  })

  it('gives each medicine the dose of its latest use', async () => {
    await call('checkins:save', {
      at: '2026-11-20T08:00:00+01:00',
      pain: 5,
      remedies: [
        { remedyId: IBUPROFEN, doseMg: 200 },
        { remedyId: NAPROXEN, doseMg: 220 },
      ],
    })
    await call('checkins:save', {
      at: '2026-11-24T08:00:00+01:00',
      pain: 5,
      remedies: [{ remedyId: IBUPROFEN, doseMg: 400 }],
    })
    // A later use without a dose does not erase the last known dose.
    await call('checkins:save', {
      at: '2026-11-25T08:00:00+01:00',
      pain: 4,
      remedies: [{ remedyId: IBUPROFEN, doseMg: null }],
    })
    // Typed last, but for an earlier day: not the latest use.
    await call('checkins:save', {
      at: '2026-11-10T08:00:00+01:00',
      pain: 4,
      remedies: [{ remedyId: IBUPROFEN, doseMg: 600 }],
    })
    expect(await call('remedies:last-doses')).toEqual([
      { remedyId: IBUPROFEN, doseMg: 400, day: '2026-11-24' },
      { remedyId: NAPROXEN, doseMg: 220, day: '2026-11-20' },
    ])
  })

  it('forgets doses of deleted check-ins and follows edits', async () => {
    const kept = await call<{ id: number }>('checkins:save', {
      at: '2026-11-20T08:00:00+01:00',
      pain: 5,
      remedies: [{ remedyId: IBUPROFEN, doseMg: 200 }],
    })
    const gone = await call<{ id: number }>('checkins:save', {
      at: '2026-11-24T08:00:00+01:00',
      pain: 5,
      remedies: [{ remedyId: IBUPROFEN, doseMg: 800 }],
    })
    await call('checkins:delete', { id: gone.id })
    expect(await call('remedies:last-doses')).toEqual([
      { remedyId: IBUPROFEN, doseMg: 200, day: '2026-11-20' },
    ])
    await call('checkins:save', {
      id: kept.id,
      at: '2026-11-20T08:00:00+01:00',
      pain: 5,
      remedies: [{ remedyId: IBUPROFEN, doseMg: 300 }],
    })
    expect(await call('remedies:last-doses')).toEqual([
      { remedyId: IBUPROFEN, doseMg: 300, day: '2026-11-20' },
    ])
  })

  it('refuses input on channels that take none', async () => {
    const result = await journal.router.handle('remedies:last-doses', { remedyId: 1 })
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } })
  })
})

describe('the last check-in, found among the last few days only', () => {
  /** A stamp `minutes` after 2026-11-15T00:00 local time, with the offset given in minutes. */
  const stamp = (minutes: number, offset: number): string => {
    const local = new Date(Date.UTC(2026, 10, 15) + minutes * 60_000).toISOString().slice(0, 19)
    const sign = offset < 0 ? '-' : '+'
    const abs = Math.abs(offset)
    const hh = String(Math.floor(abs / 60)).padStart(2, '0')
    const mm = String(abs % 60).padStart(2, '0')
    return `${local}${sign}${hh}:${mm}`
  }

  it('is the one the plain definition picks: the latest moment up to now, then the highest id', async () => {
    const db = journal.db()
    const insert = db.prepare(
      `INSERT INTO checkins (at, day, pain, created_at, updated_at, deleted_at)
       VALUES (?, ?, 3, 'x', 'x', ?)`,
    )
    const checkin = fc.record({
      // Two weeks of moments around "now" (2026-11-25T12:00Z), some after it.
      minutes: fc.integer({ min: 0, max: 14 * 24 * 60 }),
      // Every offset in use, in quarter hours: ±14:00.
      offset: fc.integer({ min: -56, max: 56 }).map((q) => q * 15),
      deleted: fc.boolean(),
    })
    fc.assert(
      fc.property(
        fc.array(checkin, { maxLength: 25 }),
        fc.integer({ min: 0, max: MAX_DAY_START_HOUR }),
        fc.integer({ min: 0, max: 48 * 60 }),
        (checkins, dayStartHour, nowMinutes) => {
          db.exec('DELETE FROM checkins')
          const now = new Date(Date.UTC(2026, 10, 20) + nowMinutes * 60_000)
          const rows = checkins.map((c) => {
            const at = stamp(c.minutes, c.offset)
            const id = Number(
              insert.run(at, journalDayOf(at, dayStartHour), c.deleted ? 'x' : null)
                .lastInsertRowid,
            )
            return { id, at, live: !c.deleted }
          })
          const plain = rows
            .filter((r) => r.live && instantOf(r.at) <= latestMoment(now).getTime())
            .sort((a, b) => instantOf(b.at) - instantOf(a.at) || b.id - a.id)[0]
          expect(lastCheckin(db, now)?.id ?? null).toBe(plain?.id ?? null)
        },
      ),
      { numRuns: 300 },
    )
  })
})
