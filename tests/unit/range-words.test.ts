import { describe, expect, it } from 'vitest'
import { fromTo, upTo } from '../../src/shared/range-words'
import { MAX_NOTE_LENGTH, MINUTES_PER_DAY, note, painScore } from '../../src/shared/schemas'

describe('a limit in words', () => {
  it('is written with the locale’s digits', () => {
    expect(fromTo(0, MINUTES_PER_DAY, 'en-US')).toBe('from 0 to 1,440')
    expect(fromTo(0, MINUTES_PER_DAY, 'de-DE')).toBe('from 0 to 1.440')
    expect(upTo(MAX_NOTE_LENGTH, 'en-GB')).toBe('up to 20,000')
  })

  it('is what the schemas say when they refuse', () => {
    expect(painScore.safeParse(11).error?.issues[0]?.message).toBe(`Pain must be ${fromTo(0, 10)}`)
    expect(note.safeParse('x'.repeat(MAX_NOTE_LENGTH + 1)).error?.issues[0]?.message).toBe(
      `Notes can be ${upTo(MAX_NOTE_LENGTH)} characters`,
    )
  })
})
