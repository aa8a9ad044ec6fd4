/**
 * Every day, time and offset checked to the letter on the way in (issue 13, point 1): the router,
 * the CSV import and the JSON restore refuse a stamp with an impossible part, name the field,
 * and change nothing; a valid stamp comes back out exactly as it went in.
 */
import fc from 'fast-check'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { dayFromNumber, dayNumber } from '../../src/shared/days'
import { CSV_COLUMNS } from '../../src/shared/portability/csv-format'
import { writeCsv } from '../../src/shared/portability/csv'
import { dumpDatabase } from '../support/temp-journal'
import { call, fillWithNastyJournal, journalWithFilesFor } from '../support/portability'

const cleanups: (() => void)[] = []
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!()
})

const IMPOSSIBLE = [
  ['2026-03-01T10:00:99+01:00', /seconds 99/],
  ['2026-03-01T10:00:00+99:99', /offset \+99:99/],
  ['2026-03-01T10:00:00+24:00', /offset \+24:00/],
  ['2026-03-01T10:00:00+01:60', /offset \+01:60/],
  ['2026-03-01T24:00:00+01:00', /hour 24/],
  ['2026-02-29T10:00:00+01:00', /not a real calendar date/],
] as const

function csvOf(rows: Record<string, string>[]): string {
  return writeCsv([[...CSV_COLUMNS], ...rows.map((r) => CSV_COLUMNS.map((c) => r[c] ?? ''))])
}

describe('an impossible time stamp', () => {
  it.each(IMPOSSIBLE)('%s is refused by the router, naming the field', async (at, part) => {
    const { running } = await journalWithFilesFor(cleanups)
    const before = dumpDatabase(running.db())
    const result = await running.router.handle('checkins:save', { at, pain: 4 })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.kind).toBe('validation')
    expect(result.error.message).toMatch(/^at: /)
    expect(result.error.message).toMatch(part)
    expect(dumpDatabase(running.db())).toEqual(before)
  })

  it('in a CSV row is listed in the preview under recorded_at, and nothing is imported', async () => {
    const { running } = await journalWithFilesFor(cleanups)
    const file = join(running.paths.dataDir, 'bad.csv')
    writeFileSync(
      file,
      csvOf([
        { journal_day: '2026-03-01', recorded_at: '2026-03-01T09:00:00+01:00', pain: '3' },
        ...IMPOSSIBLE.map(([at]) => ({ journal_day: '2026-03-01', recorded_at: at, pain: '4' })),
      ]),
    )
    const preview = await call<{ issues: { row: number; field: string; message: string }[] }>(
      running,
      'data:preview-import',
      { path: file },
    )
    expect(preview.issues.map((i) => [i.row, i.field])).toEqual(
      IMPOSSIBLE.map((_, i) => [i + 3, 'recorded_at']),
    )
    IMPOSSIBLE.forEach(([, part], i) => expect(preview.issues[i]?.message).toMatch(part))
    const before = dumpDatabase(running.db())
    const result = await running.router.handle('data:import-csv', { path: file })
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } })
    expect(dumpDatabase(running.db())).toEqual(before)
  })

  it.each([
    ['checkins', 'at', '2026-03-02T10:00:00+24:00', /offset/],
    ['checkins', 'created_at', '2026-03-02T10:00:99Z', /seconds/],
    ['checkins', 'day', '2026-03-09', /does not fit the time/],
    ['day_records', 'updated_at', 'yesterday', /not a date and time/],
  ] as const)(
    'in a JSON backup (%s %s) is refused before anything changes, naming where',
    async (table, field, value, part) => {
      const { running } = await journalWithFilesFor(cleanups)
      await fillWithNastyJournal(running)
      const saved = await call<{ path: string }>(running, 'data:export-json')
      const backup = JSON.parse(readFileSync(saved.path, 'utf8')) as Record<
        string,
        Record<string, unknown>[]
      >
      backup[table]![1]![field] = value
      writeFileSync(saved.path, JSON.stringify(backup))
      const before = dumpDatabase(running.db())
      for (const [channel, payload] of [
        ['data:preview-restore', { path: saved.path }],
        ['data:restore-json', { path: saved.path, confirmed: true }],
      ] as const) {
        const result = await running.router.handle(channel, payload)
        expect(result.ok).toBe(false)
        if (result.ok) continue
        expect(result.error.message).toContain(`(at ${table}.1.${field})`)
        expect(result.error.message).toMatch(part)
      }
      expect(dumpDatabase(running.db())).toEqual(before)
    },
  )

  it('in a JSON backup setting is refused: a setting is checked like the settings screen would', async () => {
    const { running } = await journalWithFilesFor(cleanups)
    await call(running, 'settings:update', { dayStartHour: 5 })
    const saved = await call<{ path: string }>(running, 'data:export-json')
    const backup = JSON.parse(readFileSync(saved.path, 'utf8')) as {
      settings: { key: string; value: string }[]
    }
    backup.settings = [
      { key: 'reminders', value: '{"times":["25:00"],"startAtLogin":false,"keepInTray":false}' },
    ]
    writeFileSync(saved.path, JSON.stringify(backup))
    const result = await running.router.handle('data:preview-restore', { path: saved.path })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toContain('(at settings.0.value)')
  })
})

describe('a valid time stamp', () => {
  it('comes back exactly as written: through the router, the CSV export and an import', async () => {
    const pad = (n: number) => String(n).padStart(2, '0')
    const stamp = fc
      .record({
        day: fc
          .integer({ min: dayNumber('1990-01-02'), max: dayNumber('2026-02-27') })
          .map(dayFromNumber),
        h: fc.integer({ min: 0, max: 23 }),
        m: fc.integer({ min: 0, max: 59 }),
        s: fc.integer({ min: 0, max: 59 }),
        zone: fc.oneof(
          fc.constant('Z'),
          fc.constantFrom('+14:00', '-14:00', '+05:45', '-09:30', '+00:00'),
          fc
            .tuple(
              fc.constantFrom('+', '-'),
              fc.integer({ min: 0, max: 13 }),
              fc.integer({ min: 0, max: 59 }),
            )
            .map(([sign, h, m]) => `${sign}${pad(h)}:${pad(m)}`),
        ),
      })
      .map((p) => `${p.day}T${pad(p.h)}:${pad(p.m)}:${pad(p.s)}${p.zone}`)
    const stamps = fc.sample(fc.uniqueArray(stamp, { minLength: 40, maxLength: 40 }), {
      numRuns: 1,
      seed: 5,
    })[0]!

    const a = await journalWithFilesFor(cleanups)
    for (const at of stamps) await call(a.running, 'checkins:save', { at, pain: 2 })
    const listed = await call<{ at: string }[]>(a.running, 'checkins:list', {
      from: '1990-01-01',
      to: '2026-03-03',
    })
    expect(listed.map((c) => c.at).sort()).toEqual([...stamps].sort())

    const exported = await call<{ path: string }>(a.running, 'data:export-csv')
    const b = await journalWithFilesFor(cleanups)
    await call(b.running, 'data:import-csv', { path: exported.path })
    const imported = b.running.db().prepare('SELECT at FROM checkins').pluck().all() as string[]
    expect(imported.sort()).toEqual([...stamps].sort())
  })
})
