import { describe, expect, it } from 'vitest'
import type { InsightsEpisode, RemedyTried } from '../../src/shared/insights-schema'
import {
  episodeSentence,
  flagNumbers,
  remedySentence,
  shortDay,
} from '../../src/renderer/src/features/today/insights-words'
import { formatMg, formatWhole } from '../../src/shared/locale-format'
import { oneDecimal } from '../../src/shared/stats/format'
import { computeFlags } from '../../src/shared/flags'
import { DEFAULT_DAILY_LIMITS_MG } from '../../src/shared/catalog'
import { addDaysToDay } from '../../src/shared/days'

const episode: InsightsEpisode = {
  start: '2025-11-02',
  end: '2025-11-24',
  dayNumber: 23,
  durationDays: 23,
  painDays: 20,
  peak: 7,
  status: 'ongoing',
  level: 'none',
}

describe('the episode in words', () => {
  it('says the day, the start with a short month and the worst', () => {
    expect(episodeSentence(episode, '2025-11-24')).toBe(
      'Day 23 of this episode, started 2 Nov, worst 7.',
    )
  })

  it('adds the year only when the episode began in another year', () => {
    expect(shortDay('2025-12-20', '2026-01-10')).toBe('20 Dec 2025')
    expect(shortDay('2026-01-02', '2026-01-10')).toBe('2 Jan')
  })

  it('says a settling episode is settling, with its last pain day', () => {
    const settling = { ...episode, status: 'settling' as const, end: '2025-11-14' }
    expect(episodeSentence(settling, '2025-11-24')).toBe(
      'This episode is settling: started 2 Nov, last pain day 14 Nov, worst 7.',
    )
  })
})

describe('flag numbers in words', () => {
  it('labels known numbers, writes days as the reason does and leaves out the words already said', () => {
    expect(
      flagNumbers({ records: 2, lastDay: '2026-02-28', signs: 'Fever', status: 'ongoing' }),
    ).toEqual([
      { label: 'Times recorded', value: '2' },
      { label: 'Most recently', value: '28 February 2026' },
      { label: 'Now', value: 'Ongoing' },
    ])
  })

  it('writes doses and counts as the flag sentences do, with the locale helpers', () => {
    expect(
      flagNumbers({ liverMg: 4000, totalMg: 4500, overLimitDays: 1200, firstWeekMean: 4.3 }),
    ).toEqual([
      { label: 'Most in a day', value: formatMg(4000) },
      { label: 'Total that day', value: formatMg(4500) },
      { label: 'Days over a limit', value: formatWhole(1200) },
      { label: 'Average worst, first week', value: oneDecimal(4.3) },
    ])
  })
})

describe('a flag’s numbers read as its reason above them writes them', () => {
  const asOf = '2026-03-01'
  const flags = computeFlags({
    asOf,
    days: Array.from({ length: 20 }, (_, i) => ({ day: addDaysToDay(asOf, -i), worst: 6 })),
    redFlags: [],
    remedyDays: [{ day: asOf, remedyKey: 'acetaminophen', doseMg: 5000 }],
    dailyLimitsMg: DEFAULT_DAILY_LIMITS_MG,
  })
  const shown = (kind: string) => {
    const flag = flags.find((f) => f.kind === kind)
    if (!flag) throw new Error(`no ${kind} flag`)
    return { reason: flag.reason, numbers: flagNumbers(flag.numbers) }
  }

  it('a mean keeps its one decimal under the reason that says it so', () => {
    const { reason, numbers } = shown('not-improving')
    expect(reason).toContain('averaged 6.0 in the first week')
    expect(numbers).toContainEqual({ label: 'Average worst, first week', value: '6.0' })
    expect(numbers).toContainEqual({ label: 'Average worst, last week', value: '6.0' })
  })

  it('a day is written in full under the reason that names it in full', () => {
    const { reason, numbers } = shown('acetaminophen-high')
    expect(reason).toContain('On 1 March 2026 you took')
    expect(numbers).toContainEqual({ label: 'Day', value: '1 March 2026' })
  })
})

describe('a remedy tried in words', () => {
  const remedy: RemedyTried = {
    remedyId: 13,
    name: 'Ibuprofen',
    kind: 'medication',
    uses: 3,
    days: 2,
    doseMg: { min: 200, max: 400 },
    relief: { helpedALot: 1, helpedALittle: 2, noChange: 0, madeItWorse: 0, notRated: 0 },
  }
  it('says how often, the doses and how it helped', () => {
    expect(remedySentence(remedy)).toBe(
      'Ibuprofen (used 3 times over 2 days, 200–400 mg a dose): helped a lot once, helped a little twice.',
    )
  })
  it('says one dose once', () => {
    const once = {
      ...remedy,
      uses: 1,
      days: 1,
      doseMg: { min: 400, max: 400 },
      relief: { helpedALot: 0, helpedALittle: 0, noChange: 0, madeItWorse: 1, notRated: 0 },
    }
    expect(remedySentence(once)).toBe(
      'Ibuprofen (used once over 1 day, 400 mg a dose): made it worse once.',
    )
  })
})
