/**
 * Plausible values (issue 13, point 6): a dose past the hard ceiling is refused wherever it comes
 * in — the router, a CSV, a JSON backup — with the field named, and nothing changes.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { CSV_COLUMNS } from '../../src/shared/portability/csv-format'
import { writeCsv } from '../../src/shared/portability/csv'
import { dumpDatabase } from '../support/temp-journal'
import { call, journalWithFilesFor } from '../support/portability'

const IBUPROFEN = 13
const cleanups: (() => void)[] = []
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!()
})

describe('a dose past the ceiling', () => {
  it.each([1e5, 10_001, Number.MAX_VALUE])(
    'of %s mg is refused by the router, naming the field',
    async (doseMg) => {
      const { running } = await journalWithFilesFor(cleanups)
      const before = dumpDatabase(running.db())
      const result = await running.router.handle('checkins:save', {
        at: '2026-03-02T09:00:00+01:00',
        pain: 4,
        remedies: [{ remedyId: IBUPROFEN, doseMg }],
      })
      expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } })
      if (!result.ok) {
        expect(result.error.message).toMatch(
          /^remedies\.0\.doseMg: A single dose can be at most 10,000 mg/,
        )
      }
      expect(dumpDatabase(running.db())).toEqual(before)
    },
  )

  it('and a dose written as 1e3 are listed in a CSV preview; nothing is imported', async () => {
    const { running } = await journalWithFilesFor(cleanups)
    const file = join(running.paths.dataDir, 'doses.csv')
    const row = (dose: string) =>
      CSV_COLUMNS.map((c) =>
        c === 'journal_day'
          ? '2026-03-02'
          : c === 'recorded_at'
            ? `2026-03-02T0${dose.length % 9}:00:00+01:00`
            : c === 'pain'
              ? '4'
              : c === 'remedies'
                ? `Ibuprofen;dose_mg=${dose}`
                : '',
      )
    writeFileSync(file, writeCsv([[...CSV_COLUMNS], row('400'), row('20000'), row('1e3')]))
    const preview = await call<{ issues: { row: number; field: string; message: string }[] }>(
      running,
      'data:preview-import',
      { path: file },
    )
    expect(preview.issues.map((i) => [i.row, i.field])).toEqual([
      [3, 'remedies'],
      [4, 'remedies'],
    ])
    // The contract's own words, with the locale's separators, after the column and the text.
    expect(preview.issues[0]?.message).toMatch(
      /^"Ibuprofen": dose_mg "20000": A single dose can be at most 10,000 mg/,
    )
    expect(preview.issues[1]?.message).toMatch(/dose_mg "1e3": A dose must be a number/)
    const result = await running.router.handle('data:import-csv', { path: file })
    expect(result.ok).toBe(false)
    expect(running.db().prepare('SELECT count(*) FROM checkins').pluck().get()).toBe(0)
  })

  it('in a JSON backup stops the restore, naming where', async () => {
    const { running } = await journalWithFilesFor(cleanups)
    await call(running, 'checkins:save', {
      at: '2026-03-02T09:00:00+01:00',
      pain: 4,
      remedies: [{ remedyId: IBUPROFEN, doseMg: 400 }],
    })
    const saved = await call<{ path: string }>(running, 'data:export-json')
    const backup = JSON.parse(readFileSync(saved.path, 'utf8')) as {
      checkins: { remedies: { dose_mg: number }[] }[]
    }
    backup.checkins[0]!.remedies[0]!.dose_mg = 100_000
    writeFileSync(saved.path, JSON.stringify(backup))
    const result = await running.router.handle('data:preview-restore', { path: saved.path })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toContain('(at checkins.0.remedies.0.dose_mg)')
  })
})

/**
 * One schema per limit (issue 16): a backup is held to the limits the settings and the IPC
 * contract keep, so a restore cannot bring in a daily limit or minutes the app would refuse.
 */
describe('a restored backup keeps the app’s limits', () => {
  type Editable = {
    medication_limits: { remedy_id: number; daily_limit_mg: number }[]
    checkins: { remedies: { minutes: number | null }[] }[]
    day_records: { minutes_walked: number | null }[]
  }
  it.each([
    [
      'a daily limit of 10 million mg',
      (b: Editable) => (b.medication_limits[0]!.daily_limit_mg = 10_000_000),
      /A daily limit can be at most 100,000 mg \(at medication_limits\.0\.daily_limit_mg\)/,
    ],
    [
      '99,999 minutes of a remedy',
      (b: Editable) => (b.checkins[0]!.remedies[0]!.minutes = 99_999),
      /from 0 to 1,440 \(at checkins\.0\.remedies\.0\.minutes\)/,
    ],
    [
      '99,999 minutes walked',
      (b: Editable) => (b.day_records[0]!.minutes_walked = 99_999),
      /from 0 to 1,440 \(at day_records\.0\.minutes_walked\)/,
    ],
  ])('refuses %s, naming it, and writes nothing', async (_name, edit, message) => {
    const { running } = await journalWithFilesFor(cleanups)
    await call(running, 'checkins:save', {
      at: '2026-03-02T09:00:00+01:00',
      pain: 4,
      remedies: [{ remedyId: IBUPROFEN, minutes: 20 }],
    })
    await call(running, 'days:save', { day: '2026-03-02', minutesWalked: 30 })
    await call(running, 'catalog:set-limit', { remedyId: IBUPROFEN, dailyLimitMg: 1200 })
    const saved = await call<{ path: string }>(running, 'data:export-json')
    const backup = JSON.parse(readFileSync(saved.path, 'utf8')) as Editable
    edit(backup)
    writeFileSync(saved.path, JSON.stringify(backup))
    const before = dumpDatabase(running.db())
    for (const result of [
      await running.router.handle('data:preview-restore', { path: saved.path }),
      await running.router.handle('data:restore-json', { path: saved.path, confirmed: true }),
    ]) {
      expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } })
      if (!result.ok) expect(result.error.message).toMatch(message)
    }
    expect(dumpDatabase(running.db())).toEqual(before)
  })
})
