import { describe, expect, it } from 'vitest'
import { flagsOn } from '../support/flags'
import fc from 'fast-check'
import { DEFAULT_DAILY_LIMITS_MG } from '../../src/shared/catalog'
import { addDaysToDay, eachDay } from '../../src/shared/days'
import type { DayPain } from '../../src/shared/episodes'
import {
  consecutiveUseRuns,
  longestConsecutiveUse,
  medicationOverLimitDays,
  type FlagInput,
  type FlagKind,
  type RemedyDay,
} from '../../src/shared/flags'
import { SEVERITIES } from '../../src/shared/severity'

const AS_OF = '2026-06-30'
const ago = (n: number): string => addDaysToDay(AS_OF, -n)
const painFrom = (from: string, to: string, worst = 5): DayPain[] =>
  eachDay(from, to).map((day) => ({ day, worst }))
const uses = (key: string, days: readonly string[], doseMg: number | null = null): RemedyDay[] =>
  days.map((day) => ({ day, remedyKey: key, doseMg }))
/** The days from `fromAgo` days ago to `toAgo` days ago. */
const daysAgo = (fromAgo: number, toAgo: number): string[] => eachDay(ago(fromAgo), ago(toAgo))

const flagsFor = (input: Partial<FlagInput>) => flagsOn(AS_OF, input)
const flagOf = (kind: FlagKind, input: Partial<FlagInput>) =>
  flagsFor(input).find((f) => f.kind === kind)

describe('computeFlags', () => {
  it('raises nothing for an empty journal or a short, easing episode', () => {
    expect(flagsFor({})).toEqual([])
    expect(flagsFor({ days: painFrom(ago(5), AS_OF) })).toEqual([])
  })

  it('puts the most serious first, each flag in the one severity vocabulary', () => {
    const flags = flagsFor({
      days: [{ day: ago(300), worst: 4 }, { day: ago(200), worst: 4 }, ...painFrom(ago(59), AS_OF)],
      redFlags: [{ day: AS_OF, flag: 'fever' }],
      remedyDays: [
        ...uses('bed-rest', daysAgo(3, 0)),
        ...uses('ibuprofen', [AS_OF], 1600),
        ...uses('naproxen', [AS_OF], 220),
        ...uses('acetaminophen', [ago(1)], 5000),
      ],
    })
    expect(flags.map((f) => [f.kind, f.level])).toEqual([
      ['red-flag', 'today'],
      ['acetaminophen-high', 'today'],
      ['long-episode', 'visit'],
      ['recurring', 'visit'],
      ['not-improving', 'visit'],
      ['medication', 'visit'],
      ['anti-inflammatories-together', 'visit'],
      ['long-bed-rest', 'info'],
    ])
    for (const f of flags) {
      expect(SEVERITIES).toContain(f.level)
      expect(f.reason).toMatch(/^[A-Z0-9“].*\.$/)
      expect(f.forClinician).toMatch(/^[A-Z0-9].*\.$/)
      // The clinician's text is in the third person.
      expect(f.forClinician).not.toMatch(/\byou(r)?\b/i)
    }
  })

  it('rejects invalid rows with a RangeError naming the value', () => {
    expect(() => flagsFor({ asOf: '2026-02-30' })).toThrow(/2026-02-30/)
    expect(() => flagsFor({ redFlags: [{ day: '2026-6-1', flag: 'fever' }] })).toThrow(/2026-6-1/)
    expect(() => flagsFor({ remedyDays: uses('rest', ['2026-06-31']) })).toThrow(RangeError)
    expect(() => flagsFor({ remedyDays: uses('ibuprofen', [AS_OF], -200) })).toThrow(/-200/)
    expect(() =>
      flagsFor({ remedyDays: uses('ibuprofen', [AS_OF], 400), dailyLimitsMg: { ibuprofen: 0 } }),
    ).toThrow(/ibuprofen/)
    expect(() => flagsFor({ rules: { watchDays: 0 } })).toThrow(/watchDays/)
  })
})

describe('red flag', () => {
  it('is raised for a warning sign on the 30th day of the window, not the 31st', () => {
    const on = (day: string) => flagOf('red-flag', { redFlags: [{ day, flag: 'saddle-numbness' }] })
    expect(on(AS_OF)?.level).toBe('emergency')
    expect(on(ago(29))?.level).toBe('emergency')
    expect(on(ago(30))).toBeUndefined()
    expect(on(addDaysToDay(AS_OF, 1))).toBeUndefined()
  })

  it('names each sign once, with the latest day, most serious first', () => {
    const flag = flagOf('red-flag', {
      redFlags: [
        { day: ago(10), flag: 'fever' },
        { day: ago(2), flag: 'fever' },
        { day: ago(5), flag: 'leg-weakness' },
      ],
    })
    expect(flag?.level).toBe('emergency')
    expect(flag?.reason).toMatch(
      /^You recorded “new or worsening weakness or numbness in a leg” \(25 June 2026\), “a fever, or feeling generally unwell, with the back pain” \(28 June 2026\)\./,
    )
    expect(flag?.forClinician).toBe(
      'Warning signs recorded in the last 30 days, not yet seen by a doctor: new or worsening ' +
        'weakness or numbness in a leg (25 Jun 2026); a fever, or feeling generally unwell, with ' +
        'the back pain (28 Jun 2026).',
    )
    expect(flag?.numbers).toMatchObject({ records: 3, lastDay: ago(2) })
  })
})

describe('long episode', () => {
  const ongoingDays = (n: number) => ({ days: painFrom(ago(n - 1), AS_OF) })

  it('is absent at 41 days, book-a-visit from 42 on, with words for six and for eight weeks', () => {
    expect(flagOf('long-episode', ongoingDays(41))).toBeUndefined()
    for (const n of [42, 55, 56])
      expect(flagOf('long-episode', ongoingDays(n))?.level).toBe('visit')
    expect(flagOf('long-episode', ongoingDays(55))?.title).toBe(
      'A good time to book a doctor visit',
    )
    expect(flagOf('long-episode', ongoingDays(56))?.title).toBe(
      'Book a doctor visit for this episode',
    )
  })

  it('gives the day of the episode and the threshold in words', () => {
    const watch = flagOf('long-episode', ongoingDays(47))
    expect(watch?.reason).toBe(
      'This episode has gone on for six weeks or more (day 47). Most episodes ease within six ' +
        'to eight weeks, so a doctor can check how this one is going.',
    )
    expect(watch?.forClinician).toBe(
      'Current episode on day 47 (since 15 May 2026): six weeks or more.',
    )
    expect(watch?.numbers).toMatchObject({
      dayOfEpisode: 47,
      start: ago(46),
      watchDays: 42,
      levelSince: ago(5),
    })
    expect(flagOf('long-episode', ongoingDays(60))?.reason).toMatch(
      /^This episode has gone on for eight weeks or more \(day 60\)\. .*checked by a doctor\.$/,
    )
  })

  it('stays while a long episode is settling, and goes once it has ended', () => {
    const days = painFrom(ago(69), ago(10))
    expect(flagOf('long-episode', { days })?.reason).toMatch(/lasted 60 days/)
    expect(flagOf('long-episode', { days: painFrom(ago(99), ago(40)) })).toBeUndefined()
  })

  it('follows custom rules', () => {
    const flag = flagOf('long-episode', { ...ongoingDays(20), rules: { watchDays: 20 } })
    expect(flag?.level).toBe('visit')
    expect(flag?.reason).toContain('20 days or more')
  })
})

describe('recurring', () => {
  const episodesStarting = (...agos: number[]) => ({
    days: agos.map((n) => ({ day: ago(n), worst: 6 })),
  })

  it('needs 3 episodes starting in the 365 days up to asOf, not 2', () => {
    expect(flagOf('recurring', episodesStarting(364, 200, 100))?.level).toBe('visit')
    expect(flagOf('recurring', episodesStarting(200, 100))).toBeUndefined()
  })

  it('counts a start 364 days before asOf but not 365', () => {
    expect(flagOf('recurring', episodesStarting(365, 200, 100))).toBeUndefined()
    expect(flagOf('recurring', episodesStarting(400, 364, 200, 100))?.numbers).toMatchObject({
      episodes: 3,
      latestStart: ago(100),
    })
  })

  it('includes the current episode', () => {
    const flag = flagOf('recurring', episodesStarting(300, 150, 0))
    expect(flag?.reason).toMatch(/^3 episodes began in the last 12 months/)
  })
})

describe('not improving', () => {
  it('needs an ongoing episode of 14 days, not 13', () => {
    expect(flagOf('not-improving', { days: painFrom(ago(12), AS_OF) })).toBeUndefined()
    expect(flagOf('not-improving', { days: painFrom(ago(13), AS_OF) })?.level).toBe('visit')
  })

  it('flags when the last week is as bad as or worse than the first, not when it is better', () => {
    const episode = (firstWeek: number, lastWeek: number) => ({
      days: [...painFrom(ago(19), ago(13), firstWeek), ...painFrom(ago(6), AS_OF, lastWeek)],
    })
    expect(flagOf('not-improving', episode(5, 5))).toBeDefined()
    expect(flagOf('not-improving', episode(5, 7))?.numbers).toMatchObject({
      dayOfEpisode: 20,
      firstWeekMean: 5,
      lastWeekMean: 7,
    })
    expect(flagOf('not-improving', episode(6, 5))).toBeUndefined()
  })

  it('compares means of the logged days, low-pain days included', () => {
    const days = [
      ...painFrom(ago(19), ago(13), 6),
      { day: ago(6), worst: 8 },
      { day: ago(3), worst: 1 },
      { day: AS_OF, worst: 8 },
    ]
    // Last week: (8 + 1 + 8) / 3 = 5.67 < 6.
    expect(flagOf('not-improving', { days })).toBeUndefined()
    days.push({ day: ago(1), worst: 9 })
    // (8 + 1 + 9 + 8) / 4 = 6.5 >= 6.
    expect(flagOf('not-improving', { days })?.reason).toContain('averaged 6.0')
  })

  it('needs at least 3 logged days in each week', () => {
    const sparse = (firstLogged: number, lastLogged: number) => ({
      days: [
        ...painFrom(ago(19), ago(20 - firstLogged)),
        { day: ago(10), worst: 5 },
        ...painFrom(ago(lastLogged - 1), AS_OF),
      ],
    })
    expect(flagOf('not-improving', sparse(3, 3))).toBeDefined()
    expect(flagOf('not-improving', sparse(2, 3))).toBeUndefined()
    expect(flagOf('not-improving', sparse(3, 2))).toBeUndefined()
  })

  it('does not apply to a settling episode', () => {
    expect(flagOf('not-improving', { days: painFrom(ago(30), ago(8)) })).toBeUndefined()
  })
})

describe('long bed rest', () => {
  it('needs bed rest on 3 consecutive days, not 2', () => {
    expect(flagOf('long-bed-rest', { remedyDays: uses('bed-rest', daysAgo(1, 0)) })).toBeUndefined()
    const flag = flagOf('long-bed-rest', { remedyDays: uses('bed-rest', daysAgo(2, 0)) })
    expect(flag?.level).toBe('info')
    expect(flag?.numbers).toMatchObject({ consecutiveDays: 3, end: AS_OF })
  })

  it('does not count a short rest, however many days in a row', () => {
    expect(flagOf('long-bed-rest', { remedyDays: uses('rest', daysAgo(6, 0)) })).toBeUndefined()
  })

  it('needs the last of them on the 7th day of the window or later, not the 8th', () => {
    expect(flagOf('long-bed-rest', { remedyDays: uses('bed-rest', daysAgo(8, 6)) })).toBeDefined()
    expect(flagOf('long-bed-rest', { remedyDays: uses('bed-rest', daysAgo(9, 7)) })).toBeUndefined()
  })

  it('does not count gaps, repeats on one day, other remedies or days after asOf', () => {
    const gap = uses('bed-rest', [ago(4), ago(2), AS_OF])
    expect(flagOf('long-bed-rest', { remedyDays: gap })).toBeUndefined()
    const repeats = uses('bed-rest', [ago(1), ago(1), AS_OF, AS_OF])
    expect(flagOf('long-bed-rest', { remedyDays: repeats })).toBeUndefined()
    const other = uses('heat', daysAgo(5, 0))
    expect(flagOf('long-bed-rest', { remedyDays: other })).toBeUndefined()
    const future = uses('bed-rest', [ago(1), AS_OF, addDaysToDay(AS_OF, 1)])
    expect(flagOf('long-bed-rest', { remedyDays: future })).toBeUndefined()
  })

  it('explains that moving helps', () => {
    const flag = flagOf('long-bed-rest', { remedyDays: uses('bed-rest', daysAgo(3, 0)) })
    expect(flag?.reason).toMatch(/^You recorded bed rest 4 days in a row.*moving around gently/)
  })
})

describe('medication', () => {
  const ibuprofen = (day: string, ...doses: number[]) =>
    doses.flatMap((d) => uses('ibuprofen', [day], d))

  it('is absent at the daily limit and raised above it, summing the day', () => {
    expect(flagOf('medication', { remedyDays: ibuprofen(AS_OF, 400, 400, 400) })).toBeUndefined()
    const flag = flagOf('medication', { remedyDays: ibuprofen(AS_OF, 400, 400, 400, 200) })
    expect(flag?.level).toBe('visit')
    expect(flag?.numbers).toMatchObject({ lastOverLimitTotalMg: 1400, lastOverLimitLimitMg: 1200 })
    expect(flag?.reason).toContain('1,400 mg of Ibuprofen')
  })

  it('says a default limit is the over-the-counter label maximum, and a set one is not', () => {
    const flag = flagOf('medication', { remedyDays: ibuprofen(AS_OF, 1600) })
    expect(flag?.reason).toContain(
      'limit 1,200 mg, the label maximum for over-the-counter use — change it if your doctor ' +
        'prescribed a different dose)',
    )
    expect(flag?.forClinician).toContain('limit 1,200 mg, the over-the-counter label maximum')
    const own = flagOf('medication', {
      remedyDays: ibuprofen(AS_OF, 1000),
      dailyLimitsMg: { ...DEFAULT_DAILY_LIMITS_MG, ibuprofen: 800 },
    })
    expect(own?.reason).not.toContain('label maximum')
    expect(own?.forClinician).toContain('limit 800 mg, set by the patient')
  })

  it('uses the limits given, per medicine', () => {
    const naproxen = (mg: number) => uses('naproxen', [AS_OF], mg)
    expect(flagOf('medication', { remedyDays: naproxen(660) })).toBeUndefined()
    expect(flagOf('medication', { remedyDays: naproxen(661) })).toBeDefined()
    const limits = { ...DEFAULT_DAILY_LIMITS_MG, ibuprofen: 800 }
    expect(
      flagOf('medication', { remedyDays: ibuprofen(AS_OF, 1000), dailyLimitsMg: limits }),
    ).toBeDefined()
    const noLimit = uses('muscle-relaxant', [AS_OF], 5000)
    expect(flagOf('medication', { remedyDays: noLimit })).toBeUndefined()
  })

  it('looks at the last 30 days only', () => {
    expect(flagOf('medication', { remedyDays: ibuprofen(ago(29), 1600) })).toBeDefined()
    expect(flagOf('medication', { remedyDays: ibuprofen(ago(30), 1600) })).toBeUndefined()
  })

  it('is raised after more than 10 consecutive days of an anti-inflammatory', () => {
    const run = (n: number) => ({ remedyDays: uses('ibuprofen', daysAgo(n - 1, 0), 400) })
    expect(flagOf('medication', run(10))).toBeUndefined()
    const flag = flagOf('medication', run(11))
    expect(flag?.numbers).toMatchObject({ consecutiveDays: 11, consecutiveEnd: AS_OF })
    expect(flag?.reason).toMatch(/^You took an anti-inflammatory .* 11 days in a row/)
  })

  it('counts ibuprofen and naproxen together, but not acetaminophen', () => {
    const mixed = [...uses('ibuprofen', daysAgo(10, 5), 400), ...uses('naproxen', daysAgo(4, 0))]
    expect(flagOf('medication', { remedyDays: mixed })?.numbers.consecutiveDays).toBe(11)
    const withParacetamol = [
      ...uses('ibuprofen', daysAgo(10, 5), 400),
      ...uses('acetaminophen', daysAgo(4, 0), 500),
    ]
    expect(flagOf('medication', { remedyDays: withParacetamol })).toBeUndefined()
  })

  it('ignores a long run that ended before the last 30 days', () => {
    expect(flagOf('medication', { remedyDays: uses('naproxen', daysAgo(50, 30)) })).toBeUndefined()
    expect(flagOf('medication', { remedyDays: uses('naproxen', daysAgo(50, 29)) })).toBeDefined()
  })

  it('puts both reasons in one flag', () => {
    const remedyDays = [...uses('ibuprofen', daysAgo(11, 0), 400), ...ibuprofen(ago(3), 1000)]
    const flags = flagsFor({ remedyDays }).filter((f) => f.kind === 'medication')
    expect(flags).toHaveLength(1)
    expect(flags[0]?.reason).toMatch(
      /^On 1 day in the last 30 days.*, and you took an anti-inflammatory/,
    )
  })
})

describe('acetaminophen above 4,000 mg in a day', () => {
  const acetaminophen = (day: string, ...doses: number[]) =>
    doses.flatMap((d) => uses('acetaminophen', [day], d))

  it('is see-a-doctor-today above 4,000 mg, not at it', () => {
    expect(
      flagOf('acetaminophen-high', { remedyDays: acetaminophen(AS_OF, 2000, 2000) }),
    ).toBeUndefined()
    const flag = flagOf('acetaminophen-high', {
      remedyDays: acetaminophen(AS_OF, 2000, 2000, 500),
    })
    expect(flag?.level).toBe('today')
    expect(flag?.reason).toMatch(/4,500 mg of Acetaminophen \(paracetamol\)\. .*liver.*today\.$/)
    expect(flag?.forClinician).toBe(
      'Acetaminophen (paracetamol) 4,500 mg in one day on 30 Jun 2026 (above 4,000 mg).',
    )
  })

  it('looks at the last 30 days, whatever limit the person set (DESIGN.md section 3)', () => {
    expect(flagOf('acetaminophen-high', { remedyDays: acetaminophen(ago(10), 4500) })?.level).toBe(
      'today',
    )
    expect(flagOf('acetaminophen-high', { remedyDays: acetaminophen(ago(29), 5000) })).toBeDefined()
    expect(
      flagOf('acetaminophen-high', { remedyDays: acetaminophen(ago(30), 5000) }),
    ).toBeUndefined()
    // A limit of 5,000 mg set by the person: no day above it, but still above 4,000 mg.
    const ownLimit = flagsFor({
      remedyDays: acetaminophen(ago(10), 4500),
      dailyLimitsMg: { acetaminophen: 5000 },
    })
    expect(ownLimit.map((f) => [f.kind, f.level])).toEqual([['acetaminophen-high', 'today']])
    // The limit flag counts that day too, as the medication log does.
    const both = [...acetaminophen(ago(1), 5000), ...uses('ibuprofen', [ago(4)], 1600)]
    const medication = flagOf('medication', { remedyDays: both })
    expect(medication?.reason).toMatch(/^On 2 days in the last 30 days you took more/)
    expect(medication?.numbers['overLimitDays']).toBe(2)
  })

  it('above the person’s own limit but not 4,000 mg stays book-a-visit', () => {
    const flags = flagsFor({ remedyDays: acetaminophen(AS_OF, 1000, 1000, 1000, 500) })
    expect(flags.map((f) => [f.kind, f.level])).toEqual([['medication', 'visit']])
  })
})

describe('two anti-inflammatories on the same day', () => {
  it('is raised for ibuprofen and naproxen on one journal day, not on consecutive days', () => {
    const sameDay = [...uses('ibuprofen', [ago(4)], 400), ...uses('naproxen', [ago(4)], 220)]
    const flag = flagOf('anti-inflammatories-together', { remedyDays: sameDay })
    expect(flag?.level).toBe('visit')
    expect(flag?.reason).toMatch(/^On 1 day in the last 30 days you took two anti-inflammatories/)
    expect(flag?.numbers).toMatchObject({ days: 1, lastDay: ago(4) })
    const apart = [...uses('ibuprofen', [ago(4)], 400), ...uses('naproxen', [ago(3)], 220)]
    expect(flagOf('anti-inflammatories-together', { remedyDays: apart })).toBeUndefined()
    const twiceOne = uses('ibuprofen', [ago(4), ago(4)], 400)
    expect(flagOf('anti-inflammatories-together', { remedyDays: twiceOne })).toBeUndefined()
  })

  it('looks at the last 30 days', () => {
    const on = (n: number) => [
      ...uses('ibuprofen', [ago(n)], 200),
      ...uses('naproxen', [ago(n)], 220),
    ]
    expect(flagOf('anti-inflammatories-together', { remedyDays: on(29) })).toBeDefined()
    expect(flagOf('anti-inflammatories-together', { remedyDays: on(30) })).toBeUndefined()
  })
})

describe('medicationOverLimitDays', () => {
  it('lists every day and medicine above its limit in the period, with totals', () => {
    const remedyDays: RemedyDay[] = [
      ...uses('ibuprofen', ['2026-03-01', '2026-03-01', '2026-03-01', '2026-03-01'], 400),
      ...uses('naproxen', ['2026-03-01'], 880),
      ...uses('ibuprofen', ['2026-03-02'], 1200),
      ...uses('acetaminophen', ['2026-03-03', '2026-03-03'], 2000),
      ...uses('acetaminophen', ['2026-03-05', '2026-03-05'], 2000),
      ...uses('ibuprofen', ['2026-03-04'], null),
    ]
    expect(
      medicationOverLimitDays(remedyDays, DEFAULT_DAILY_LIMITS_MG, '2026-03-01', '2026-03-04'),
    ).toEqual([
      { day: '2026-03-01', medicine: 'ibuprofen', totalMg: 1600, limitMg: 1200 },
      { day: '2026-03-01', medicine: 'naproxen', totalMg: 880, limitMg: 660 },
      { day: '2026-03-03', medicine: 'acetaminophen', totalMg: 4000, limitMg: 3000 },
    ])
  })
})

describe('consecutive use', () => {
  const remedyDays = [
    ...uses('ibuprofen', eachDay('2026-03-01', '2026-03-04')),
    ...uses('naproxen', eachDay('2026-03-05', '2026-03-06')),
    ...uses('ibuprofen', eachDay('2026-03-10', '2026-03-12')),
    ...uses('heat', eachDay('2026-03-07', '2026-03-09')),
  ]

  it('finds runs of days on which any of the medicines was taken', () => {
    expect(consecutiveUseRuns(remedyDays, ['ibuprofen', 'naproxen'], '2026-03-11')).toEqual([
      { start: '2026-03-01', end: '2026-03-06', days: 6 },
      { start: '2026-03-10', end: '2026-03-11', days: 2 },
    ])
  })

  it('gives the longest run reaching into the period, counted in full', () => {
    const keys = ['ibuprofen', 'naproxen']
    expect(longestConsecutiveUse(remedyDays, keys, '2026-03-06', '2026-03-31')).toEqual({
      start: '2026-03-01',
      end: '2026-03-06',
      days: 6,
    })
    expect(longestConsecutiveUse(remedyDays, keys, '2026-03-07', '2026-03-31')?.days).toBe(3)
    expect(longestConsecutiveUse(remedyDays, keys, '2026-03-13', '2026-03-31')).toBeNull()
  })

  it('the longest run found from the period is the longest of all the runs reaching into it', () => {
    // Runs of up to 100 days: some reach back further than the flag first looks.
    const run = fc
      .record({
        start: fc.nat(150),
        days: fc.integer({ min: 1, max: 100 }),
        remedyKey: fc.constantFrom('ibuprofen', 'naproxen', 'heat', null),
      })
      .map(({ start, days, remedyKey }) =>
        eachDay(
          addDaysToDay('2026-01-01', start),
          addDaysToDay('2026-01-01', start + days - 1),
        ).map((day) => ({ day, remedyKey, doseMg: null })),
      )
    const keys = ['ibuprofen', 'naproxen']
    const offset = fc.nat(260)
    fc.assert(
      fc.property(fc.array(run, { maxLength: 6 }), offset, offset, (runs, a, b) => {
        const rows = runs.flat()
        const [from, to] = [addDaysToDay('2026-01-01', a), addDaysToDay('2026-01-01', b)]
        // The plain definition: every run up to `to`, the longest ending on or after `from`.
        const plain = consecutiveUseRuns(rows, keys, to)
          .filter((r) => r.end >= from)
          .reduce<ReturnType<typeof longestConsecutiveUse>>(
            (best, r) => (best === null || r.days >= best.days ? r : best),
            null,
          )
        expect(longestConsecutiveUse(rows, keys, from, to)).toEqual(plain)
      }),
    )
  })
})
