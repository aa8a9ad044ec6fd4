import { describe, expect, it } from 'vitest'
import type { Checkin } from '../../src/shared/domain'
import {
  EMPTY_DRAFT,
  friendlyIssues,
  sameAsLastTime,
  validateDraft,
} from '../../src/renderer/src/features/today/checkin-draft'

const AT = '2026-03-01T09:00:00+01:00'
const NOW = new Date('2026-03-01T12:00:00+01:00')

describe('the check-in draft', () => {
  it('asks for a score before anything else', () => {
    expect(validateDraft(EMPTY_DRAFT, AT, NOW)).toEqual({
      ok: false,
      errors: { pain: 'Choose a pain score from 0 to 10 first.' },
    })
  })

  it('turns typed doses and minutes into numbers, empty into null', () => {
    const checked = validateDraft(
      {
        ...EMPTY_DRAFT,
        pain: 4,
        remedies: [
          { remedyId: 13, dose: ' 400 ', minutes: '', relief: 1 },
          { remedyId: 14, dose: '27,5', minutes: '', relief: null },
          { remedyId: 6, dose: '', minutes: '20', relief: 2 },
        ],
      },
      AT,
      NOW,
    )
    expect(checked).toMatchObject({
      ok: true,
      input: {
        remedies: [
          { remedyId: 13, doseMg: 400, minutes: null, relief: 1 },
          { remedyId: 14, doseMg: 27.5, minutes: null, relief: null },
          { remedyId: 6, doseMg: null, minutes: 20, relief: 2 },
        ],
      },
    })
  })

  it('refuses a time later than now, with a few minutes of clock skew allowed', () => {
    const draft = { ...EMPTY_DRAFT, pain: 4 }
    const soon = '2026-03-01T12:04:00+01:00'
    const later = '2026-03-01T12:06:00+01:00'
    expect(validateDraft(draft, soon, NOW).ok).toBe(true)
    const checked = validateDraft(draft, later, NOW)
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(checked.errors['at']).toMatch(/later than now/)
  })

  it('names each bad field by its path, in plain words', () => {
    const checked = validateDraft(
      {
        ...EMPTY_DRAFT,
        pain: 4,
        remedies: [
          { remedyId: 13, dose: 'lots', minutes: '', relief: null },
          { remedyId: 6, dose: '', minutes: '2.5', relief: null },
        ],
      },
      AT,
      NOW,
    )
    expect(checked.ok).toBe(false)
    if (checked.ok) return
    expect(Object.keys(checked.errors).sort()).toEqual(['remedies.0.doseMg', 'remedies.1.minutes'])
    expect(checked.errors['remedies.0.doseMg']).toMatch(/^Write the dose in mg/)
  })

  it('keeps the server’s message for fields it has no words of its own for', () => {
    expect(friendlyIssues([{ path: 'triggerIds', message: 'Unknown trigger: 9' }])).toEqual({
      triggerIds: 'Unknown trigger: 9',
    })
  })

  it('"same as last time" copies triggers, remedies and doses, not the score or relief', () => {
    const last: Checkin = {
      id: 1,
      at: AT,
      day: '2026-03-01',
      pain: 7,
      spasm: true,
      regions: ['lower-back-left'],
      context: 'sitting',
      triggerIds: [2, 8],
      remedies: [
        { remedyId: 13, doseMg: 400, minutes: null, relief: 2 },
        { remedyId: 20, doseMg: null, minutes: 10, relief: 1 },
        { remedyId: 6, doseMg: null, minutes: 15, relief: -1 },
      ],
      redFlags: [],
      note: 'last note',
    }
    const draft = sameAsLastTime({ ...EMPTY_DRAFT, pain: 3, note: 'now' }, last, {
      trigger: (id) => id !== 8,
      remedy: (id) => id !== 20,
    })
    expect(draft).toEqual({
      ...EMPTY_DRAFT,
      pain: 3,
      note: 'now',
      triggerIds: [2],
      remedies: [
        { remedyId: 13, dose: '400', minutes: '', relief: null },
        { remedyId: 6, dose: '', minutes: '15', relief: null },
      ],
    })
  })
})
