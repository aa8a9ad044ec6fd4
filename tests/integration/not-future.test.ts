/**
 * Nothing from the future (issue 13, point 5): one rule (src/shared/not-future.ts) in the router
 * and both imports. A check-in after now (plus a few minutes of clock skew) is refused, naming the
 * field; an import listing such a row imports nothing; "same as last time" never copies from one.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { CSV_COLUMNS } from '../../src/shared/portability/csv-format'
import { writeCsv } from '../../src/shared/portability/csv'
import { dumpDatabase, tempRunningJournal } from '../support/temp-journal'
import type { Insights } from '../../src/shared/insights-schema'
import { toLocalTimestamp } from '../../src/shared/journal-day'
import { call, journalWithFilesFor } from '../support/portability'
import { formatClock } from '../../src/shared/locale-format'

/** journalWithFilesFor's clock: 6 March 2026, 10:00 UTC. */
const NOW = '2026-03-06T10:00:00Z'

const cleanups: (() => void)[] = []
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!()
})

function csvOf(rows: Record<string, string>[]): string {
  return writeCsv([[...CSV_COLUMNS], ...rows.map((r) => CSV_COLUMNS.map((c) => r[c] ?? ''))])
}

describe('a check-in from the future', () => {
  it('is refused by the router, naming the field; a few minutes of skew are allowed', async () => {
    const { running } = await journalWithFilesFor(cleanups)
    const before = dumpDatabase(running.db())
    for (const at of [
      '2030-03-03T10:00:00Z',
      '2026-03-06T10:06:00Z',
      '2026-03-06T11:00:00+00:30',
    ]) {
      const result = await running.router.handle('checkins:save', { at, pain: 5 })
      expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } })
      if (!result.ok) {
        expect(result.error.message).toMatch(/later than now/)
        expect(result.error.issues).toEqual([{ path: 'at', message: result.error.message }])
      }
    }
    expect(dumpDatabase(running.db())).toEqual(before)
    // Four minutes ahead is within the skew; an hour ahead in a zone an hour ahead is now.
    await call(running, 'checkins:save', { at: '2026-03-06T10:04:00Z', pain: 5 })
    await call(running, 'checkins:save', { at: '2026-03-06T11:00:00+01:00', pain: 5 })
  })

  it('and a day record for a day not yet begun are refused', async () => {
    const { running } = await journalWithFilesFor(cleanups)
    const result = await running.router.handle('days:save', { day: '2026-03-08', sleepQuality: 5 })
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } })
    if (!result.ok) expect(result.error.issues?.[0]?.path).toBe('day')
  })

  it('a day record and a doctor visit for tomorrow are refused in the same words', async () => {
    const { running } = await journalWithFilesFor(cleanups)
    const before = dumpDatabase(running.db())
    const words = '7 March 2026 has not come yet. A day can only be recorded once it has begun.'
    const record = await running.router.handle('days:save', { day: '2026-03-07', sleepQuality: 5 })
    const visit = await running.router.handle('visits:add', { day: '2026-03-07', note: '' })
    for (const result of [record, visit]) {
      expect(result).toMatchObject({ ok: false, error: { kind: 'validation', message: words } })
      if (!result.ok) expect(result.error.issues).toEqual([{ path: 'day', message: words }])
    }
    expect(dumpDatabase(running.db())).toEqual(before)
    // Today is a day that has begun, for a visit as for a day record.
    await call(running, 'visits:add', { day: '2026-03-06', note: '' })
  })

  it('in a CSV is listed as a problem in the preview, and nothing is imported', async () => {
    const { running } = await journalWithFilesFor(cleanups)
    const file = join(running.paths.dataDir, 'ahead.csv')
    writeFileSync(
      file,
      csvOf([
        { journal_day: '2026-03-02', recorded_at: '2026-03-02T09:00:00+01:00', pain: '3' },
        { journal_day: '2030-03-02', recorded_at: '2030-03-02T09:00:00+01:00', pain: '7' },
        { journal_day: '2030-03-04', day_sleep_quality: '5' },
      ]),
    )
    const preview = await call<{ issues: { row: number; field: string; message: string }[] }>(
      running,
      'data:preview-import',
      { path: file },
    )
    expect(preview.issues.map((i) => [i.row, i.field])).toEqual([
      [3, 'recorded_at'],
      [4, 'journal_day'],
    ])
    expect(preview.issues[0]?.message).toContain(
      `2 March 2030 at ${formatClock('09:00')} is later than now`,
    )
    expect(preview.issues[1]?.message).toMatch(/has not come yet/)
    const before = dumpDatabase(running.db())
    const result = await running.router.handle('data:import-csv', { path: file })
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } })
    if (!result.ok)
      expect(result.error.message).toMatch(/^Nothing was imported\. row 3, recorded_at/)
    expect(dumpDatabase(running.db())).toEqual(before)
  })

  it('in a JSON backup stops the restore before anything changes, naming where', async () => {
    const { running } = await journalWithFilesFor(cleanups)
    await call(running, 'checkins:save', { at: '2026-03-02T09:00:00+01:00', pain: 3 })
    const saved = await call<{ path: string }>(running, 'data:export-json')
    const backup = JSON.parse(readFileSync(saved.path, 'utf8')) as {
      checkins: { at: string; day: string }[]
    }
    backup.checkins[0]!.at = '2030-03-02T09:00:00+01:00'
    backup.checkins[0]!.day = '2030-03-02'
    writeFileSync(saved.path, JSON.stringify(backup))
    const before = dumpDatabase(running.db())
    const result = await running.router.handle('data:restore-json', {
      path: saved.path,
      confirmed: true,
    })
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } })
    if (!result.ok) {
      expect(result.error.message).toMatch(/later than now/)
      expect(result.error.message).toContain('(at checkins.0.at)')
    }
    expect(dumpDatabase(running.db())).toEqual(before)
  })

  it('that got in before the rule is never "last time", nor its dose the last one', async () => {
    const { running } = await journalWithFilesFor(cleanups)
    await call(running, 'checkins:save', {
      at: '2026-03-02T09:00:00+01:00',
      pain: 3,
      remedies: [{ remedyId: 13, doseMg: 200 }],
    })
    // Written straight to the file, as an older version would have let in.
    const db = running.db()
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO checkins (at, day, pain, created_at, updated_at)
         VALUES ('2030-01-01T09:00:00+01:00', '2030-01-01', 9, ?, ?)`,
      )
      .run(NOW, NOW)
    db.prepare(
      'INSERT INTO checkin_remedies (checkin_id, remedy_id, dose_mg) VALUES (?, 13, 800)',
    ).run(lastInsertRowid)
    const last = await call<{ pain: number }>(running, 'checkins:last')
    expect(last.pain).toBe(3)
    const doses = await call<{ remedyId: number; doseMg: number }[]>(running, 'remedies:last-doses')
    expect(doses).toEqual([{ remedyId: 13, doseMg: 200, day: '2026-03-02' }])
  })
})

/**
 * Days by the journal day, not the calendar: with the day starting at 04:00 (the default), 01:00
 * on 10 February is still 9 February on Today, so a visit or a day record dated 10 February is
 * not for a day that has begun. Dated by the calendar, a visit recorded at 01:00 counted as after
 * a warning sign recorded at 03:00 that night, and hid its emergency notice. Local clock times,
 * so the test means the same in every time zone.
 */
describe('the journal day after midnight, before the day-start hour', () => {
  const at = (day: number, hour: number, minute = 0) => new Date(2026, 1, day, hour, minute, 0)

  /** A journal whose clock is set by `setClock`, and a warning sign recorded at the clock's time. */
  async function nightJournal(start: Date) {
    let clock = start
    const running = await tempRunningJournal({ now: () => clock })
    cleanups.push(running.cleanup)
    return {
      running,
      setClock: (next: Date) => void (clock = next),
      recordSign: () =>
        call(running, 'checkins:save', {
          at: toLocalTimestamp(clock),
          pain: 8,
          redFlags: ['bladder-bowel'],
        }),
      warningOn: async (asOf: string) =>
        (await call<Insights>(running, 'insights:get', { asOf })).warning,
    }
  }

  it('refuses a doctor visit and a day record for the calendar day, which has not begun', async () => {
    const { running } = await nightJournal(at(10, 1))
    const words = '10 February 2026 has not come yet. A day can only be recorded once it has begun.'
    for (const [channel, input] of [
      ['visits:add', { day: '2026-02-10', note: '' }],
      ['days:save', { day: '2026-02-10', sleepQuality: 3 }],
    ] as const) {
      const result = await running.router.handle(channel, input)
      expect(result, channel).toMatchObject({ ok: false, error: { kind: 'validation' } })
      if (!result.ok) expect(result.error.message).toBe(words)
    }
    await call(running, 'visits:add', { day: '2026-02-09', note: '' })
    await call(running, 'days:save', { day: '2026-02-09', sleepQuality: 3 })
  })

  it('a visit recorded before a warning sign that night does not answer it', async () => {
    const night = await nightJournal(at(10, 1))
    await call(night.running, 'visits:add', { day: '2026-02-09', note: 'A&E' })
    night.setClock(at(10, 3))
    await night.recordSign()
    night.setClock(at(10, 5))
    expect((await night.warningOn('2026-02-10'))?.tier).toBe('emergency')
  })

  it('a visit stored with the calendar day (as before) still does not answer a later sign', async () => {
    const night = await nightJournal(at(10, 1))
    night.running
      .db()
      .prepare('INSERT INTO doctor_visits (day, note, recorded_at) VALUES (?, ?, ?)')
      .run('2026-02-10', 'A&E', at(10, 1).toISOString())
    night.setClock(at(10, 3))
    await night.recordSign()
    night.setClock(at(10, 5))
    expect((await night.warningOn('2026-02-10'))?.tier).toBe('emergency')
  })

  it('a visit recorded at 01:30 answers the sign recorded before it, at once', async () => {
    const night = await nightJournal(at(9, 23))
    await night.recordSign()
    night.setClock(at(10, 1, 30))
    await call(night.running, 'visits:add', { day: '2026-02-09', note: 'A&E' })
    expect(await night.warningOn('2026-02-09')).toBeNull()
  })
})
