/**
 * The 0–10 scale, its bands and the words for a score are decided in src/shared/pain-scale.ts:
 * PAIN_MIN/PAIN_MAX, PAIN_AXIS/PAIN_TICKS and PAIN_RANGE for every chart's axis and its title, PAIN_BANDS for every
 * threshold ("severe" is 7–9, 10 is a band of its own), painScoreWords/describeWorst for every
 * "7 of 10, severe". A chart drawn to its own [0, 10], or a day described as "worst pain 7
 * (severe)" on one screen and "7 out of 10" on the next, is what this keeps out.
 */
import { describe, expect, it } from 'vitest'
import { describeDay } from '../../src/renderer/src/features/history/history-format'
import { describeWorst } from '../../src/shared/pain-scale'
import { linesOutside } from '../support/sources'

const HOME = new Set(['src/shared/pain-scale.ts'])
const PATTERNS: readonly RegExp[] = [
  /\[0, ?10\]/, // an axis from 0 to 10: PAIN_AXIS
  /0, 2, 4, 6, 8, 10/, // its ticks: PAIN_TICKS
  /out of 10/, // a score in words: painScoreWords
  /of 10, \$\{/,
  /severe pain \(/, // a band's scores written by hand: bandScores
  /\(0–1\)/,
  /[Pp]ain \(?0–10\)?/, // the scale's range in an axis title: PAIN_RANGE
]

describe('the pain scale is decided in one place', () => {
  it('no source outside pain-scale.ts restates its axis, its bands or its words', () => {
    expect(linesOutside((line) => PATTERNS.some((p) => p.test(line)), HOME)).toEqual([])
  })

  it("History says a day's worst as every screen does", () => {
    const summary = { worst: 10, average: 6, count: 2, spasm: false, redFlag: null }
    const words = describeDay(
      '2026-02-14',
      { day: '2026-02-14', inEpisode: false, ...summary },
      {
        today: false,
        future: false,
      },
    )
    const worst = describeWorst(10)
    expect(words).toContain(`${worst.charAt(0).toUpperCase()}${worst.slice(1)};`)
    expect(words).toContain('Worst pain 10 of 10, worst imaginable;')
  })
})
