import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { compareByKey, MIN_DAYS, summariseDays, triggerComparison } from '../../src/shared/stats'
import { ci } from './stats-helpers'

const posture = { triggerKeys: ['poor-posture'] }

describe('triggerComparison', () => {
  it('compares the worst pain of days with and without a trigger (hand-computed)', () => {
    const days = summariseDays([
      // With poor posture: worsts 6, 5 (max of 2 and 5), 7 → mean 6.
      ci('2026-01-01', 6, posture),
      ci('2026-01-02', 2, posture),
      ci('2026-01-02', 5),
      ci('2026-01-03', 7, posture),
      // Without: 2, 3, 1, 2 → mean 2.
      ci('2026-01-04', 2),
      ci('2026-01-05', 3, { triggerKeys: ['twisting'] }),
      ci('2026-01-06', 1),
      ci('2026-01-07', 2),
    ])
    const [top] = triggerComparison(days)
    expect(top).toEqual({
      key: 'poor-posture',
      daysWith: 3,
      daysWithout: 4,
      meanWith: 6,
      meanWithout: 2,
      difference: 4,
      enough: true,
    })
  })

  it(`hides the difference when either side has fewer than ${MIN_DAYS} days`, () => {
    const few = summariseDays([
      ci('2026-01-01', 6, posture),
      ci('2026-01-02', 5, posture),
      ci('2026-01-03', 1),
      ci('2026-01-04', 1),
      ci('2026-01-05', 1),
    ])
    const [row] = triggerComparison(few)
    expect(row).toMatchObject({ daysWith: 2, daysWithout: 3, enough: false, difference: null })
    expect(row?.meanWith).toBe(5.5)

    const allDays = summariseDays([
      ci('2026-01-01', 6, posture),
      ci('2026-01-02', 5, posture),
      ci('2026-01-03', 4, posture),
      ci('2026-01-04', 1),
      ci('2026-01-05', 1),
    ])
    expect(triggerComparison(allDays)[0]).toMatchObject({ daysWithout: 2, difference: null })

    const exactly = summariseDays(
      [...Array(3)].flatMap((_, i) => [
        ci(`2026-01-0${i + 1}`, 6, posture),
        ci(`2026-02-0${i + 1}`, 2),
      ]),
    )
    expect(triggerComparison(exactly)[0]).toMatchObject({ enough: true, difference: 4 })
  })

  it('lists the most frequent trigger first and includes asked-for keys with no days', () => {
    const days = summariseDays([
      ci('2026-01-01', 6, { triggerKeys: ['twisting', 'poor-posture'] }),
      ci('2026-01-02', 5, posture),
    ])
    expect(triggerComparison(days, ['heavy-lifting']).map((r) => [r.key, r.daysWith])).toEqual([
      ['poor-posture', 2],
      ['twisting', 1],
      ['heavy-lifting', 0],
    ])
  })
})

describe('compareByKey', () => {
  it('gives the difference of the means as printed, so a table row adds up', () => {
    // With: 1, 1, 2 → 1.33 ("1.3"); without: 1, 0, 0, 0 → 0.25 ("0.3"): 1.0, where the
    // unrounded 1.08 would print as 1.1.
    const rounding = compareByKey(
      [1, 1, 2, 1, 0, 0, 0].map((v, i) => ({ v, keys: i < 3 ? ['a'] : [] })),
      (i) => i.keys,
      (i) => i.v,
    ).get('a')
    expect(rounding?.difference).toBe(1)
  })

  /** One decimal as printed: half away from zero, no negative zero. */
  const tenths = (x: number) => Math.sign(x) * Math.round(Math.abs(x) * 10)
  /** The definition, one key at a time: split the items, take both means. */
  function naive(items: { keys: string[]; v: number }[], key: string, minDays: number) {
    const withValues = items.filter((i) => i.keys.includes(key)).map((i) => i.v)
    const withoutValues = items.filter((i) => !i.keys.includes(key)).map((i) => i.v)
    const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null)
    const enough = withValues.length >= minDays && withoutValues.length >= minDays
    const meanWith = mean(withValues)
    const meanWithout = mean(withoutValues)
    return {
      daysWith: withValues.length,
      daysWithout: withoutValues.length,
      meanWith,
      meanWithout,
      // The difference a reader works out from the two means as printed.
      difference:
        enough && meanWith !== null && meanWithout !== null
          ? (tenths(meanWith) - tenths(meanWithout)) / 10 || 0
          : null,
      enough,
    }
  }

  it('gives what splitting the items key by key gives (whole-number values)', () => {
    const item = fc.record({
      keys: fc.uniqueArray(fc.constantFrom<string>('a', 'b', 'c', 'd'), { maxLength: 4 }),
      v: fc.integer({ min: -10, max: 10 }),
    })
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 60 }),
        fc.integer({ min: 1, max: 4 }),
        (items, minDays) => {
          const got = compareByKey(
            items,
            (i) => i.keys,
            (i) => i.v,
            ['e'],
            minDays,
          )
          for (const key of ['a', 'b', 'c', 'd', 'e']) {
            const seen = key === 'e' || items.some((i) => i.keys.includes(key))
            expect(got.get(key)).toEqual(seen ? naive(items, key, minDays) : undefined)
          }
        },
      ),
    )
  })
})
