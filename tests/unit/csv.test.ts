import { describe, expect, it } from 'vitest'
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
