/**
 * Times and numbers a person reads follow one convention, the locale's (issue 17), written in
 * one module: src/shared/locale-format.ts. A `toFixed`, `toLocaleString` or `toLocale…String`
 * anywhere else in what the app shows would print "3000" beside "3,000" or "14:00" beside
 * "2:00 PM". The report's chart writes SVG coordinates with `toFixed`: numbers no one reads.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
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
