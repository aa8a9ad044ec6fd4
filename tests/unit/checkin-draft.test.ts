import { describe, expect, it } from 'vitest'
import { initialDraft, stampOf } from '../../src/renderer/src/checkin/checkin-mode'
import { unusualDoses } from '../../src/shared/doses'
import { formatMg } from '../../src/shared/locale-format'
import { decimalSeparator } from '../../src/shared/typed-number'
import type { Checkin } from '../../src/shared/domain'
import { fieldMessages } from '../../src/shared/field-issues'
import {
  CHECKIN_WORDS,
  EMPTY_DRAFT,
  sameAsLastTime,
  validateDraft,
} from '../../src/renderer/src/checkin/checkin-draft'

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
          { remedyId: 14, dose: `27${decimalSeparator()}5`, minutes: '', relief: null },
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
    const issues = [{ path: 'triggerIds', message: 'Unknown trigger: 9' }]
    expect(fieldMessages(issues, CHECKIN_WORDS)).toEqual({ triggerIds: 'Unknown trigger: 9' })
  })

  it('"same as last time" fills where, spasm, when and triggers; what was tried is only offered', () => {
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
      redFlags: ['fever'],
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
      spasm: true,
      regions: ['lower-back-left'],
      context: 'sitting',
      triggerIds: [2],
      // Nothing tried is recorded by the tap, least of all the ibuprofen: it is offered.
      remedies: [],
      suggested: [
        { remedyId: 13, dose: '400', minutes: '', relief: null },
        { remedyId: 6, dose: '', minutes: '15', relief: null },
      ],
    })
    // Saved at once, the check-in holds no medicine.
    const checked = validateDraft(draft, AT, NOW)
    expect(checked.ok && checked.input.remedies).toEqual([])
  })

  it('"same as last time" keeps what is already chosen now', () => {
    const last = {
      id: 1,
      at: AT,
      day: '2026-03-01',
      pain: 7,
      spasm: true,
      regions: ['lower-back-left'],
      context: 'sitting',
      triggerIds: [2],
      remedies: [],
      redFlags: [],
      note: '',
    } satisfies Checkin
    const now = { ...EMPTY_DRAFT, spasm: false, regions: ['mid-back' as const], triggerIds: [5] }
    const draft = sameAsLastTime(now, last, { trigger: () => true, remedy: () => true })
    expect(draft).toMatchObject({ spasm: false, regions: ['mid-back'], triggerIds: [5, 2] })
  })

  it('reads a dose written as plain digits only, and refuses one past the ceiling', () => {
    const withDose = (dose: string) =>
      validateDraft(
        { ...EMPTY_DRAFT, pain: 4, remedies: [{ remedyId: 13, dose, minutes: '', relief: null }] },
        AT,
        NOW,
      )
    for (const dose of ['1e5', '1e3', '0x10', 'Infinity', '100000', '10001']) {
      const checked = withDose(dose)
      expect(checked.ok, dose).toBe(false)
      if (!checked.ok) expect(checked.errors['remedies.0.doseMg']).toMatch(/at most 10,000/)
    }
    expect(withDose('10000').ok).toBe(true)
    for (const dose of ['4000.5', `4000${decimalSeparator()}5`]) {
      expect(withDose(dose)).toMatchObject({ ok: true, input: { remedies: [{ doseMg: 4000.5 }] } })
    }
    // Where a comma groups thousands, "1,200" is not read as 1.2: the person is asked again.
    if (decimalSeparator() === '.') expect(withDose('1,200').ok).toBe(false)
  })
})

describe('unusual doses', () => {
  const limits = [
    { remedyId: 13, dailyLimitMg: 1200 },
    { remedyId: 15, dailyLimitMg: 3000 },
  ]

  it('are those above their medicine’s whole daily limit in one dose', () => {
    expect(
      unusualDoses(
        [
          { remedyId: 13, doseMg: 1200 },
          { remedyId: 15, doseMg: 4000 },
          { remedyId: 6, doseMg: 50_000 },
          { remedyId: 13, doseMg: null },
        ],
        limits,
      ),
    ).toEqual([{ remedyId: 15, doseMg: 4000, dailyLimitMg: 3000 }])
  })

  it('are written the way people read them', () => {
    expect(formatMg(4000)).toBe('4,000 mg')
    expect(formatMg(27.5)).toBe('27.5 mg')
    expect(formatMg(200)).toBe('200 mg')
  })
})

describe('the one form’s modes', () => {
  const stored: Checkin = {
    id: 7,
    at: '2026-11-01T01:45:00-04:00',
    day: '2026-10-31',
    pain: 6,
    spasm: true,
    regions: ['lower-back-left'],
    context: 'lying',
    triggerIds: [2],
    remedies: [{ remedyId: 13, doseMg: 200.5, minutes: null, relief: 1 }],
    redFlags: ['fever'],
    note: 'at night',
  }
  const edit = { kind: 'edit', checkin: stored } as const

  it('an edit starts from the check-in in full, and saves back the same values', () => {
    const draft = initialDraft(edit)
    expect(draft.time).toBe('01:45')
    const at = stampOf(edit, draft, NOW, 4)
    // An unchanged time keeps the stamp as recorded, offset and all.
    expect(at).toBe(stored.at)
    const checked = validateDraft(draft, at!, new Date('2026-11-02T00:00:00Z'))
    expect(checked).toMatchObject({
      ok: true,
      input: {
        pain: 6,
        spasm: true,
        regions: ['lower-back-left'],
        context: 'lying',
        triggerIds: [2],
        remedies: [{ remedyId: 13, doseMg: 200.5, minutes: null, relief: 1 }],
        redFlags: ['fever'],
        note: 'at night',
      },
    })
  })

  it('a changed time is written on the check-in’s own journal day', () => {
    const at = stampOf(edit, { ...initialDraft(edit), time: '02:10' }, NOW, 4)
    // Before the day-start hour: still the night after 31 October.
    expect(at).toMatch(/^2026-11-01T02:10:00/)
    expect(stampOf(edit, { ...initialDraft(edit), time: '25:00' }, NOW, 4)).toBeNull()
  })

  it('a new check-in on a chosen day starts empty at its default time', () => {
    const day = { kind: 'day', day: '2026-02-19', defaultTime: '12:00' } as const
    expect(initialDraft(day)).toEqual({ ...EMPTY_DRAFT, time: '12:00' })
    expect(stampOf(day, initialDraft(day), NOW, 4)).toMatch(/^2026-02-19T12:00:00/)
  })
})
