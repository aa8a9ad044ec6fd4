import { describe, expect, it } from 'vitest'
import {
  charactersLeftText,
  nearFrom,
  nearness,
} from '../../src/renderer/src/components/characters-left'
import { MAX_NAME_LENGTH, MAX_NOTE_LENGTH } from '../../src/shared/schemas'

describe('how many characters are left', () => {
  it('shows from a tenth of the limit, and never later than 20 left', () => {
    expect(nearFrom(MAX_NOTE_LENGTH)).toBe(2000)
    expect(nearFrom(1000)).toBe(100)
    expect(nearFrom(MAX_NAME_LENGTH)).toBe(20)
    expect(nearness(21, MAX_NAME_LENGTH)).toBe(0)
    expect(nearness(20, MAX_NAME_LENGTH)).toBe(1)
  })

  it('comes nearer in a few steps a screen reader hears one at a time', () => {
    const steps = Array.from({ length: 2102 }, (_, i) => nearness(2100 - i, MAX_NOTE_LENGTH))
    // From far away to one over the limit, it only ever steps up, through each step once.
    expect(steps.every((s, i) => i === 0 || s >= steps[i - 1]!)).toBe(true)
    expect([...new Set(steps)]).toEqual([0, 1, 2, 3, 4, 5])
    expect(nearness(1000, MAX_NOTE_LENGTH)).toBe(2)
    expect(nearness(500, MAX_NOTE_LENGTH)).toBe(3)
    expect(nearness(0, MAX_NOTE_LENGTH)).toBe(4)
    expect(nearness(-1, MAX_NOTE_LENGTH)).toBe(5)
  })

  it('says it in words, one and many, and past the limit', () => {
    expect(charactersLeftText(1)).toBe('1 character left')
    expect(charactersLeftText(0)).toBe('0 characters left')
    expect(charactersLeftText(-12)).toBe('12 characters over the limit')
  })
})
