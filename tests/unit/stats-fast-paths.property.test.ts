/**
 * The statistics run over twenty years of check-ins on every save, so they are written for speed
 * (indexed loops, sums instead of lists, counting a day as it changes instead of sets of days).
 * Each is held here to its plain definition, on check-ins in any order.
 */
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { dayFromNumber, dayNumber, weekdayOf } from '../../src/shared/days'
import { BODY_REGIONS, CONTEXTS, type BodyRegion, type RedFlag } from '../../src/shared/domain'
import { byMonth } from '../../src/main/analysis/by-month'
import { ruleRowsUpTo } from '../../src/main/analysis/analysis'
import { computeFlags } from '../../src/shared/flags'
import {
  checkinsInRange,
  dayNumbersByDay,
  computeTrends,
  dailySeries,
  mergeParts,
  mergeRuleRows,
  redFlagDays,
  ruleRowsOf,
  statsPart,
  mean,
  nextDayChanges,
  orderedCheckinsInRange,
  painByContext,
  painByWeekday,
  painByRegion,
  remedyStats,
  rollingMean,
  summariseDays,
  type StatsCheckin,
} from '../../src/shared/stats'

const BASE = dayNumber('2025-12-20')

const checkin: fc.Arbitrary<StatsCheckin> = fc.record({
  day: fc.integer({ min: BASE, max: BASE + 20 }).map(dayFromNumber),
  pain: fc.integer({ min: 0, max: 10 }),
  context: fc.constantFrom(null, ...CONTEXTS),
  regions: fc.array(fc.constantFrom(...BODY_REGIONS), { maxLength: 3 }),
  triggerKeys: fc.uniqueArray(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }),
  remedies: fc.array(
    fc.record({
      key: fc.constantFrom('heat', 'ibuprofen', 'walk'),
      doseMg: fc.constantFrom(null, 200, 400),
      minutes: fc.constant(null),
      relief: fc.constantFrom(null, -1, 0, 1, 2),
    }),
    { maxLength: 3 },
  ),
})
const checkins = fc.array(checkin, { maxLength: 40 })

describe('the statistics equal their plain definitions', () => {
  it('summariseDays: each day once, its worst, mean, count and every key named on it', () => {
    fc.assert(
      fc.property(checkins, (list) => {
        const days = [...new Set(list.map((c) => c.day))].sort()
        const plain = days.map((day) => {
          const on = list.filter((c) => c.day === day)
          return {
            day,
            n: dayNumber(day),
            worst: Math.max(...on.map((c) => c.pain)),
            average: mean(on.map((c) => c.pain)),
            checkins: on.length,
            triggerKeys: new Set(on.flatMap((c) => c.triggerKeys)),
            remedyKeys: new Set(on.flatMap((c) => c.remedies.map((r) => r.key))),
          }
        })
        expect(summariseDays(list)).toEqual(plain)
      }),
    )
  })

  it("a day's worst, average and count are the same wherever they are worked out", () => {
    fc.assert(
      fc.property(checkins, (list) => {
        const days = summariseDays(list)
        const numbers = days.map((d) => [
          d.day,
          { worst: d.worst, average: d.average, count: d.checkins },
        ])
        expect([...dayNumbersByDay(list)].sort()).toEqual(numbers)
        // The rules' streaming worst (rule-input.ts) over the journal's own order.
        const ordered = [...list]
          .sort((a, b) => a.day.localeCompare(b.day))
          .map((c) => ({ ...c, redFlags: [] }))
        expect(ruleRowsOf(ordered, '2099-12-31').days).toEqual(
          days.map((d) => ({ day: d.day, worst: d.worst })),
        )
      }),
    )
  })

  it('painByContext: the mean pain of the check-ins in each context', () => {
    fc.assert(
      fc.property(checkins, (list) => {
        expect(painByContext(list)).toEqual(
          CONTEXTS.map((context) => {
            const pains = list.filter((c) => c.context === context).map((c) => c.pain)
            return { context, checkins: pains.length, meanPain: mean(pains) }
          }),
        )
      }),
    )
  })

  it('painByRegion: distinct days and check-ins naming each region', () => {
    fc.assert(
      fc.property(checkins, fc.nat(30), (list, loggedDays) => {
        const named = (r: BodyRegion) => list.filter((c) => c.regions.includes(r))
        expect(painByRegion(list, loggedDays)).toEqual(
          BODY_REGIONS.map((region) => {
            const days = new Set(named(region).map((c) => c.day)).size
            return {
              region,
              days,
              checkins: list.flatMap((c) => c.regions.filter((r) => r === region)).length,
              share: loggedDays > 0 ? days / loggedDays : 0,
            }
          }),
        )
      }),
    )
  })

  it('remedyStats: uses, days used, ratings and their mean per remedy', () => {
    fc.assert(
      fc.property(checkins, (list) => {
        const stats = remedyStats(list, summariseDays(list))
        for (const s of stats) {
          const uses = list.flatMap((c) => c.remedies.filter((r) => r.key === s.key))
          const reliefs = uses.flatMap((r) => (r.relief === null ? [] : [r.relief]))
          const days = new Set(list.filter((c) => c.remedies.some((r) => r.key === s.key)))
          const daysUsed = new Set([...days].map((c) => c.day)).size
          expect(s).toMatchObject({ uses: uses.length, rated: reliefs.length, daysUsed })
          expect(s.meanRelief).toBe(mean(reliefs))
        }
        const used = new Set(list.flatMap((c) => c.remedies.map((r) => r.key)))
        expect(stats.map((s) => s.key).sort()).toEqual([...used].sort())
      }),
    )
  })

  it("dailySeries: every calendar day with its logged worst and average, and the week's mean", () => {
    fc.assert(
      fc.property(checkins, fc.nat(25), fc.nat(25), (list, a, b) => {
        const [from, to] = [dayFromNumber(BASE + Math.min(a, b)), dayFromNumber(BASE + a + b)]
        const days = summariseDays(list)
        const byDay = new Map(days.map((d) => [d.day, d]))
        const lead = dayNumber(from) - 6
        const worsts: (number | null)[] = []
        for (let n = lead; n <= dayNumber(to); n++)
          worsts.push(byDay.get(dayFromNumber(n))?.worst ?? null)
        const rolling = rollingMean(worsts)
        const plain = worsts.slice(6).map((_, i) => {
          const day = dayFromNumber(dayNumber(from) + i)
          const d = byDay.get(day)
          return {
            day,
            worst: d?.worst ?? null,
            average: d?.average ?? null,
            rolling: rolling[i + 6] ?? null,
          }
        })
        expect(dailySeries(days, from, to)).toEqual(plain)
      }),
    )
  })

  it('orderedCheckinsInRange: those of the days from..to, found by binary search', () => {
    fc.assert(
      fc.property(checkins, fc.nat(25), fc.nat(25), (list, a, b) => {
        const ordered = [...list].sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : 0))
        const [from, to] = [dayFromNumber(BASE + Math.min(a, b)), dayFromNumber(BASE + a + b)]
        const found = orderedCheckinsInRange(ordered, from, to)
        expect(found).toEqual(checkinsInRange(ordered, from, to))
        // All of them: the list itself, which by-month.ts knows again by its identity.
        expect(found === ordered).toBe(found.length === ordered.length)
      }),
    )
  })

  it('painByWeekday: the mean worst of the logged days on each day of the week', () => {
    fc.assert(
      fc.property(checkins, (list) => {
        const days = summariseDays(list)
        expect(painByWeekday(days).map((w) => [w.days, w.meanWorst])).toEqual(
          [0, 1, 2, 3, 4, 5, 6].map((weekday) => {
            const on = days.filter((d) => weekdayOf(d.day) === weekday).map((d) => d.worst)
            return [on.length, mean(on)]
          }),
        )
      }),
    )
  })

  it('nextDayChanges: each logged day whose next calendar day is logged, in any order given', () => {
    fc.assert(
      fc.property(checkins, fc.boolean(), (list, reversed) => {
        const days = summariseDays(list)
        const byDay = new Map(days.map((d) => [d.day, d]))
        const plain = days.flatMap((d) => {
          const next = byDay.get(dayFromNumber(dayNumber(d.day) + 1))
          return next === undefined ? [] : [{ day: d, change: next.worst - d.worst }]
        })
        expect(nextDayChanges(reversed ? [...days].reverse() : days)).toEqual(plain)
      }),
    )
  })

  it('month by month, remembered or not, adds up to the same as all at once', () => {
    // Check-ins over about four months in journal order, with warning signs now and then.
    const spread = fc
      .array(
        fc
          .tuple(checkin, fc.nat(120), fc.constantFrom(undefined, ['fever' as const]))
          .map(([c, n, f]): StatsCheckin & { redFlags?: readonly RedFlag[] } => {
            const { pain, context, regions, triggerKeys, remedies } = c
            const day = dayFromNumber(BASE + n)
            return { day, pain, context, regions, triggerKeys, remedies, ...(f && { redFlags: f }) }
          }),
        { maxLength: 60 },
      )
      .map((list) => list.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0)))
    const keys = ['ibuprofen']
    const partOf = (list: readonly StatsCheckin[], k: readonly string[]) =>
      byMonth(list, `test|${k.join()}`, (m) => statsPart(m, k), mergeParts)
    fc.assert(
      fc.property(spread, fc.nat(120), fc.nat(60), (list, drop, from) => {
        const asOf = dayFromNumber(BASE + 121)
        const input = {
          from: dayFromNumber(BASE + from),
          to: asOf,
          checkins: list,
          episodes: [],
          medicineKeys: keys,
          limitsMg: { ibuprofen: 500 },
        }
        const plain = computeTrends(input)
        expect(computeTrends({ ...input, partOf, ordered: true })).toEqual(plain)
        // Again with one check-in gone: the other months come from memory.
        const fewer = list.filter((_, i) => i !== drop % Math.max(1, list.length))
        expect(computeTrends({ ...input, checkins: fewer, partOf, ordered: true })).toEqual(
          computeTrends({ ...input, checkins: fewer }),
        )
        expect(byMonth(list, 'rules', (m) => ruleRowsOf(m, asOf), mergeRuleRows)).toEqual(
          ruleRowsOf(list, asOf),
        )
        // The analysis's rows, checked month by month, give the flags of the plain rows.
        const checked = ruleRowsUpTo(list, asOf)
        const plainRows = ruleRowsOf(list, asOf)
        expect(checked.remedyDays.checked).toEqual(plainRows.remedyDays)
        const redFlags = redFlagDays(list).filter((r) => r.day <= asOf)
        const limits = { dailyLimitsMg: { ibuprofen: 500 }, asOf, redFlags }
        expect(computeFlags({ ...checked, ...limits })).toEqual(
          computeFlags({ ...plainRows, ...limits }),
        )
      }),
    )
  })

  it('a remedy row the analysis reads month by month is still checked', () => {
    const bad = { day: '2026-01-05', pain: 3, context: null, regions: [], triggerKeys: [] }
    const dose = { key: 'ibuprofen', doseMg: -200, minutes: null, relief: null }
    expect(() => ruleRowsUpTo([{ ...bad, remedies: [dose] }], '2026-01-31')).toThrow(/-200/)
  })
})
