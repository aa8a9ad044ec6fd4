/**
 * How much a remedy helped is rated on one scale, RELIEF_VALUES and RELIEF_LABELS in
 * src/shared/domain.ts; every sentence, axis and table says its words and its ends from there
 * (reliefWords, reliefScaleWords, RELIEF_MIN/RELIEF_MAX). Today said "made no change" where
 * the form said "No change", and Trends wrote its own "worse" and "a lot".
 */
import { describe, expect, it } from 'vitest'
import { remedySentence } from '../../src/renderer/src/features/today/insights-words'
import {
  RELIEF_LABELS,
  RELIEF_MAX,
  RELIEF_MIN,
  RELIEF_VALUES,
  reliefScaleWords,
  reliefWords,
} from '../../src/shared/domain'
import { linesOutside } from '../support/sources'

const WORDS = /helped a (lot|little)|made (no change|it worse)|"no change"|\ba lot\b/i
/** Clamping a mean to the scale by hand: Math.max(-1, Math.min(2, …)). */
const ENDS = /Math\.max\(-1, Math\.min\(2,/
/** The sample journal's notes are what a person might type, not the app's words. */
const ALLOWED = new Set(['src/shared/domain.ts', 'src/shared/sample-notes.ts'])
const comment = (line: string) => /^\s*(\*|\/\*|\/\/)/.test(line)

describe('the relief scale is said one way', () => {
  it('no source outside domain.ts writes a relief word or the scale’s ends', () => {
    const bad = (line: string) => !comment(line) && (WORDS.test(line) || ENDS.test(line))
    expect(linesOutside(bad, ALLOWED)).toEqual([])
  })

  it('words each rating, and the rating nearest a mean, from the labels', () => {
    for (const v of RELIEF_VALUES) expect(reliefWords(v)).toBe(RELIEF_LABELS[`${v}`]?.toLowerCase())
    expect([RELIEF_MIN, RELIEF_MAX]).toEqual([-1, 2])
    expect(reliefWords(1.6)).toBe('helped a lot')
    expect(reliefWords(9)).toBe('helped a lot')
    expect(reliefWords(-3)).toBe('made it worse')
    expect(reliefScaleWords()).toBe(
      '-1 made it worse, 0 made no change, 1 helped a little, 2 helped a lot',
    )
  })

  it("Today's remedy sentence uses the form's words", () => {
    const sentence = remedySentence({
      name: 'Heat',
      uses: 2,
      days: 2,
      doseMg: null,
      relief: { helpedALot: 0, helpedALittle: 0, noChange: 2, madeItWorse: 0, notRated: 0 },
    } as Parameters<typeof remedySentence>[0])
    expect(sentence).toBe(`Heat (used twice over 2 days): ${reliefWords(0)} twice.`)
  })
})
