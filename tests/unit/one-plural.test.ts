/**
 * A count and its word ("1 day", "1,204 check-ins") are written by one function, plural in
 * src/shared/stats/format.ts, with the locale's separators. A hand-made `n === 1 ? 'day' : 'days'`
 * elsewhere prints "1204 days" beside "1,204 days" and drifts from the one wording.
 */
import { describe, expect, it } from 'vitest'
import { charactersLeftText } from '../../src/renderer/src/components/characters-left'
import { describeDay } from '../../src/renderer/src/features/history/history-format'
import { formatWhole } from '../../src/shared/locale-format'
import { plural } from '../../src/shared/stats'
import { linesOutside } from '../support/sources'

const HOME = new Set([
  'src/shared/stats/format.ts',
  // weeksInWords says lengths in words ("six weeks"), below the statistics it would import from.
  'src/shared/days.ts',
])

const QUOTED = /(?:===|!==) 1 \?\s*(['"`])(.*?)\1\s*:\s*(['"`])(.*?)\3/g

/** True when the line picks a word's singular or plural by hand for a count of 1. */
export function handMadePlural(line: string): boolean {
  if (/=== 1 \? one : many/.test(line)) return true
  for (const m of line.matchAll(QUOTED)) {
    const word = (text: string) => text.replace(/^(1|\$\{[^}]+\}) /, '')
    const one = word(m[2] ?? '')
    const many = word(m[4] ?? '')
    if (one && (many === `${one}s` || many === `${one}es`)) return true
  }
  return false
}

describe('counted words are written by one plural', () => {
  it('the scan knows a hand-made plural from a different choice of words', () => {
    expect(handMadePlural("`${n} ${n === 1 ? 'day' : 'days'}`")).toBe(true)
    expect(handMadePlural("remedy.days === 1 ? '1 day' : `${remedy.days} days`")).toBe(true)
    expect(handMadePlural('`${wholeNumber(n)} ${n === 1 ? one : many}`')).toBe(true)
    expect(handMadePlural("n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`")).toBe(false)
    expect(handMadePlural("bars.length === 1 ? 'a peak' : 'peaks'")).toBe(false)
  })

  it('no source outside format.ts makes its own plural', () => {
    expect(linesOutside(handMadePlural, HOME)).toEqual([])
  })

  it('counts carry the locale’s separators and the singular for one', () => {
    expect(plural(1, 'day')).toBe('1 day')
    expect(plural(1204, 'check-in')).toBe(`${formatWhole(1204)} check-ins`)
    expect(charactersLeftText(1)).toBe('1 character left')
    expect(charactersLeftText(-1200)).toBe(`${formatWhole(1200)} characters over the limit`)
    const summary = { worst: 3, average: 3, count: 1, spasm: false, redFlag: null }
    const words = describeDay(
      '2026-02-14',
      { day: '2026-02-14', inEpisode: false, ...summary },
      {
        today: false,
        future: false,
      },
    )
    expect(words).toContain('1 check-in.')
  })
})
