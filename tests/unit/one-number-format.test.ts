/**
 * Times and numbers a person reads follow one convention, the locale's (issue 17), written in
 * one module: src/shared/locale-format.ts. A `toFixed`, `toLocaleString` or `toLocale…String`
 * anywhere else in what the app shows would print "3000" beside "3,000" or "14:00" beside
 * "2:00 PM". The report's chart writes SVG coordinates with `toFixed`: numbers no one reads.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderedHtml, textOf } from '../support/render'
import { ROOT, sourceFiles } from '../support/sources'

const ALLOWED = new Set(['src/shared/locale-format.ts', 'src/main/report/report-chart.ts'])
const RAW = /\.(toFixed|toLocaleString|toLocaleTimeString|toLocaleDateString)\(/

describe('numbers and times are written in one place', () => {
  it('no source outside locale-format.ts formats a number or a time by hand', () => {
    const offenders = sourceFiles()
      .filter((file) => !ALLOWED.has(file))
      .flatMap((file) =>
        readFileSync(join(ROOT, file), 'utf8')
          .split('\n')
          .flatMap((line, i) => (RAW.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
      )
    expect(offenders).toEqual([])
  })
})

describe('Trends’ tables', () => {
  it('write every number a column gives them in the one number format', async () => {
    const html = await renderedHtml('src/renderer/src/features/trends/DataTable.tsx', 'DataTable', {
      caption: 'Episodes',
      columns: [
        { label: 'Episode', cell: (r: { n: number }) => `#${r.n}` },
        { label: 'Days', numeric: true, cell: (r: { n: number }) => r.n * 1204 },
        { label: 'Mean', numeric: true, cell: (r: { n: number }) => r.n * 4.25 },
      ],
      rows: [{ n: 1 }],
      rowKey: (r: { n: number }) => String(r.n),
    })
    expect(textOf(html)).toBe('Episodes Episode Days Mean #1 1,204 4.3')
  })
})
