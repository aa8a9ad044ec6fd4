/**
 * Under a locale that writes decimals with a comma (de-DE), the flags keep their numbers as
 * numbers: the not-improving flag once read its own words back ("4,3") and showed NaN. The words
 * follow the locale; the numbers do not depend on it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'

const RealNumberFormat = Intl.NumberFormat

/** The modules as a computer set to `locale` loads them (number formats are made and kept). */
async function underLocale(locale: string) {
  class LocaleNumberFormat extends RealNumberFormat {
    constructor(l?: string | string[], options?: Intl.NumberFormatOptions) {
      super(l ?? locale, options)
    }
  }
  vi.stubGlobal('Intl', { ...Intl, NumberFormat: LocaleNumberFormat })
  vi.resetModules()
  const flags = await import('../../src/shared/flags')
  const days = await import('../../src/shared/days')
  const words = await import('../../src/renderer/src/features/today/insights-words')
  return { ...flags, ...days, ...words }
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.resetModules()
})

describe('flags under a German locale', () => {
  it('the not-improving flag keeps its means as numbers and writes them with a comma', async () => {
    const { computeFlags, addDaysToDay, flagNumbers } = await underLocale('de-DE')
    const asOf = '2026-06-30'
    const start = addDaysToDay(asOf, -20)
    // First week 4, 4, 5 (mean 4.33…), last week 5, 5, 5: not easing.
    const days = [
      ...[0, 1, 2].map((n, i) => ({ day: addDaysToDay(start, n), worst: [4, 4, 5][i] as number })),
      ...[8, 11].map((n) => ({ day: addDaysToDay(start, n), worst: 3 })),
      ...[18, 19, 20].map((n) => ({ day: addDaysToDay(start, n), worst: 5 })),
    ]
    const flag = computeFlags({ asOf, days, redFlags: [], remedyDays: [], dailyLimitsMg: {} }).find(
      (f) => f.kind === 'not-improving',
    )
    expect(flag?.numbers).toMatchObject({ firstWeekMean: 4.3, lastWeekMean: 5 })
    expect(flag?.reason).toContain('averaged 4,3 in the first week of this episode and 5,0')
    const shown = flagNumbers(flag?.numbers ?? {})
    expect(shown).toContainEqual({ label: 'Average worst, first week', value: '4,3' })
    expect(JSON.stringify(flag)).not.toContain('NaN')
    expect(JSON.stringify(shown)).not.toContain('NaN')
  })
})
