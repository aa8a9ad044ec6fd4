import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_DOSE_MG } from '../../src/shared/doses'
import { plainNumber } from '../../src/shared/portability/csv-write'
import { readTypedNumber } from '../../src/shared/typed-number'
import { CSV_COLUMNS } from '../../src/shared/portability/csv-format'
import { readJournalCsv } from '../../src/shared/portability/csv-read'
import { parseCsv, writeCsv } from '../../src/shared/portability/csv'
import { splitItems, escapeItem } from '../../src/shared/portability/list-field'

const fields = (text: string) => parseCsv(text).records.map((r) => r.fields)

describe('the RFC 4180 reader and writer', () => {
  it('round-trips commas, quotes, CR, LF, CRLF, spaces and empty fields', () => {
    const rows = [
      ['a,b', 'say "hi"', 'x\ny', 'p\r\nq', 'r\rs', ' pad ', '', '""'],
      ['', '', ''],
      ['plain', '🙂', 'שלום'],
    ]
    expect(fields(writeCsv(rows))).toEqual(rows)
  })

  it('reads LF or CRLF, a BOM, no final line break, and skips blank lines', () => {
    expect(fields('\uFEFFa,b\r\n\r\nc,d\n"e",""')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', ''],
    ])
  })

  it('numbers records as a spreadsheet does, a multi-line field counting once', () => {
    const { records } = parseCsv('h\r\n"one\r\ntwo"\r\nthree\r\n')
    expect(records.map((r) => r.row)).toEqual([1, 2, 3])
  })

  it('reports an unclosed quote and a stray quote with the row they are in', () => {
    expect(parseCsv('h\r\nok\r\n"never closed').error?.row).toBe(3)
    expect(parseCsv('h\r\nbad"quote').error).toMatchObject({ row: 2 })
    expect(parseCsv('h\r\n"closed"junk').error).toMatchObject({ row: 2 })
  })
})

describe('lists inside a field', () => {
  it('escapes |, ; and backslash so any name survives', () => {
    const names = ['a|b', 'c;d', 'e\\f', 'plain']
    expect(splitItems(names.map(escapeItem).join('|'))).toEqual({ items: names })
  })

  it('refuses empty items and a lone trailing backslash', () => {
    expect(splitItems('a||b')).toHaveProperty('error')
    expect(splitItems('a\\')).toHaveProperty('error')
    expect(splitItems('')).toEqual({ items: [] })
  })
})

describe('a row holding a day record alone', () => {
  const header = CSV_COLUMNS.join(',')
  const read = (...rows: string[]) => readJournalCsv([header, ...rows].join('\r\n'))
  const checkin = '2026-03-01,2026-03-01T08:00:00+01:00,4,,,,,,,,7,,,,'

  it('is read as the day record of a day without check-ins', () => {
    const result = read(checkin, '2026-03-02,,,,,,,,,,6,2,3,30,Walked to the shop')
    expect(result.issues).toEqual([])
    expect(result.rows.map((r) => r.journal_day)).toEqual(['2026-03-01'])
    expect(result.dayRecords).toEqual([
      {
        row: 3,
        day: '2026-03-02',
        sleepQuality: 6,
        enjoymentInterference: 2,
        activityInterference: 3,
        minutesWalked: 30,
        note: 'Walked to the shop',
      },
    ])
  })

  it('names the column when a check-in field is filled without a time and pain', () => {
    expect(read('2026-03-02,,,yes,,,,,,,6,,,,').issues).toEqual([
      { row: 2, field: 'spasm', message: expect.stringMatching(/day record only/) },
    ])
  })

  it('refuses a row with neither a check-in nor a day record, and a half check-in', () => {
    expect(read('2026-03-02,,,,,,,,,,,,,,').issues).toEqual([
      { row: 2, field: 'recorded_at', message: expect.stringMatching(/only its date/) },
    ])
    expect(read('2026-03-02,,5,,,,,,,,,,,,').issues[0]).toMatchObject({ field: 'recorded_at' })
  })

  it('must agree with the day fields of check-in rows of the same day', () => {
    expect(read(checkin, '2026-03-01,,,,,,,,,,8,,,,').issues).toEqual([
      { row: 3, field: 'day_sleep_quality', message: expect.stringMatching(/differs from row 2/) },
    ])
  })
})

describe('a number written in a row', () => {
  it('reads back as the same number, however small (never 1e-7)', () => {
    expect(plainNumber(1e-7)).toBe('0.0000001')
    expect(plainNumber(-2.5e-9)).toBe('-0.0000000025')
    expect(plainNumber(400)).toBe('400')
    fc.assert(
      fc.property(
        fc.double({ min: -MAX_DOSE_MG, max: MAX_DOSE_MG, noNaN: true, noDefaultInfinity: true }),
        (n) => {
          const text = plainNumber(n)
          expect(text).not.toMatch(/e/i)
          expect(readTypedNumber(text, 'en')).toBe(n === 0 ? 0 : n)
        },
      ),
      { numRuns: 2000 },
    )
  })
})
