/**
 * The rolling line over the daily worst has one window, ROLLING_WINDOW_DAYS, and one name,
 * ROLLING_NAME (src/shared/stats/daily.ts): the Trends chart called it "7-day mean of worst" and
 * the report "7-day average", and the Trends handler read its own week back for it.
 */
import { describe, expect, it } from 'vitest'
import { painChartSvg } from '../../src/main/report/report-chart'
import { seriesNames } from '../../src/renderer/src/features/trends/chart-utils'
import { ROLLING_NAME, ROLLING_WINDOW_DAYS } from '../../src/shared/stats'
import { linesOutside } from '../support/sources'

const ALLOWED = new Set([
  'src/shared/stats/daily.ts',
  // A week up in the month calendar (arrow keys), not the rolling window.
  'src/renderer/src/features/history/MonthCalendar.tsx',
])
const comment = (line: string) => /^\s*(\*|\/\*|\/\/)/.test(line)
const RESTATED = /\d-day (mean|average)|addDaysToDay\([^)]*, -7\)/

describe('the rolling line has one window and one name', () => {
  it('no source restates the window or the name', () => {
    expect(linesOutside((l) => !comment(l) && RESTATED.test(l), ALLOWED)).toEqual([])
  })

  it('Trends and the report name it alike', () => {
    expect(ROLLING_NAME).toContain(`${ROLLING_WINDOW_DAYS}-day`)
    expect(seriesNames(false).mean).toBe(ROLLING_NAME)
    const svg = painChartSvg([{ day: '2026-01-01', worst: 4, average: 3, rolling: null }], [])
    expect(svg).toContain(
      `aria-label="Chart of daily worst pain with a line for the ${ROLLING_NAME}`,
    )
  })
})
