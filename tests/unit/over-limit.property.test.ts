/**
 * "A day's total of a medicine is over its limit" has one definition (isOverLimit, overLimitDays
 * in stats/remedies.ts). Today's flag, Trends' chart markers and medicine table, and the report's
 * medication log all count from it, so on any journal they name the same days.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { dayFromNumber, dayNumber } from '../../src/shared/days'
import { medicationOverLimitDays } from '../../src/shared/flags'
import {
  computeTrends,
  medicineDailyTotals,
  medicineSummaries,
  overLimitDays,
  remedyDaysOf,
  type StatsCheckin,
} from '../../src/shared/stats'
import { unusualDoses } from '../../src/shared/doses'

const BASE = dayNumber('2026-01-01')
const KEYS = ['ibuprofen', 'naproxen', 'remedy-7']
const LIMITS = { ibuprofen: 1200, naproxen: 660, 'remedy-7': 400 }

const journal = fc
  .array(
    fc.record({
      n: fc.nat(40),
      remedies: fc.array(
        fc.record({
          key: fc.constantFrom(...KEYS, 'heat'),
          doseMg: fc.option(fc.constantFrom(200, 220, 400, 600, 660, 800), { nil: null }),
        }),
        { maxLength: 3 },
      ),
    }),
    { maxLength: 40 },
  )
  .map((list) =>
    list
      .map(({ n, remedies }): StatsCheckin => ({
        day: dayFromNumber(BASE + n),
        pain: 3,
        context: null,
        regions: [],
        triggerKeys: [],
        remedies: remedies.map((r) => ({ ...r, minutes: null, relief: null })),
      }))
      .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0)),
  )

describe('one definition of a day over a medicine’s limit', () => {
  it('the flag, the Trends markers and table, and the report count the same days', () => {
    fc.assert(
      fc.property(journal, (checkins) => {
        const [from, to] = [dayFromNumber(BASE), dayFromNumber(BASE + 40)]
        const daily = medicineDailyTotals(checkins, KEYS)
        const over = overLimitDays(daily, LIMITS)
        // By hand: each day's sum of doses, above the limit.
        const byHand = new Map<string, number>()
        for (const c of checkins)
          for (const r of c.remedies)
            if (r.doseMg !== null && r.key in LIMITS)
              byHand.set(`${c.day} ${r.key}`, (byHand.get(`${c.day} ${r.key}`) ?? 0) + r.doseMg)
        const expected = [...byHand]
          .filter(([k, mg]) => mg > LIMITS[k.split(' ')[1] as keyof typeof LIMITS])
          .map(([k]) => k)
          .sort()
        expect(over.map((o) => `${o.day} ${o.medicine}`).sort()).toEqual(expected)
        // Today's flag and the report's log read the remedy rows.
        expect(medicationOverLimitDays(remedyDaysOf(checkins), LIMITS, from, to)).toEqual(over)
        // Trends' table counts them per medicine; its chart marks each one.
        for (const s of medicineSummaries(daily, LIMITS)) {
          expect(s.daysOverLimit).toBe(over.filter((o) => o.medicine === s.key).length)
        }
        const trends = computeTrends({
          from,
          to,
          checkins,
          episodes: [],
          medicineKeys: KEYS,
          limitsMg: LIMITS,
        })
        const markers = trends.markers.filter((m) => m.kind === 'medication')
        expect(markers.map((m) => `${m.day} ${m.key}`).sort()).toEqual(expected)
      }),
    )
  })

  it('a total at the limit is within it, in the flag and in the check-in question alike', () => {
    const at = [{ day: '2026-01-02', remedyKey: 'naproxen', doseMg: 660 }]
    expect(medicationOverLimitDays(at, LIMITS, '2026-01-01', '2026-01-03')).toEqual([])
    expect(
      unusualDoses([{ remedyId: 1, doseMg: 660 }], [{ remedyId: 1, dailyLimitMg: 660 }]),
    ).toEqual([])
    expect(
      unusualDoses([{ remedyId: 1, doseMg: 661 }], [{ remedyId: 1, dailyLimitMg: 660 }]),
    ).toHaveLength(1)
  })
})
