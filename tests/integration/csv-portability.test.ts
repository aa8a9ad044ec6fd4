import Database from 'better-sqlite3'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { RunningJournal } from '../../src/main/journal'
import { CSV_COLUMNS } from '../../src/shared/portability/csv-format'
import { dumpDatabase } from '../support/temp-journal'
import {
  LONG_NOTE,
  NASTY_REMEDY,
  NASTY_TRIGGER,
  call,
  journalWithFilesFor,
  fillWithNastyJournal,
} from '../support/portability'

type Preview = {
  rowCount: number
  toImport: number
  duplicates: number
  from: string | null
  to: string | null
  newTriggers: string[]
  newRemedies: { name: string; kind: string }[]
  dayRecords: number
  issues: { row: number; field: string; message: string }[]
  issueCount: number
}

const cleanups: (() => void)[] = []

function backupsOf(running: RunningJournal): string[] {
  try {
    return readdirSync(running.paths.backupDir)
  } catch {
    return []
  }
}
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!()
})

const journalWithFiles = () => journalWithFilesFor(cleanups)

async function exportTo(running: RunningJournal): Promise<string> {
  const saved = await call<{ path: string; count: number }>(running, 'data:export-csv')
  return saved.path
}

describe('CSV export and import', () => {
  it('export → import into an empty journal → export gives the same bytes, nasty text and all', async () => {
    const a = await journalWithFiles()
    await fillWithNastyJournal(a.running)
    const first = await exportTo(a.running)
    const firstBytes = readFileSync(first)

    const b = await journalWithFiles()
    const preview = await call<Preview>(b.running, 'data:preview-import', { path: first })
    expect(preview.issues).toEqual([])
    expect(preview.duplicates).toBe(0)
    expect(preview.newTriggers).toEqual(expect.arrayContaining([NASTY_TRIGGER, 'Old shoes']))
    expect(preview.newRemedies).toEqual([{ name: NASTY_REMEDY, kind: 'therapy' }])
    expect(preview.to).toBe('2026-03-02') // the last check-in; the day record alone is later

    // Every row but the one of a day record alone is a check-in; every day record comes along.
    const dayRecords = a.running.db().prepare('SELECT count(*) FROM day_records').pluck().get()
    expect(preview.toImport).toBe(preview.rowCount - 1)
    expect(preview.dayRecords).toBe(dayRecords)
    const outcome = await call<{ imported: number; dayRecordsAdded: number }>(
      b.running,
      'data:import-csv',
      { path: first },
    )
    expect(outcome).toMatchObject({ imported: preview.rowCount - 1, dayRecordsAdded: dayRecords })
    const second = await exportTo(b.running)
    expect(readFileSync(second).equals(firstBytes)).toBe(true)

    const notes = b.running.db().prepare('SELECT note FROM checkins').pluck().all() as string[]
    expect(notes).toContain(LONG_NOTE)
    expect(notes).toContain('line one\nline two\r\nline three\rafter a lone CR')
    expect(notes).toContain('ألم في أسفل الظهر بعد الجلوس الطويل')
    expect(notes).toContain('  leading and trailing spaces  ')
  })

  it('writes no row for a day card saved empty, so its own export imports again', async () => {
    const a = await journalWithFiles()
    await call(a.running, 'checkins:save', { at: '2026-03-01T08:00:00+01:00', pain: 3 })
    await call(a.running, 'days:save', { day: '2026-03-02' })
    await call(a.running, 'days:save', { day: '2026-03-01' })
    const path = await exportTo(a.running)
    expect(readFileSync(path, 'utf8')).not.toContain('2026-03-02')
    const b = await journalWithFiles()
    const preview = await call<Preview>(b.running, 'data:preview-import', { path })
    expect(preview.issues).toEqual([])
    expect(preview).toMatchObject({ rowCount: 1, toImport: 1 })
  })

  it('writes a dose of a ten-millionth of a milligram so that it imports again', async () => {
    const a = await journalWithFiles()
    const remedies = [{ remedyId: 13, doseMg: 0.0000001 }]
    await call(a.running, 'checkins:save', { at: '2026-03-02T08:00:00+01:00', pain: 3, remedies })
    const path = await exportTo(a.running)
    expect(readFileSync(path, 'utf8')).toContain(';dose_mg=0.0000001,')
    const b = await journalWithFiles()
    await call(b.running, 'data:import-csv', { path })
    const stored = b.running.db().prepare('SELECT dose_mg FROM checkin_remedies').pluck().all()
    expect(stored).toEqual([0.0000001])
  })

  it('imports a row pasted twice in the file once, counting the second as a duplicate', async () => {
    const { running } = await journalWithFiles()
    const file = join(running.paths.dataDir, 'twice.csv')
    const row = '2026-03-01,2026-03-01T08:00:00+01:00,4,no,sitting,,,,,same row,,,,,'
    // The same moment written with another offset is the same check-in too.
    const again = '2026-03-01,2026-03-01T07:00:00+00:00,4,no,sitting,,,,,same row,,,,,'
    writeFileSync(file, [HEADER, row, row, again].join('\r\n'))
    const preview = await call<Preview>(running, 'data:preview-import', { path: file })
    expect(preview).toMatchObject({ rowCount: 3, toImport: 1, duplicates: 2 })
    const outcome = await call(running, 'data:import-csv', { path: file })
    expect(outcome).toMatchObject({ imported: 1, duplicatesSkipped: 2 })
    expect(running.db().prepare('SELECT count(*) FROM checkins').pluck().get()).toBe(1)
  })

  it('matches names as a person reads them, and keeps a new one tidy and once', async () => {
    const { running } = await journalWithFiles()
    const file = join(running.paths.dataDir, 'lookalikes.csv')
    const rows = [
      // Built-in names with a no-break space, doubled spaces, other capitals.
      '2026-03-01,2026-03-01T08:00:00+01:00,4,,,,Heavy\u00a0lifting|TWISTING,IBUPROFEN,,,,,,,',
      // A new name, then the same name in capitals and with a space of another kind.
      '2026-03-01,2026-03-01T09:00:00+01:00,4,,,,Élan  walk,,,,,,,,',
      '2026-03-01,2026-03-01T10:00:00+01:00,4,,,,ÉLAN\u00a0WALK|élan walk,,,,,,,,',
    ]
    writeFileSync(file, [HEADER, ...rows].join('\r\n'))
    const preview = await call<Preview>(running, 'data:preview-import', { path: file })
    expect(preview.issues).toEqual([])
    expect(preview.newTriggers).toEqual(['Élan walk'])
    expect(preview.newRemedies).toEqual([])
    await call(running, 'data:import-csv', { path: file })
    const db = running.db()
    expect(db.prepare('SELECT count(*) FROM triggers WHERE key IS NULL').pluck().get()).toBe(1)
    const used = db
      .prepare(
        `SELECT c.at, t.name FROM checkin_triggers ct JOIN checkins c ON c.id = ct.checkin_id
         JOIN triggers t ON t.id = ct.trigger_id ORDER BY c.at, t.name`,
      )
      .all()
    expect(used).toEqual([
      { at: '2026-03-01T08:00:00+01:00', name: 'Heavy lifting' },
      { at: '2026-03-01T08:00:00+01:00', name: 'Twisting' },
      { at: '2026-03-01T09:00:00+01:00', name: 'Élan walk' },
      { at: '2026-03-01T10:00:00+01:00', name: 'Élan walk' },
    ])
  })

  it('skips rows of commas alone below the data, as a spreadsheet writes them', async () => {
    const { running } = await journalWithFiles()
    const file = join(running.paths.dataDir, 'from-a-spreadsheet.csv')
    const commas = ','.repeat(CSV_COLUMNS.length - 1)
    const row = '2026-03-01,2026-03-01T08:00:00+01:00,4,,,,,,,,,,,,'
    writeFileSync(file, `\uFEFF${[HEADER, row, commas, ` ${commas} `, commas].join('\r\n')}\r\n`)
    const preview = await call<Preview>(running, 'data:preview-import', { path: file })
    expect(preview.issues).toEqual([])
    expect(preview).toMatchObject({ rowCount: 1, toImport: 1 })
  })

  it('writes RFC 4180: a BOM, the documented header, CRLF line ends, quoted fields', async () => {
    const a = await journalWithFiles()
    await fillWithNastyJournal(a.running)
    const text = readFileSync(await exportTo(a.running), 'utf8')
    // A day record on a day without check-ins: its own row, check-in columns empty, in day order.
    expect(text.endsWith('\r\n2026-03-05,,,,,,,,,,8,,1,45,"A good day, nothing to log"\r\n')).toBe(
      true,
    )
    expect(text.startsWith('\uFEFF' + CSV_COLUMNS.join(',') + '\r\n')).toBe(true)
    expect(text).toContain('"She said ""it\'s the chair"" and """"double"""" quotes"')
    const has = (part: string) => expect(text.includes(part), part).toBe(true)
    has('"Gardening, ""heavy"" \\| pots\\; soil\\\\|Old shoes|Poor posture"')
    has('"TENS unit\\; 20 min \\| ""pads"";kind=therapy;minutes=20;relief=2|')
  })

  it('importing the same file again skips every row as a duplicate', async () => {
    const a = await journalWithFiles()
    await fillWithNastyJournal(a.running)
    const file = await exportTo(a.running)
    const before = dumpDatabase(a.running.db())
    const preview = await call<Preview>(a.running, 'data:preview-import', { path: file })
    // Every check-in row; the one row of a day record alone is kept as the journal has it.
    expect(preview.duplicates).toBe(preview.rowCount - 1)
    expect(preview.toImport).toBe(0)
    expect(preview.dayRecords).toBe(0)
    expect(preview.newTriggers).toEqual([])
    await call(a.running, 'data:import-csv', { path: file })
    expect(dumpDatabase(a.running.db())).toEqual(before)
    // Nothing was written, so no copy was needed.
    expect(backupsOf(a.running).filter((f) => f.includes('before-import'))).toEqual([])
  })

  it('takes a before-import backup holding the journal exactly as it was before the import', async () => {
    const a = await journalWithFiles()
    await fillWithNastyJournal(a.running)
    const file = await exportTo(a.running)

    const b = await journalWithFiles()
    await call(b.running, 'checkins:save', { at: '2026-01-10T09:00:00+01:00', pain: 6 })
    await call(b.running, 'settings:update', { dayStartHour: 5 })
    const before = dumpDatabase(b.running.db())
    const outcome = await call<{ imported: number }>(b.running, 'data:import-csv', { path: file })
    expect(outcome.imported).toBeGreaterThan(0)
    expect(dumpDatabase(b.running.db())).not.toEqual(before)

    const made = backupsOf(b.running).filter((f) => f.endsWith('-before-import.sqlite'))
    expect(made).toHaveLength(1)
    const copy = new Database(join(b.running.paths.backupDir, made[0]!), { readonly: true })
    try {
      expect(dumpDatabase(copy)).toEqual(before)
    } finally {
      copy.close()
    }
  })

  it('asks for the file through the platform when no path is given, and a cancel is no error', async () => {
    const a = await journalWithFiles()
    expect(await call(a.running, 'data:preview-import', {})).toBeNull()
  })
})

const HEADER = CSV_COLUMNS.join(',')
const GOOD_ROWS = [
  '2026-03-01,2026-03-01T08:00:00+01:00,4,yes,waking,lower-back-centre,Twisting,Ibuprofen;kind=medication;dose_mg=400;relief=1,,fine,6,3,4,20,',
  '2026-03-01,2026-03-01T20:00:00+01:00,5,no,sitting,,,,,"evening, tired",6,3,4,20,',
  '2026-03-02,2026-03-03T01:30:00+01:00,3,,,,,,,,,,,,',
]

describe('CSV import refuses broken files and leaves the journal as it was', () => {
  const cases: {
    name: string
    content: string | Buffer
    row: number
    field?: string
    message: RegExp
  }[] = [
    {
      name: 'a wrong header',
      content: ['date,pain,note', ...GOOD_ROWS].join('\r\n'),
      row: 1,
      message: /not a Pain Journal header/,
    },
    {
      name: 'columns separated by semicolons',
      content: [CSV_COLUMNS.join(';'), GOOD_ROWS[0]!.replaceAll(',', ';')].join('\r\n'),
      row: 1,
      message: /separated by semicolons, not commas\. Save it from your spreadsheet as "CSV UTF-8/,
    },
    {
      name: 'columns separated by tabs',
      content: [CSV_COLUMNS.join('\t'), GOOD_ROWS[0]!.replaceAll(',', '\t')].join('\r\n'),
      row: 1,
      message: /separated by tabs, not commas/,
    },
    {
      name: 'a bad date',
      content: [HEADER, GOOD_ROWS[0], GOOD_ROWS[1]!.replace('2026-03-01,', '2026-02-30,')].join(
        '\r\n',
      ),
      row: 3,
      field: 'journal_day',
      message: /real date/,
    },
    {
      name: 'pain 11',
      content: [HEADER, GOOD_ROWS[0]!.replace(',4,yes', ',11,yes'), GOOD_ROWS[1]].join('\n'),
      row: 2,
      field: 'pain',
      message: /"11": Pain must be from 0 to 10/,
    },
    {
      name: 'a missing column',
      content: [HEADER.replace(',spasm', ''), ...GOOD_ROWS].join('\r\n'),
      row: 1,
      message: /missing column\(s\): spasm/,
    },
    {
      name: 'an extra column',
      content: [`${HEADER},mood`, ...GOOD_ROWS.map((r) => `${r},ok`)].join('\r\n'),
      row: 1,
      message: /unknown column\(s\): "mood"/,
    },
    {
      name: 'a truncated last line',
      content: [HEADER, ...GOOD_ROWS].join('\r\n').slice(0, -12),
      row: 4,
      message: /has \d+ fields/,
    },
    {
      name: 'a truncated quoted note',
      content: [HEADER, GOOD_ROWS[0], GOOD_ROWS[1]!.split('tired')[0]].join('\r\n'),
      row: 3,
      message: /never closed/,
    },
    { name: 'an empty file', content: '', row: 1, message: /empty/ },
    {
      name: 'a binary file',
      content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      row: 1,
      message: /binary/,
    },
    {
      name: 'an unknown region and a remedy without a name',
      content: [
        HEADER,
        GOOD_ROWS[0]!.replace('lower-back-centre', 'neck'),
        GOOD_ROWS[1]!.replace(',,,,,"evening', ',,;kind=movement,,"evening'),
      ].join('\r\n'),
      row: 2,
      field: 'regions',
      message: /Unknown region "neck"/,
    },
    {
      name: 'day fields that differ between rows of one day',
      content: [HEADER, GOOD_ROWS[0], GOOD_ROWS[1]!.replace('6,3,4,20', '6,3,5,20')].join('\r\n'),
      row: 3,
      field: 'day_activity_interference',
      message: /differs from row 2/,
    },
  ]

  for (const c of cases) {
    it(`rejects ${c.name}, naming row ${c.row}`, async () => {
      const { running } = await journalWithFiles()
      await call(running, 'checkins:save', { at: '2026-02-01T09:00:00+01:00', pain: 2 })
      const file = join(running.paths.dataDir, 'bad.csv')
      writeFileSync(file, c.content)
      const before = dumpDatabase(running.db())

      const preview = await call<Preview>(running, 'data:preview-import', { path: file })
      const issue = preview.issues[0]!
      expect(issue.row).toBe(c.row)
      if (c.field) expect(issue.field).toBe(c.field)
      expect(issue.message).toMatch(c.message)

      const result = await running.router.handle('data:import-csv', { path: file })
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.error.kind).toBe('validation')
        expect(result.error.message).toContain(`row ${c.row}`)
        expect(result.error.message).toContain('Nothing was imported')
      }
      expect(dumpDatabase(running.db())).toEqual(before)
    })
  }

  it('lists every bad row, not just the first', async () => {
    const { running } = await journalWithFiles()
    const file = join(running.paths.dataDir, 'bad.csv')
    writeFileSync(
      file,
      [
        HEADER,
        GOOD_ROWS[0]!.replace(',4,yes', ',11,yes'),
        GOOD_ROWS[1]!.replace(',no,', ',maybe,'),
        GOOD_ROWS[2]!.replace('2026-03-02,', '2026-03-01,'),
      ].join('\r\n'),
    )
    const preview = await call<Preview>(running, 'data:preview-import', { path: file })
    expect(preview.issues.map((i) => [i.row, i.field])).toEqual([
      [2, 'pain'],
      [3, 'spasm'],
      [4, 'journal_day'],
    ])
  })

  for (const [name, transform] of [
    ['a BOM and Windows line endings', (t: string) => `\uFEFF${t.replaceAll('\n', '\r\n')}`],
    ['Unix line endings and no BOM', (t: string) => t],
    ['no line break at the end', (t: string) => t.trimEnd()],
  ] as const) {
    it(`reads a file with ${name}`, async () => {
      const { running } = await journalWithFiles()
      const file = join(running.paths.dataDir, 'ok.csv')
      writeFileSync(file, transform([HEADER, ...GOOD_ROWS].join('\n') + '\n'))
      const preview = await call<Preview>(running, 'data:preview-import', { path: file })
      expect(preview.issues).toEqual([])
      expect(preview).toMatchObject({
        rowCount: 3,
        toImport: 3,
        from: '2026-03-01',
        to: '2026-03-02',
        dayRecords: 1,
      })
      await call(running, 'data:import-csv', { path: file })
      const rows = await call<{ at: string; pain: number; day: string; remedies: unknown[] }[]>(
        running,
        'checkins:list',
        { from: '2026-03-01', to: '2026-03-02' },
      )
      expect(rows.map((r) => [r.day, r.pain])).toEqual([
        ['2026-03-01', 4],
        ['2026-03-01', 5],
        ['2026-03-02', 3],
      ])
      expect(rows[0]!.remedies).toEqual([{ remedyId: 13, doseMg: 400, minutes: null, relief: 1 }])
    })
  }
})
