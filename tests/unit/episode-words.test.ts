/**
 * An episode's length is said one way, by the person's rules (episodeLengthWords): History, the
 * report and the long-episode flag. The fact that most episodes ease within six to eight weeks
 * is said from the defaults, whatever the person set (MOST_EPISODES_EASE).
 */
import { describe, expect, it } from 'vitest'
import { addDaysToDay, eachDay } from '../../src/shared/days'
import {
  DEFAULT_EPISODE_RULES,
  episodeLengthWords,
  levelDays,
  MOST_EPISODES_EASE,
  USUAL_EASING_WEEKS,
} from '../../src/shared/episodes'
import { computeFlags } from '../../src/shared/flags'
import { guidanceFor } from '../../src/shared/guidance'

const rules = { ...DEFAULT_EPISODE_RULES, watchDays: 28, doctorDays: 49 }
const AS_OF = '2026-06-30'

function longEpisode(days: number, r = rules) {
  const pain = eachDay(addDaysToDay(AS_OF, -(days - 1)), AS_OF).map((day) => ({ day, worst: 5 }))
  return computeFlags({
    asOf: AS_OF,
    days: pain,
    redFlags: [],
    remedyDays: [],
    dailyLimitsMg: {},
    rules: r,
  }).find((f) => f.kind === 'long-episode')
}

describe('episode length in words', () => {
  it("follows the person's rules, at each level", () => {
    expect(episodeLengthWords('none', rules)).toBe('under four weeks')
    expect(episodeLengthWords('watch', rules)).toBe('four weeks or more')
    expect(episodeLengthWords('doctor', rules)).toBe('seven weeks or more')
    expect(episodeLengthWords('doctor', DEFAULT_EPISODE_RULES)).toBe('eight weeks or more')
    expect(levelDays('watch', rules)).toBe(28)
    expect(levelDays('doctor', rules)).toBe(49)
  })

  it('the long-episode flag says the same length, and the day it reached it', () => {
    const flag = longEpisode(50)
    expect(flag?.reason).toContain(`gone on for ${episodeLengthWords('doctor', rules)} (day 50)`)
    expect(flag?.numbers['levelSince']).toBe(addDaysToDay(AS_OF, -(50 - 49)))
  })
})

describe('the six-to-eight-weeks fact', () => {
  it('is said from the defaults, not from the thresholds the person set', () => {
    expect(USUAL_EASING_WEEKS).toBe('six to eight weeks')
    expect(MOST_EPISODES_EASE).toBe('most episodes ease within six to eight weeks')
    const flag = longEpisode(30)
    expect(flag?.reason).toContain('Most episodes ease within six to eight weeks')
    expect(flag?.reason).not.toContain('four to seven weeks')
  })

  it('is what the guidance says too', () => {
    const episode = {
      start: addDaysToDay(AS_OF, -9),
      end: AS_OF,
      painDays: 10,
      peak: 6,
      status: 'ongoing' as const,
      durationDays: 10,
      level: 'none' as const,
    }
    const text = JSON.stringify(guidanceFor(episode, AS_OF, { flags: [] }))
    expect(text).toContain(`not eased after ${USUAL_EASING_WEEKS}`)
  })
})
