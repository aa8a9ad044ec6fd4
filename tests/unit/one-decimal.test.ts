/**
 * A number with one decimal (an average, a difference, a relief rating, a size in MB) is rounded
 * and written in one place, src/shared/stats/format.ts (oneDecimal, signedOneDecimal, asPrinted):
 * half away from zero, never "-0.0", a '+' only on a rise. A copy elsewhere rounds 0.05 or -0.04
 * its own way, or tests the sign on locale text, and two screens print different numbers.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { num1, signed1 } from '../../src/renderer/src/features/trends/chart-utils'
import { describeDay } from '../../src/renderer/src/features/history/history-format'
import { oneDecimal, signedOneDecimal } from '../../src/shared/stats'
import { linesOutside } from '../support/sources'

/** The one home, and the module that knows the locale's separators. */
const HOME = new Set(['src/shared/stats/format.ts', 'src/shared/locale-format.ts'])
/** Rounding to tenths by hand; plot-paths rounds SVG coordinates, which no one reads. */
const BY_HAND = /Math\.round\(.*\*\s*10\)/

describe('one decimal is rounded and written in one place', () => {
  it('only format.ts calls formatDecimal', () => {
    expect(linesOutside((line) => /\bformatDecimal\(/.test(line), HOME)).toEqual([])
  })

  it('nothing else rounds to tenths by hand', () => {
    const allowed = new Set([...HOME, 'src/shared/plot-paths.ts'])
    expect(linesOutside((line) => BY_HAND.test(line), allowed)).toEqual([])
  })

  it('nothing reads the sign of a number from its printed text', () => {
    expect(linesOutside((line) => /startsWith\(['"`][-−]['"`]\)/.test(line))).toEqual([])
  })
})

describe('every screen prints the one decimal format.ts prints', () => {
  it("Trends' tables and readouts: the same text, a gap for no value", () => {
    fc.assert(
      fc.property(fc.double({ min: -20, max: 20, noNaN: true }), (v) => {
        expect(num1(v)).toBe(oneDecimal(v))
        expect(signed1(v)).toBe(signedOneDecimal(v))
      }),
    )
    expect([num1(null), signed1(null)]).toEqual(['—', '—'])
    expect([signed1(-0.04), signed1(0.05), signed1(-1.25)]).toEqual(['0.0', '+0.1', '-1.3'])
  })

  it("History's day: the average as oneDecimal writes it", () => {
    const summary = { worst: 6, average: 4.25, count: 4, spasm: false, redFlag: null }
    const words = describeDay(
      '2026-02-14',
      { day: '2026-02-14', inEpisode: false, ...summary },
      {
        today: false,
        future: false,
      },
    )
    expect(words).toContain(`average ${oneDecimal(4.25)};`)
  })
})
