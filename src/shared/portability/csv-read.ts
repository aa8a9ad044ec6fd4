/**
 * Reading a journal CSV: bytes → text → records → validated rows. Every problem is collected
 * with its row number and column, so a person can fix the file in one pass. Pure.
 */
import type { DayRecord } from '../domain'
import { formatWhole } from '../locale-format'
import { parseCsv } from './csv'
import {
  CSV_COLUMNS,
  csvDayRowSchema,
  csvRowSchema,
  dayRecordOf,
  isDayRecordRow,
  sameDayRecord,
  type CsvColumn,
  type CsvRow,
  type CsvRowIssue,
} from './csv-format'

/** Rows beyond this are refused: a journal of fifty years is well under it. */
export const MAX_CSV_ROWS = 100_000
/** Row issues listed in full; beyond this only the count is kept. */
export const MAX_LISTED_ISSUES = 200

export interface ReadCsvResult {
  /** The check-ins' rows. */
  rows: (CsvRow & { row: number })[]
  /** Day records given on rows of their own (days without a check-in). */
  dayRecords: (DayRecord & { row: number })[]
  /** Data rows in the file (the header not counted), good or bad. */
  recordCount: number
  issues: CsvRowIssue[]
  /** Total issues found, which can be more than those listed. */
  issueCount: number
}

/** UTF-8 text of a file, or a sentence saying why it is not a text file. */
export function decodeCsvBytes(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.includes(0)) {
    return { error: 'This is not a CSV file: it contains binary data. Choose a .csv file.' }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    return {
      error:
        'This file is not UTF-8 text. Save it from your spreadsheet as "CSV UTF-8" and try again.',
    }
  }
}

function whole(message: string): ReadCsvResult {
  return {
    rows: [],
    dayRecords: [],
    recordCount: 0,
    issues: [{ row: 1, field: '', message }],
    issueCount: 1,
  }
}

/** What a spreadsheet in some languages separates its columns with instead of commas. */
const OTHER_SEPARATORS = [
  [';', 'semicolons'],
  ['\t', 'tabs'],
] as const

function checkHeader(header: string[]): string | null {
  const expected: readonly string[] = CSV_COLUMNS
  const names = header.map((h) => h.trim())
  if (names.length === expected.length && names.every((n, i) => n === expected[i])) return null
  const other = OTHER_SEPARATORS.find(
    ([sep]) => names.length === 1 && names[0]!.split(sep).length === expected.length,
  )
  if (other) {
    return `The columns of this file are separated by ${other[1]}, not commas. Save it from your spreadsheet as "CSV UTF-8 (comma delimited)" and try again.`
  }
  const missing = expected.filter((c) => !names.includes(c))
  const extra = names.filter((n) => !expected.includes(n))
  const parts: string[] = []
  if (missing.length > 0) parts.push(`missing column(s): ${missing.join(', ')}`)
  if (extra.length > 0) parts.push(`unknown column(s): ${extra.map((e) => `"${e}"`).join(', ')}`)
  if (parts.length === 0)
    parts.push(`the columns are in another order; expected ${expected.join(', ')}`)
  return `The first row is not a Pain Journal header: ${parts.join('; ')}.`
}

const DAY_FIELDS = [
  ['sleepQuality', 'day_sleep_quality'],
  ['enjoymentInterference', 'day_enjoyment_interference'],
  ['activityInterference', 'day_activity_interference'],
  ['minutesWalked', 'day_minutes_walked'],
  ['note', 'day_note'],
] as const

function firstDifference(a: DayRecord | null, b: DayRecord | null): string {
  for (const [key, column] of DAY_FIELDS) {
    if ((a?.[key] ?? null) !== (b?.[key] ?? null)) return column
  }
  return 'day_note'
}

/**
 * A row of empty fields, skipped like a blank line: spreadsheets write rows of commas alone below
 * the data. A row with a date and nothing else is refused (csvDayRowSchema): it may be a check-in
 * whose time and pain were forgotten.
 */
function holdsNothing(fields: readonly string[]): boolean {
  return fields.every((field) => field.trim() === '')
}

export function readJournalCsv(text: string): ReadCsvResult {
  if (text.replace(/^\uFEFF/, '').trim() === '') return whole('The file is empty.')
  const parsed = parseCsv(text)
  const [header, ...records] = parsed.records
  if (!header) return whole('The file is empty.')
  const headerProblem = checkHeader(header.fields)
  if (headerProblem) return whole(headerProblem)
  if (records.length > MAX_CSV_ROWS) {
    return whole(
      `The file has ${formatWhole(records.length)} rows; at most ${formatWhole(MAX_CSV_ROWS)} can be imported.`,
    )
  }

  const issues: CsvRowIssue[] = []
  let issueCount = 0
  const add = (issue: CsvRowIssue) => {
    issueCount++
    if (issues.length < MAX_LISTED_ISSUES) issues.push(issue)
  }
  if (parsed.error) add({ row: parsed.error.row, field: '', message: parsed.error.message })

  const holding = records.filter((record) => !holdsNothing(record.fields))
  const rows: (CsvRow & { row: number })[] = []
  const dayRecords: (DayRecord & { row: number })[] = []
  const firstDayRow = new Map<string, { row: number; record: DayRecord | null }>()
  for (const record of holding) {
    if (record.fields.length !== CSV_COLUMNS.length) {
      add({
        row: record.row,
        field: '',
        message: `This row has ${record.fields.length} fields, but the header has ${CSV_COLUMNS.length} (is the row cut off, or is a comma not inside quotes?)`,
      })
      continue
    }
    const raw = Object.fromEntries(
      CSV_COLUMNS.map((c, i) => [c, record.fields[i] ?? '']),
    ) as Record<CsvColumn, string>
    const dayOnly = isDayRecordRow(raw)
    const result = dayOnly ? csvDayRowSchema.safeParse(raw) : csvRowSchema.safeParse(raw)
    if (!result.success) {
      for (const issue of result.error.issues) {
        add({ row: record.row, field: String(issue.path[0] ?? ''), message: issue.message })
      }
      continue
    }
    const dayRecord = dayRecordOf(result.data)
    const seen = firstDayRow.get(result.data.journal_day)
    if (!seen) {
      firstDayRow.set(result.data.journal_day, { row: record.row, record: dayRecord })
    } else if (!sameDayRecord(seen.record, dayRecord)) {
      add({
        row: record.row,
        field: firstDifference(seen.record, dayRecord),
        message: `This differs from row ${seen.row} of the same day; every row of a day repeats the same day fields.`,
      })
      continue
    }
    if (dayOnly) {
      if (dayRecord) dayRecords.push({ ...dayRecord, row: record.row })
    } else {
      rows.push({ ...(result.data as CsvRow), row: record.row })
    }
  }
  return { rows, dayRecords, recordCount: holding.length, issues, issueCount }
}
