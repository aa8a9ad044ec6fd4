import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { describeIssues, fieldIssues, fieldMessages } from '../../src/shared/field-issues'
import { checkinInput, dayRecord } from '../../src/shared/schemas'
import { CHECKIN_WORDS } from '../../src/renderer/src/checkin/checkin-draft'
import { createRouter } from '../../src/main/service/router'
import type { ServiceContext } from '../../src/main/service/context'

describe('zod issues to field messages (one mapper for the router and the forms)', () => {
  it('dots the path of every issue, indexes included, and keeps the schema’s message', () => {
    const parsed = checkinInput.safeParse({
      at: '2026-03-01T09:00:00+01:00',
      pain: 4,
      remedies: [{ remedyId: 3, doseMg: -1, minutes: null, relief: null }],
    })
    expect(parsed.success).toBe(false)
    if (parsed.success) return
    const issues = fieldIssues(parsed.error.issues)
    expect(issues.map((i) => i.path)).toEqual(['remedies.0.doseMg'])
    expect(issues[0]?.message).toBe(parsed.error.issues[0]?.message)
  })

  it('gives the whole payload the empty path', () => {
    const parsed = z.strictObject({ day: z.string() }).safeParse('not an object')
    expect(parsed.success).toBe(false)
    if (!parsed.success) expect(fieldIssues(parsed.error.issues)[0]?.path).toBe('')
  })

  it('says a form’s own words by the last part of the path, the first issue per field', () => {
    const errors = fieldMessages(
      [
        { path: 'remedies.1.doseMg', message: 'Too small' },
        { path: 'remedies.1.doseMg', message: 'Not a number' },
        { path: 'pain', message: 'Expected number, received NaN' },
        { path: 'triggerIds', message: 'Unknown trigger: 9' },
      ],
      CHECKIN_WORDS,
    )
    expect(errors).toEqual({
      'remedies.1.doseMg': CHECKIN_WORDS['doseMg'],
      pain: CHECKIN_WORDS['pain'],
      triggerIds: 'Unknown trigger: 9',
    })
  })

  it('turns a day record the schema refuses into one message per field', () => {
    const parsed = dayRecord.safeParse({
      day: '2026-03-01',
      sleepQuality: 11,
      enjoymentInterference: null,
      activityInterference: null,
      minutesWalked: 2000,
      note: '',
    })
    expect(parsed.success).toBe(false)
    if (parsed.success) return
    const errors = fieldMessages(fieldIssues(parsed.error.issues), { minutesWalked: 'Minutes!' })
    expect(Object.keys(errors).sort()).toEqual(['minutesWalked', 'sleepQuality'])
    expect(errors['minutesWalked']).toBe('Minutes!')
  })

  it('sums the issues up in one line for the envelope', () => {
    expect(describeIssues([])).toBe('The request was not valid.')
    expect(
      describeIssues([
        { path: 'pain', message: 'Too big' },
        { path: 'note', message: 'Too long' },
      ]),
    ).toBe('pain: Too big (and 1 more)')
  })

  it('is what the router answers a refused payload with', async () => {
    const router = createRouter({} as ServiceContext)
    const answer = await router.handle('checkins:save', { at: 'yesterday', pain: 12 })
    expect(answer.ok).toBe(false)
    if (answer.ok) return
    const parsed = checkinInput.safeParse({ at: 'yesterday', pain: 12 })
    expect(parsed.success).toBe(false)
    if (parsed.success) return
    const expected = fieldIssues(parsed.error.issues)
    expect(answer.error).toEqual({
      kind: 'validation',
      message: describeIssues(expected),
      issues: expected,
    })
  })
})
