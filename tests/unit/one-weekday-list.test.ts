/**
 * The days of the week, Monday first, are listed once (WEEKDAY_NAMES and WEEKDAY_SHORT in
 * src/shared/stats/patterns.ts): History's month, Trends' calendar and the weekday pattern each
 * had their own list.
 */
import { describe, expect, it } from 'vitest'
import { WEEKDAY_NAMES, WEEKDAY_SHORT } from '../../src/shared/stats'
import { linesOutside } from '../support/sources'

const LISTED =
  /['"](Mon|Tue|Wed|Thu|Fri|Sat|Sun)['"]|['"](Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['"]/

describe('the weekdays are listed once', () => {
  it('no source outside patterns.ts lists a weekday', () => {
    const home = new Set(['src/shared/stats/patterns.ts'])
    expect(linesOutside((line) => LISTED.test(line), home)).toEqual([])
  })

  it('Monday first, with the short forms beside', () => {
    expect(WEEKDAY_NAMES[0]).toBe('Monday')
    expect(WEEKDAY_SHORT).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])
  })
})
