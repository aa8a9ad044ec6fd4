/**
 * A CSV row is held to the contract's own field schemas (issue 16): the file cannot carry a dose,
 * minutes, relief, score or note the app's forms and IPC would refuse, and each problem is named
 * by row and column in the schema's words.
 */
import { describe, expect, it } from 'vitest'
import { writeCsv } from '../../src/shared/portability/csv'
import { CSV_COLUMNS, type CsvColumn } from '../../src/shared/portability/csv-format'
import { readJournalCsv } from '../../src/shared/portability/csv-read'

const GOOD: Record<CsvColumn, string> = Object.fromEntries(
  CSV_COLUMNS.map((c) => [c, '']),
) as Record<CsvColumn, string>
Object.assign(GOOD, {
  journal_day: '2026-03-02',
  recorded_at: '2026-03-02T09:00:00+01:00',
  pain: '4',
})

function read(patch: Partial<Record<CsvColumn, string>>) {
  const row = { ...GOOD, ...patch }
  return readJournalCsv(writeCsv([[...CSV_COLUMNS], CSV_COLUMNS.map((c) => row[c])]))
}

describe('a CSV row, read with the contract’s schemas', () => {
  it('takes what the app itself takes', () => {
    const result = read({
      remedies: 'Ibuprofen;dose_mg=400.5;relief=-1|Walking;minutes=1440',
      day_sleep_quality: '10',
      day_minutes_walked: '0',
    })
    expect(result.issues).toEqual([])
    expect(result.rows[0]?.remedies).toMatchObject([
      { name: 'Ibuprofen', doseMg: 400.5, relief: -1 },
      { name: 'Walking', minutes: 1440 },
    ])
  })

  it.each([
    ['pain', { pain: '4.5' }, /^"4\.5": Pain must be a whole number from 0 to 10$/],
    ['pain', { pain: '-1' }, /^"-1": Pain must be from 0 to 10$/],
    ['pain', { pain: '1e1' }, /^"1e1": Pain must be a number from 0 to 10$/],
    ['remedies', { remedies: 'Walking;minutes=99999' }, /minutes "99999": .*from 0 to 1,440$/],
    ['remedies', { remedies: 'Walking;minutes=0x10' }, /minutes "0x10": Minutes must be/],
    ['remedies', { remedies: 'Ibuprofen;dose_mg=0' }, /dose_mg "0": A dose must be more than 0 mg/],
    ['remedies', { remedies: 'Ibuprofen;dose_mg=12000' }, /at most 10,000 mg/],
    ['remedies', { remedies: 'Heat;relief=3' }, /relief "3": .*2, 1, 0 or -1$/],
    ['day_sleep_quality', { day_sleep_quality: '11' }, /^"11": .*from 0 to 10$/],
    ['day_minutes_walked', { day_minutes_walked: '2000' }, /^"2000": .*from 0 to 1,440$/],
    ['note', { note: 'x'.repeat(20_001) }, /^Notes can be up to 20,000 characters$/],
  ])('refuses a bad %s, naming row and column: %j', (field, patch, message) => {
    const result = read(patch)
    expect(result.rows).toEqual([])
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]).toMatchObject({ row: 2, field })
    expect(result.issues[0]?.message).toMatch(message)
  })
})
