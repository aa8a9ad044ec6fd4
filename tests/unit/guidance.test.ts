import { describe, expect, it } from 'vitest'
import { addDaysToDay, eachDay } from '../../src/shared/days'
import { currentEpisode, detectEpisodes, type Episode } from '../../src/shared/episodes'
import {
  GUIDANCE_DISCLAIMER,
  VISIT_PREP_CHECKLIST,
  guidanceFor,
  type Guidance,
} from '../../src/shared/guidance'

const AS_OF = '2026-06-30'

/** The current episode when pain ran from `fromAgo` to `toAgo` days before AS_OF. */
function episode(fromAgo: number, toAgo = 0): Episode | null {
  const days = eachDay(addDaysToDay(AS_OF, -fromAgo), addDaysToDay(AS_OF, -toAgo)).map((day) => ({
    day,
    worst: 6,
  }))
  return currentEpisode(detectEpisodes(days, AS_OF))
}
/** Guidance on day `n` of an ongoing episode. */
const onDay = (n: number): Guidance => guidanceFor(episode(n - 1), AS_OF)
const text = (g: Guidance): string => [g.heading, ...g.items].join('\n')

describe('guidanceFor', () => {
  it('moves through the stages of an ongoing episode by its day number', () => {
    const stages = [1, 3, 4, 13, 14, 27, 28, 41, 42, 55, 56, 120].map((n) => onDay(n).stage)
    expect(stages).toEqual([
      'first-days',
      'first-days',
      'first-weeks',
      'first-weeks',
      'gentle-exercise',
      'gentle-exercise',
      'building-up',
      'building-up',
      'watch',
      'watch',
      'doctor',
      'doctor',
    ])
  })

  it('says something different on day 2 and day 20', () => {
    const day2 = onDay(2)
    const day20 = onDay(20)
    expect(day2.heading).not.toBe(day20.heading)
    expect(day2.items).not.toEqual(day20.items)
    expect(text(day2)).toMatch(/rest/i)
    expect(text(day2)).toMatch(/ice or heat/i)
    expect(text(day20)).toMatch(/child's pose.*hip lifts.*cat-cow/i)
  })

  it('advises walking 10 to 15 minutes twice a day once past the first days', () => {
    for (const n of [4, 20, 30]) expect(text(onDay(n))).toMatch(/10 to 15 minutes, twice a day/)
  })

  it('warns against heavy lifting and twisting in the first six weeks only, naming their end', () => {
    for (const n of [1, 10, 20, 41]) {
      expect(text(onDay(n))).toMatch(/For the first six weeks \(until .*\), avoid heavy lifting/)
    }
    // Day 1 is 30 June: the six weeks end on 10 August.
    expect(text(onDay(1))).toContain('until 10 August 2026')
    for (const n of [42, 43, 56, 120]) expect(text(onDay(n))).not.toMatch(/six weeks|lifting/)
  })

  it('says when to see a doctor from the first day on, in one line', () => {
    for (const n of [1, 5, 20, 30]) {
      expect(onDay(n).doctorLine).toMatch(/six to eight weeks.*warning sign/)
    }
    for (const n of [42, 60]) expect(onDay(n).doctorLine).toMatch(/warning sign/)
  })

  it('leaves the doctor-visit advice of six and eight weeks to the banner', () => {
    for (const n of [42, 50, 56, 90]) {
      const g = onDay(n)
      expect(text(g)).not.toMatch(/book|appointment|report|six to eight|within the usual/i)
      expect(text(g)).toMatch(/walk/i)
    }
    expect(onDay(56).heading).toBe('Keep moving while it is checked')
  })

  it('leaves out the bed rest line when the bed rest flag says it', () => {
    expect(text(onDay(2))).toMatch(/more than a day or two in bed/)
    const withFlag = guidanceFor(episode(1), AS_OF, { flags: [{ kind: 'long-bed-rest' }] })
    expect(text(withFlag)).not.toMatch(/in bed/)
  })

  it('follows the episode level from custom rules', () => {
    const days = eachDay(addDaysToDay(AS_OF, -19), AS_OF).map((day) => ({ day, worst: 6 }))
    const ep = currentEpisode(detectEpisodes(days, AS_OF, { watchDays: 14, doctorDays: 20 }))
    expect(guidanceFor(ep, AS_OF).stage).toBe('doctor')
  })

  it('has its own text while the episode settles', () => {
    const settling = guidanceFor(episode(20, 10), AS_OF)
    expect(settling.stage).toBe('settling')
    expect(settling.items[0]).toMatch(/10 days ago/)
    expect(text(settling)).toMatch(/heavy lifting/)
    expect(text(settling)).not.toMatch(/doctor/)
    expect(settling.doctorLine).toMatch(/keeps coming back/)
    const longOne = guidanceFor(episode(80, 10), AS_OF)
    expect(longOne.stage).toBe('settling')
    // The banner says a long episode is worth showing a doctor; the card does not repeat it.
    expect(text(longOne)).not.toMatch(/doctor|heavy lifting/)
  })

  it('gives general advice when there is no current episode', () => {
    expect(guidanceFor(null, AS_OF).stage).toBe('none')
    expect(guidanceFor(episode(80, 50), AS_OF).stage).toBe('none')
    expect(text(guidanceFor(null, AS_OF))).toMatch(/posture/)
  })

  it('keeps every stage short', () => {
    for (const n of [1, 5, 20, 30, 45, 60]) {
      const g = onDay(n)
      expect(g.items.length).toBeLessThanOrEqual(5)
      for (const item of g.items) expect(item.length).toBeLessThan(200)
    }
  })
})

describe('standing text', () => {
  it('says it is general information, not medical advice', () => {
    expect(GUIDANCE_DISCLAIMER).toMatch(/general information, not medical advice/i)
  })

  it('the visit checklist mentions the report, remedies tried and questions', () => {
    const list = VISIT_PREP_CHECKLIST.join('\n')
    expect(list).toMatch(/Report screen/)
    expect(list).toMatch(/remedies .* helped/)
    expect(list).toMatch(/questions/i)
  })
})
