/**
 * One period rule (issue 16): the contract's three from–to payloads refuse a backwards period in
 * the same words, at the same date, and both period pickers (Trends, the report) refuse what the
 * other does, an end after today included.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { periodProblem } from '../../src/renderer/src/features/report/period-check'
import { periodFault, PERIOD_ORDER_MESSAGE } from '../../src/shared/period'
import { DEFAULT_SECTIONS, reportOptions } from '../../src/shared/report/options'
import { dayRange } from '../../src/shared/schemas'
import { trendsQuery } from '../../src/shared/trends-schema'

const TODAY = '2026-03-01'
const report = (from: string, to: string) => ({
  from,
  to,
  patientName: '',
  dateOfBirth: null,
  sections: { ...DEFAULT_SECTIONS },
})

describe('the period rule', () => {
  it('is one refinement in every schema with a period: same words, at the start date', () => {
    const backwards = { from: '2026-02-20', to: '2026-02-10' }
    for (const result of [
      dayRange.safeParse(backwards),
      trendsQuery.safeParse({ ...backwards, asOf: TODAY }),
      reportOptions.safeParse(report(backwards.from, backwards.to)),
    ]) {
      expect(result.success).toBe(false)
      expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
        [['from'], PERIOD_ORDER_MESSAGE],
      ])
    }
    expect(trendsQuery.safeParse({ from: null, to: TODAY, asOf: TODAY }).success).toBe(true)
    expect(dayRange.safeParse({ from: TODAY, to: TODAY }).success).toBe(true)
  })

  it('is checked the same by both pickers, an end after today included', () => {
    for (const [from, to] of [
      ['2026-02-20', '2026-02-10'],
      ['2026-02-01', '2026-03-02'],
      ['2026-02-01', TODAY],
    ] as const) {
      expect(periodProblem(report(from, to), TODAY)).toBe(
        periodFault({ from, to }, TODAY)?.message ?? null,
      )
    }
    expect(periodFault({ from: '2026-02-01', to: '2026-03-02' }, TODAY)).toEqual({
      field: 'to',
      message: 'The period cannot end after today (1 Mar 2026). Choose an end date up to today.',
    })
    expect(periodFault({ from: null, to: TODAY }, TODAY)).toBeNull()
  })
})

const ROOT = join(__dirname, '../..')
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : [relative(ROOT, join(dir, e.name))],
  )

describe('the period rule has one home', () => {
  it('no source but shared/period.ts words a backwards period or an end after today', () => {
    const words = /must not be after|cannot end after|start date must/
    const homes = sources(join(ROOT, 'src')).filter((file) =>
      words.test(readFileSync(join(ROOT, file), 'utf8')),
    )
    expect(homes).toEqual(['src/shared/period.ts'])
  })
})
