import { describe, expect, it } from 'vitest'
import { addDaysToDay, eachDay } from '../../src/shared/days'
import {
  DEFAULT_EPISODE_RULES,
  currentEpisode,
  detectEpisodes,
  episodeDayNumber,
  episodeDaysWords,
  episodeSpanWords,
  type DayPain,
} from '../../src/shared/episodes'

const pain = (day: string, worst = 5): DayPain => ({ day, worst })
const painFrom = (from: string, to: string, worst = 5): DayPain[] =>
  eachDay(from, to).map((day) => pain(day, worst))
/** Pain on `start` and on the day `n` days later, nothing between. */
const twoPainDays = (start: string, n: number): DayPain[] => [
  pain(start),
  pain(addDaysToDay(start, n)),
]

describe('DEFAULT_EPISODE_RULES', () => {
  it('holds the published thresholds', () => {
    expect(DEFAULT_EPISODE_RULES).toEqual({
      painDayMin: 2,
      separationDays: 30,
      settleDays: 7,
      watchDays: 42,
      doctorDays: 56,
    })
  })
})

describe('detectEpisodes: pain days (rule 1)', () => {
  it('finds no episode in an empty or pain-free journal', () => {
    expect(detectEpisodes([], '2026-03-14')).toEqual([])
    expect(detectEpisodes(painFrom('2026-03-01', '2026-03-14', 1), '2026-03-14')).toEqual([])
  })

  it('counts a day as a pain day from worst 2, not 1', () => {
    expect(detectEpisodes([pain('2026-03-14', 1)], '2026-03-14')).toEqual([])
    expect(detectEpisodes([pain('2026-03-14', 2)], '2026-03-14')).toEqual([
      {
        start: '2026-03-14',
        end: '2026-03-14',
        painDays: 1,
        peak: 2,
        status: 'ongoing',
        durationDays: 1,
        level: 'none',
      },
    ])
  })

  it('keeps the highest worst of a duplicated day, whatever the order', () => {
    const asOf = '2026-03-14'
    for (const days of [
      [pain(asOf, 1), pain(asOf, 7)],
      [pain(asOf, 7), pain(asOf, 1)],
    ]) {
      const [ep] = detectEpisodes(days, asOf)
      expect(ep).toMatchObject({ painDays: 1, peak: 7 })
    }
  })

  it('ignores days after asOf', () => {
    const days = [...painFrom('2026-03-01', '2026-03-10', 4), pain('2026-03-11', 9)]
    const [ep] = detectEpisodes(days, '2026-03-10')
    expect(ep).toMatchObject({ end: '2026-03-10', painDays: 10, peak: 4 })
    expect(detectEpisodes([pain('2026-03-15')], '2026-03-14')).toEqual([])
  })

  it('takes input in any order', () => {
    const days = [
      pain('2026-02-10', 3),
      pain('2026-01-02', 6),
      pain('2026-01-01', 4),
      pain('2026-02-11', 8),
    ]
    const episodes = detectEpisodes(days, '2026-02-12')
    expect(episodes.map((e) => [e.start, e.end, e.peak])).toEqual([
      ['2026-01-01', '2026-01-02', 6],
      ['2026-02-10', '2026-02-11', 8],
    ])
    expect(detectEpisodes([...days].reverse(), '2026-02-12')).toEqual(episodes)
  })

  it('treats unlogged days as days without pain', () => {
    const [ep] = detectEpisodes([pain('2026-03-01'), pain('2026-03-10')], '2026-03-10')
    expect(ep).toMatchObject({ painDays: 2, durationDays: 10 })
  })

  it('does not change its input', () => {
    const days = Object.freeze([pain('2026-03-02'), pain('2026-03-01')])
    detectEpisodes(days, '2026-03-14')
    expect(days.map((d) => d.day)).toEqual(['2026-03-02', '2026-03-01'])
  })
})

describe('detectEpisodes: invalid input throws a RangeError naming the value (rule 1)', () => {
  it.each(['2026-02-30', '2026-1-5', '2026-13-01', '', 'yesterday', '2026-03-14T10:00'])(
    'invalid day %j',
    (day) => {
      expect(() => detectEpisodes([pain(day)], '2026-03-14')).toThrow(RangeError)
      expect(() => detectEpisodes([pain(day)], '2026-03-14')).toThrow(JSON.stringify(day))
    },
  )

  it('an invalid day even when it would be ignored as pain-free or after asOf', () => {
    expect(() => detectEpisodes([pain('2026-02-30', 0)], '2026-03-14')).toThrow(/2026-02-30/)
    expect(() => detectEpisodes([pain('2027-02-30')], '2026-03-14')).toThrow(/2027-02-30/)
  })

  it.each([11, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY])('worst pain %s', (worst) => {
    expect(() => detectEpisodes([pain('2026-03-14', worst)], '2026-03-14')).toThrow(RangeError)
    expect(() => detectEpisodes([pain('2026-03-14', worst)], '2026-03-14')).toThrow(String(worst))
  })

  it('accepts the ends of the scale, 0 and 10', () => {
    expect(detectEpisodes([pain('2026-03-13', 0), pain('2026-03-14', 10)], '2026-03-14')).toEqual([
      expect.objectContaining({ peak: 10, painDays: 1 }),
    ])
  })

  it.each(['2026-02-29', '14/03/2026', ''])('invalid asOf %j', (asOf) => {
    expect(() => detectEpisodes([], asOf)).toThrow(RangeError)
    expect(() => detectEpisodes([], asOf)).toThrow(JSON.stringify(asOf))
  })

  it.each([
    ['painDayMin', 0],
    ['separationDays', -30],
    ['settleDays', 1.5],
    ['watchDays', Number.NaN],
    ['doctorDays', Number.POSITIVE_INFINITY],
  ] as const)('rule %s = %s', (name, value) => {
    const run = () => detectEpisodes([], '2026-03-14', { [name]: value })
    expect(run).toThrow(RangeError)
    expect(run).toThrow(new RegExp(`${name}.*${String(value)}`))
  })

  it('settleDays greater than separationDays', () => {
    const run = () => detectEpisodes([], '2026-03-14', { settleDays: 31 })
    expect(run).toThrow(RangeError)
    expect(run).toThrow(/settleDays \(31\).*separationDays \(30\)/)
    expect(() => detectEpisodes([], '2026-03-14', { settleDays: 30 })).not.toThrow()
  })

  it('watchDays greater than doctorDays', () => {
    const run = () => detectEpisodes([], '2026-03-14', { watchDays: 60 })
    expect(run).toThrow(RangeError)
    expect(run).toThrow(/watchDays \(60\).*doctorDays \(56\)/)
    expect(() => detectEpisodes([], '2026-03-14', { watchDays: 56 })).not.toThrow()
  })
})

describe('detectEpisodes: separation (rule 2)', () => {
  it('29 pain-free days between two pain days keep them in one episode', () => {
    const episodes = detectEpisodes(twoPainDays('2026-01-01', 30), '2026-01-31')
    expect(episodes).toHaveLength(1)
    expect(episodes[0]).toMatchObject({ start: '2026-01-01', end: '2026-01-31', painDays: 2 })
  })

  it('30 pain-free days between two pain days start a new episode', () => {
    const episodes = detectEpisodes(twoPainDays('2026-01-01', 31), '2026-02-01')
    expect(episodes.map((e) => [e.start, e.end])).toEqual([
      ['2026-01-01', '2026-01-01'],
      ['2026-02-01', '2026-02-01'],
    ])
  })

  it('logged low-pain days count as pain-free', () => {
    const days = [...twoPainDays('2026-01-01', 31), ...painFrom('2026-01-02', '2026-01-31', 1)]
    expect(detectEpisodes(days, '2026-02-01')).toHaveLength(2)
  })

  it('start and end are the first and last pain day, peak the highest worst', () => {
    const days = [pain('2026-01-01', 1), pain('2026-01-02', 3), pain('2026-01-05', 8)]
    days.push(pain('2026-01-09', 4), pain('2026-01-10', 1))
    expect(detectEpisodes(days, '2026-03-01')[0]).toMatchObject({
      start: '2026-01-02',
      end: '2026-01-09',
      painDays: 3,
      peak: 8,
    })
  })
})

describe('detectEpisodes: status (rule 3)', () => {
  const statusWhenLastPainWas = (daysAgo: number): string | undefined => {
    const asOf = '2026-06-30'
    return detectEpisodes([pain(addDaysToDay(asOf, -daysAgo))], asOf)[0]?.status
  }

  it('is ongoing up to 6 days after the last pain day', () => {
    expect(statusWhenLastPainWas(0)).toBe('ongoing')
    expect(statusWhenLastPainWas(6)).toBe('ongoing')
  })

  it('is settling from 7 to 29 days after it', () => {
    expect(statusWhenLastPainWas(7)).toBe('settling')
    expect(statusWhenLastPainWas(29)).toBe('settling')
  })

  it('has ended from 30 days after it', () => {
    expect(statusWhenLastPainWas(30)).toBe('ended')
    expect(statusWhenLastPainWas(400)).toBe('ended')
  })
})

describe('detectEpisodes: duration and level (rules 4 and 5)', () => {
  const ongoingFor = (n: number) => {
    const asOf = '2026-06-30'
    const [ep] = detectEpisodes(painFrom(addDaysToDay(asOf, -(n - 1)), asOf), asOf)
    return ep
  }

  it('an ongoing episode runs to asOf, even when the last days were pain-free', () => {
    const [ep] = detectEpisodes(painFrom('2026-06-01', '2026-06-10'), '2026-06-14')
    expect(ep).toMatchObject({ status: 'ongoing', durationDays: 14, painDays: 10 })
  })

  it('a settling or ended episode runs to its last pain day', () => {
    const [settling] = detectEpisodes(painFrom('2026-06-01', '2026-06-10'), '2026-06-17')
    expect(settling).toMatchObject({ status: 'settling', durationDays: 10 })
    const [ended] = detectEpisodes(painFrom('2026-06-01', '2026-06-10'), '2026-12-31')
    expect(ended).toMatchObject({ status: 'ended', durationDays: 10 })
  })

  it('level is none at 41 days and watch at 42', () => {
    expect(ongoingFor(41)).toMatchObject({ durationDays: 41, level: 'none' })
    expect(ongoingFor(42)).toMatchObject({ durationDays: 42, level: 'watch' })
  })

  it('level is watch at 55 days and doctor at 56', () => {
    expect(ongoingFor(55)).toMatchObject({ durationDays: 55, level: 'watch' })
    expect(ongoingFor(56)).toMatchObject({ durationDays: 56, level: 'doctor' })
    expect(ongoingFor(400)).toMatchObject({ level: 'doctor' })
  })

  it('an ended episode keeps the level of its own length', () => {
    const [ep] = detectEpisodes(painFrom('2025-01-01', '2025-02-25'), '2026-01-01')
    expect(ep).toMatchObject({ status: 'ended', durationDays: 56, level: 'doctor' })
  })
})

describe('detectEpisodes: leap days', () => {
  it('counts 29 February in a leap year', () => {
    const [ep] = detectEpisodes([pain('2024-02-28'), pain('2024-03-01')], '2024-03-01')
    expect(ep?.durationDays).toBe(3)
    expect(detectEpisodes(painFrom('2024-02-01', '2024-03-01'), '2024-03-01')[0]).toMatchObject({
      painDays: 30,
      durationDays: 30,
    })
  })

  it('has no 29 February in other years', () => {
    const [ep] = detectEpisodes([pain('2026-02-28'), pain('2026-03-01')], '2026-03-01')
    expect(ep?.durationDays).toBe(2)
  })

  it('separates across a leap day by calendar days', () => {
    // 2024-01-30 .. 2024-03-01: 30 pain-free days in between (29 February included).
    expect(detectEpisodes([pain('2024-01-30'), pain('2024-03-01')], '2024-03-01')).toHaveLength(2)
    expect(detectEpisodes([pain('2024-01-31'), pain('2024-03-01')], '2024-03-01')).toHaveLength(1)
  })
})

describe('detectEpisodes: daylight-saving weeks give whole days in every time zone', () => {
  it.each([
    ['2026-03-05', '2026-03-11', 7], // US spring forward, 8 March
    ['2026-03-26', '2026-04-01', 7], // EU spring forward, 29 March
    ['2026-04-03', '2026-04-07', 5], // NZ/AU fall back, 5 April
    ['2026-09-25', '2026-09-29', 5], // NZ spring forward, 27 September
    ['2026-10-22', '2026-10-28', 7], // EU fall back, 25 October
    ['2026-10-29', '2026-11-04', 7], // US fall back, 1 November
    ['2026-03-01', '2026-11-30', 275], // both changes
  ])('from %s to %s is %i days', (start, end, days) => {
    const [ongoing] = detectEpisodes(painFrom(start, end), end)
    expect(ongoing).toMatchObject({ start, end, durationDays: days, status: 'ongoing' })
    const [settled] = detectEpisodes(painFrom(start, end), addDaysToDay(end, 7))
    expect(settled).toMatchObject({ painDays: days, durationDays: days, status: 'settling' })
  })

  it('status boundaries hold across a change of clocks', () => {
    expect(detectEpisodes([pain('2026-03-02')], '2026-03-08')[0]?.status).toBe('ongoing')
    expect(detectEpisodes([pain('2026-03-02')], '2026-03-09')[0]?.status).toBe('settling')
    expect(detectEpisodes([pain('2026-10-19')], '2026-10-25')[0]?.status).toBe('ongoing')
    expect(detectEpisodes([pain('2026-10-19')], '2026-10-26')[0]?.status).toBe('settling')
    expect(detectEpisodes([pain('2026-10-02')], '2026-11-01')[0]?.status).toBe('ended')
    expect(detectEpisodes([pain('2026-10-03')], '2026-11-01')[0]?.status).toBe('settling')
  })
})

describe('detectEpisodes: custom rules', () => {
  it('uses a higher pain-day threshold', () => {
    const days = [pain('2026-03-01', 3), pain('2026-03-02', 4)]
    expect(detectEpisodes(days, '2026-03-02', { painDayMin: 4 })[0]).toMatchObject({
      start: '2026-03-02',
      painDays: 1,
    })
  })

  it('uses a shorter separation, settle, watch and doctor time', () => {
    const rules = { separationDays: 10, settleDays: 3, watchDays: 5, doctorDays: 8 }
    const days = [...painFrom('2026-03-01', '2026-03-05'), ...painFrom('2026-03-16', '2026-03-23')]
    const episodes = detectEpisodes(days, '2026-03-23', rules)
    expect(episodes).toMatchObject([
      { start: '2026-03-01', end: '2026-03-05', status: 'ended', level: 'watch' },
      { start: '2026-03-16', end: '2026-03-23', status: 'ongoing', level: 'doctor' },
    ])
    expect(detectEpisodes(days, '2026-03-26', rules)[1]?.status).toBe('settling')
    // Nine pain-free days is not enough to separate with separationDays 10.
    expect(detectEpisodes(twoPainDays('2026-03-01', 10), '2026-03-11', rules)).toHaveLength(1)
  })

  it('fills missing rules from the defaults', () => {
    const [ep] = detectEpisodes(painFrom('2026-01-01', '2026-02-11'), '2026-02-11', {
      painDayMin: 2,
    })
    expect(ep?.level).toBe('watch')
  })
})

describe('currentEpisode and episodeDayNumber', () => {
  it('is the last episode while it is ongoing or settling', () => {
    const days = [...painFrom('2025-01-01', '2025-01-10'), ...painFrom('2026-03-01', '2026-03-05')]
    expect(currentEpisode(detectEpisodes(days, '2026-03-05'))?.start).toBe('2026-03-01')
    expect(currentEpisode(detectEpisodes(days, '2026-03-20'))?.status).toBe('settling')
    expect(currentEpisode(detectEpisodes(days, '2026-04-04'))).toBeNull()
    expect(currentEpisode([])).toBeNull()
  })

  it('numbers the episode days from 1 on the first pain day', () => {
    const [ep] = detectEpisodes(painFrom('2026-03-01', '2026-03-05'), '2026-03-10')
    expect(ep && episodeDayNumber(ep, '2026-03-01')).toBe(1)
    expect(ep && episodeDayNumber(ep, '2026-03-10')).toBe(10)
  })
})

describe('an episode’s span and length in words, the same on every screen and in the report', () => {
  it('an ongoing one runs on past its last pain day, so its span does not end there', () => {
    const ongoing = { start: '2026-02-01', end: '2026-02-25', status: 'ongoing' as const }
    expect(episodeSpanWords(ongoing)).toBe('1 Feb 2026 – ongoing')
    expect(episodeDaysWords({ durationDays: 29, status: 'ongoing' })).toBe('29 days so far')
  })

  it('a settling or ended one ends on its last pain day; one day is "1 day"', () => {
    expect(episodeSpanWords({ start: '2026-02-01', end: '2026-02-25', status: 'ended' })).toBe(
      '1 Feb 2026 – 25 Feb 2026',
    )
    expect(episodeSpanWords({ start: '2026-02-01', end: '2026-02-01', status: 'settling' })).toBe(
      '1 Feb 2026',
    )
    expect(episodeDaysWords({ durationDays: 1, status: 'ended' })).toBe('1 day')
    expect(episodeDaysWords({ durationDays: 1204, status: 'ended' })).toBe('1,204 days')
  })
})
