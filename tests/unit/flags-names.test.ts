/**
 * The medicine flags name a medicine as the catalog does now (issue 16, "one voice"): the
 * person's own medicine by its name, not its key, and a renamed built-in by its new name, as
 * Trends and the report do. Whether a limit is the label maximum, and the rules Settings lists,
 * come from the same constants the flags check.
 */
import { describe, expect, it } from 'vitest'
import { flagsOn } from '../support/flags'
import {
  ANTI_INFLAMMATORY_KEYS,
  DEFAULT_DAILY_LIMITS_MG,
  isLabelMaximum,
  nameFrom,
} from '../../src/shared/catalog'
import {
  ANTI_INFLAMMATORY_MAX_DAYS,
  MEDICINE_FLAG_LEVELS,
  medicineRules,
  type FlagInput,
  type RemedyDay,
} from '../../src/shared/flags'
import { addDaysToDay, eachDay } from '../../src/shared/days'

const AS_OF = '2026-06-30'
const use = (remedyKey: string, doseMg: number | null, day = AS_OF): RemedyDay => ({
  day,
  remedyKey,
  doseMg,
})
const flags = (input: Partial<FlagInput>) => flagsOn(AS_OF, input)

describe('the medicine flags name medicines through the catalog', () => {
  it("names the person's own medicine by its name, never its key", () => {
    const [flag] = flags({
      remedyDays: [use('remedy-12', 900)],
      dailyLimitsMg: { 'remedy-12': 600 },
      names: { 'remedy-12': 'Co-codamol' },
    })
    expect(flag?.kind).toBe('medication')
    expect(flag?.reason).toContain('900 mg of Co-codamol')
    expect(flag?.forClinician).toContain('900 mg Co-codamol')
    expect(flag?.numbers['lastOverLimitMedicine']).toBe('Co-codamol')
    expect(JSON.stringify(flag)).not.toContain('remedy-12')
  })

  it('names a renamed built-in by its new name, in every medicine flag', () => {
    const names = { ibuprofen: 'Nurofen', naproxen: 'Aleve', acetaminophen: 'Panadol' }
    const all = flags({
      remedyDays: [use('ibuprofen', 1600), use('naproxen', 200), use('acetaminophen', 4500)],
      names,
    })
    const text = all.map((f) => `${f.reason} ${f.forClinician}`).join(' ')
    expect(all.map((f) => f.kind)).toEqual([
      'acetaminophen-high',
      'medication',
      'anti-inflammatories-together',
    ])
    expect(text).toContain('4,500 mg of Panadol')
    expect(text).toContain('1,600 mg of Nurofen')
    expect(text).toContain('(Nurofen and Aleve)')
    expect(text).not.toMatch(/ibuprofen|naproxen|paracetamol/i)
  })

  it('says an anti-inflammatory run with the names the rule watches', () => {
    const run = eachDay(addDaysToDay(AS_OF, -ANTI_INFLAMMATORY_MAX_DAYS), AS_OF).map((d) =>
      use('ibuprofen', null, d),
    )
    const [flag] = flags({ remedyDays: run, names: { ibuprofen: 'Nurofen', naproxen: 'Aleve' } })
    expect(flag?.reason).toContain(
      `an anti-inflammatory (Nurofen or Aleve) ${ANTI_INFLAMMATORY_MAX_DAYS + 1} days in a row`,
    )
  })

  it('falls back to the built-in names when no catalog names are given', () => {
    const nameOf = nameFrom()
    expect(nameOf('naproxen')).toBe('Naproxen sodium')
    expect(nameOf('remedy-3')).toBe('remedy-3')
    expect(nameFrom({ naproxen: 'Aleve' })('naproxen')).toBe('Aleve')
  })
})

describe('one test of the label maximum, one list of the rules', () => {
  it('is a label maximum only at the default of that medicine', () => {
    expect(isLabelMaximum('ibuprofen', DEFAULT_DAILY_LIMITS_MG['ibuprofen']!)).toBe(true)
    expect(isLabelMaximum('ibuprofen', 800)).toBe(false)
    expect(isLabelMaximum('ibuprofen', null)).toBe(false)
    expect(isLabelMaximum('remedy-4', 1200)).toBe(false)
  })

  it("Settings' rules come from the flags' constants and severities", () => {
    const rules = medicineRules(nameFrom({ ibuprofen: 'Nurofen', naproxen: 'Aleve' }))
    expect(rules.map((r) => r.severity)).toEqual([
      MEDICINE_FLAG_LEVELS['acetaminophen-high'],
      MEDICINE_FLAG_LEVELS['anti-inflammatories-together'],
    ])
    expect(rules[0]?.words).toContain('more than 4,000 mg of Acetaminophen (paracetamol) in a day')
    expect(rules[1]?.words).toBe(
      `two anti-inflammatories (Nurofen and Aleve) on the same day, or one of them on more than ` +
        `${ANTI_INFLAMMATORY_MAX_DAYS} days in a row.`,
    )
    expect(ANTI_INFLAMMATORY_KEYS).toEqual(['ibuprofen', 'naproxen'])
  })
})
