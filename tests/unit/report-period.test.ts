import { describe, expect, it } from 'vitest'
import { periodProblem } from '../../src/renderer/src/features/report/period-check'
import { DEFAULT_SECTIONS, MAX_REPORT_DAYS } from '../../src/shared/report/options'

const TODAY = '2026-03-01'
const period = (from: string, to: string) => ({
  from,
  to,
  patientName: '',
  dateOfBirth: null,
  sections: { ...DEFAULT_SECTIONS },
})

describe('the report period check', () => {
  it('accepts any period up to today within the limit', () => {
    expect(periodProblem(period('2025-12-02', TODAY), TODAY)).toBeNull()
    expect(periodProblem(period(TODAY, TODAY), TODAY)).toBeNull()
  })

  it('refuses an end after today, naming today', () => {
    expect(periodProblem(period('2026-02-01', '2026-03-02'), TODAY)).toBe(
      'The period cannot end after today (1 Mar 2026). Choose an end date up to today.',
    )
  })

  it('says what the contract refuses, in its own words', () => {
    expect(periodProblem(period('2026-02-20', '2026-02-10'), TODAY)).toBe(
      'The start of the period must not be after its end.',
    )
    expect(periodProblem(period('2022-01-01', TODAY), TODAY)).toBe(
      `A report can cover up to ${MAX_REPORT_DAYS} days.`,
    )
  })
})
