import { describe, expect, it } from 'vitest'
import { nextDayChanges, redFlagDays, ruleRowsOf, summariseDays } from '../../src/shared/stats'
import { ci, use } from './stats-helpers'

describe('ruleRowsOf', () => {
  const checkins = [
    { ...ci('2026-01-01', 3, { remedies: [use('ibuprofen', 1, 400)] }), redFlags: [] },
    {
      ...ci('2026-01-01', 7, { remedies: [use('heat'), use('ibuprofen', null, 200)] }),
      redFlags: ['leg-weakness' as const, 'fever' as const],
    },
    { ...ci('2026-01-01', 5), redFlags: ['fever' as const] },
    { ...ci('2026-01-03', 2), redFlags: [] },
    {
      ...ci('2026-01-05', 9, { remedies: [use('ibuprofen', 2, 400)] }),
      redFlags: ['fever' as const],
    },
  ]

  it("gives each day's worst and every remedy use", () => {
    expect(ruleRowsOf(checkins, '2026-01-31')).toEqual({
      days: [
        { day: '2026-01-01', worst: 7 },
        { day: '2026-01-03', worst: 2 },
        { day: '2026-01-05', worst: 9 },
      ],
      remedyDays: [
        { day: '2026-01-01', remedyKey: 'ibuprofen', doseMg: 400 },
        { day: '2026-01-01', remedyKey: 'heat', doseMg: null },
        { day: '2026-01-01', remedyKey: 'ibuprofen', doseMg: 200 },
        { day: '2026-01-05', remedyKey: 'ibuprofen', doseMg: 400 },
      ],
    })
  })

  it('leaves out what was logged after the day asked about', () => {
    const rows = ruleRowsOf(checkins, '2026-01-04')
    expect(rows.days.map((d) => d.day)).toEqual(['2026-01-01', '2026-01-03'])
    expect(rows.remedyDays.map((r) => r.day)).not.toContain('2026-01-05')
    expect(ruleRowsOf(checkins, '2025-12-31')).toEqual({ days: [], remedyDays: [] })
  })

  it('redFlagDays: each warning sign once a day, in the order first recorded', () => {
    expect(redFlagDays(checkins)).toEqual([
      { day: '2026-01-01', flag: 'leg-weakness' },
      { day: '2026-01-01', flag: 'fever' },
      { day: '2026-01-05', flag: 'fever' },
    ])
  })
})

describe('nextDayChanges', () => {
  it('pairs calendar neighbours whatever order the days come in', () => {
    const days = summariseDays([ci('2026-01-02', 4), ci('2026-01-01', 6), ci('2026-01-04', 1)])
    const shuffled = [days[2], days[0], days[1]].filter((d) => d !== undefined)
    expect(nextDayChanges(shuffled).map((c) => [c.day.day, c.change])).toEqual([['2026-01-01', -2]])
  })
})
