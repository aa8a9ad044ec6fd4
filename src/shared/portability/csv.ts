/**
 * A small RFC 4180 reader and writer (https://www.rfc-editor.org/rfc/rfc4180).
 * Writing: CRLF between records, a field is quoted when it holds a comma, a quote, CR or LF, or
 * starts/ends with a space; quotes inside are doubled. Reading: accepts CRLF or LF, a UTF-8 BOM,
 * quoted fields spanning lines, and reports where a file is broken instead of guessing.
 */

export interface CsvRecord {
  /** 1-based record number: the header is record 1, like a spreadsheet's row numbers. */
  row: number
  fields: string[]
}

export interface CsvParseResult {
  records: CsvRecord[]
  /** A problem with the file's structure (an unclosed quote), with the record it starts in. */
  error: { row: number; message: string } | null
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/

export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvField).join(',') + '\r\n').join('')
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** Parses CSV text. A final line break is optional; empty lines between records are skipped. */
export function parseCsv(input: string): CsvParseResult {
  const text = stripBom(input)
  const records: CsvRecord[] = []
  let fields: string[] = []
  let field = ''
  let i = 0
  let row = 1
  // Whether the current field already has content (text or a quoted part), and whether the
  // current record has anything at all: a line with nothing on it is not a record.
  let fieldStarted = false
  let recordStarted = false
  const endRecord = () => {
    fields.push(field)
    if (recordStarted || fieldStarted) {
      records.push({ row, fields })
      row++
    }
    fields = []
    field = ''
    fieldStarted = false
    recordStarted = false
  }
  while (i < text.length) {
    const ch = text[i]
    if (ch === '"' && !fieldStarted) {
      // A quoted field: runs to the next quote that is not doubled.
      fieldStarted = true
      let j = i + 1
      let value = ''
      for (;;) {
        const q = text.indexOf('"', j)
        if (q === -1) {
          return {
            records,
            error: {
              row,
              message:
                'A quoted field is never closed: the file may be cut off, or a quote (") is missing.',
            },
          }
        }
        value += text.slice(j, q)
        if (text[q + 1] === '"') {
          value += '"'
          j = q + 2
          continue
        }
        i = q + 1
        break
      }
      field = value
      const next = text[i]
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        return {
          records,
          error: {
            row,
            message: 'Text follows a closing quote; a quote inside a field must be doubled ("").',
          },
        }
      }
      continue
    }
    if (ch === ',') {
      fields.push(field)
      field = ''
      fieldStarted = false
      recordStarted = true
      i++
      continue
    }
    if (ch === '\r' || ch === '\n') {
      endRecord()
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1
      continue
    }
    if (ch === '"') {
      return {
        records,
        error: { row, message: 'A quote (") appears inside a field that does not start with one.' },
      }
    }
    field += ch
    fieldStarted = true
    i++
  }
  if (fieldStarted || recordStarted) endRecord()
  return { records, error: null }
}
