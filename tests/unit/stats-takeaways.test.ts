import { bandScores, painBand } from '../../src/shared/pain-scale'
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  calendarTakeaway,
  computeTrends,
  contextTakeaway,
  dailySeries,
  episodeTakeaway,
  medicineTakeaway,
  nextDayTakeaway,
  oneDecimal,
  painTakeaway,
  reliefTakeaway,
  signedOneDecimal,
  summariseDays,
  triggerTakeaway,
  weekdayTakeaway,
  wholeNumber,
  type TriggerComparison,
} from '../../src/shared/stats'
import { ci, use } from './stats-helpers'

const names: Record<string, string> = { 'poor-posture': 'Poor posture', heat: 'Heat' }
const nameOf = (k: string): string => names[k] ?? k
/** The day `i` days after 1 January 2026. */
const day = (i: number): string => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10)

describe('formatting', () => {
  it('rounds to one decimal without a negative zero', () => {
    expect(oneDecimal(1.25)).toBe('1.3')
    expect(oneDecimal(-1.25)).toBe('-1.3')
    expect(oneDecimal(-0.04)).toBe('0.0')
    expect(signedOneDecimal(0.8)).toBe('+0.8')
    expect(signedOneDecimal(-0.01)).toBe('0.0')
    expect(wholeNumber(1200)).toBe('1,200')
  })
})

describe('takeaways', () => {
  it('names the trigger with the largest difference, with the days on each side', () => {
    const row = (key: string, difference: number | null, w: number, wo: number) =>
      ({
        key,
        daysWith: w,
        daysWithout: wo,
        meanWith: null,
        meanWithout: null,
        difference,
        enough: difference !== null,
      }) satisfies TriggerComparison
    expect(
      triggerTakeaway([row('twisting', 0.4, 5, 80), row('poor-posture', 1.8, 24, 61)], nameOf),
    ).toBe('Pain was 1.8 points higher on days with Poor posture — 24 days with, 61 without.')
    // Names are written as the person's catalogue writes them, as the flags write them.
    expect(triggerTakeaway([row('trigger-7', 1.2, 6, 20)], () => 'TENS at work')).toBe(
      'Pain was 1.2 points higher on days with TENS at work — 6 days with, 20 without.',
    )
    expect(triggerTakeaway([row('poor-posture', null, 2, 61)], nameOf)).toBe(
      'No trigger was recorded on enough days to compare yet: that needs at least 3 days with it and 3 without.',
    )
    expect(triggerTakeaway([], nameOf)).toBe('No triggers were recorded in this period.')
  })

  it('says when the pain went down between the halves of the period', () => {
    const days = summariseDays([
      ...['01', '02', '03', '04'].map((d) => ci(`2026-01-${d}`, 6)),
      ...['05', '06', '07', '08'].map((d) => ci(`2026-01-${d}`, 3)),
    ])
    expect(painTakeaway(dailySeries(days, '2026-01-01', '2026-01-08'))).toBe(
      'Your worst pain averaged 3.0 in the second half of this period, 3.0 points lower than in the first half (6.0; 4 and 4 days logged).',
    )
    const few = summariseDays([ci('2026-01-01', 6), ci('2026-01-08', 3)])
    expect(painTakeaway(dailySeries(few, '2026-01-01', '2026-01-08'))).toBe(
      'You logged 2 days in this period, too few to see a trend yet.',
    )
    expect(painTakeaway(dailySeries([], '2026-01-01', '2026-01-08'))).toBe(
      'Nothing was logged in this period.',
    )
  })

  it('works out the difference between the halves from the averages it prints', () => {
    // First half: 25 days averaging 1.04 ("1.0"); second: 20 logged averaging 0.35 ("0.4").
    // Unrounded the fall is 0.69 ("0.7"), which does not add up with the numbers printed.
    const checkins = [
      ...Array.from({ length: 25 }, (_, i) => ci(day(i), i === 0 ? 2 : 1)),
      ...Array.from({ length: 20 }, (_, i) => ci(day(25 + i), i < 7 ? 1 : 0)),
    ]
    expect(painTakeaway(dailySeries(summariseDays(checkins), day(0), day(49)))).toBe(
      'Your worst pain averaged 0.4 in the second half of this period, 0.6 points lower than in the first half (1.0; 25 and 20 days logged).',
    )
  })

  it('always prints a difference between the halves that their printed averages give', () => {
    const worst = fc.option(fc.integer({ min: 0, max: 10 }), { nil: null, freq: 3 })
    fc.assert(
      fc.property(fc.array(worst, { minLength: 6, maxLength: 60 }), (worsts) => {
        const checkins = worsts.flatMap((w, i) => (w === null ? [] : [ci(day(i), w)]))
        const series = dailySeries(summariseDays(checkins), day(0), day(worsts.length - 1))
        const text = painTakeaway(series)
        const change =
          /averaged (\d+\.\d) in the second half of this period, (\d+\.\d) points (lower|higher) than in the first half \((\d+\.\d);/.exec(
            text,
          )
        const same = /about the same in both halves of this period \((\d+\.\d) then (\d+\.\d)/.exec(
          text,
        )
        if (change) {
          const [, second, by, way, first] = change
          const tenths = Math.round(Number(second) * 10) - Math.round(Number(first) * 10)
          expect(Math.abs(tenths)).toBe(Math.round(Number(by) * 10))
          expect(way).toBe(tenths < 0 ? 'lower' : 'higher')
          expect(Math.abs(tenths)).toBeGreaterThanOrEqual(5)
        } else if (same) {
          const [, first, second] = same
          expect(
            Math.abs(Math.round(Number(second) * 10) - Math.round(Number(first) * 10)),
          ).toBeLessThan(5)
        } else {
          expect(text).toMatch(/too few to see a trend yet|Nothing was logged/)
        }
      }),
    )
  })

  it('counts logged, pain-free and severe days in the calendar', () => {
    const days = summariseDays([ci('2026-01-01', 8), ci('2026-01-02', 1), ci('2026-01-03', 4)])
    expect(calendarTakeaway(dailySeries(days, '2026-01-01', '2026-01-10'))).toBe(
      'You logged 3 of 10 days: 1 with no or mild pain (0–3) and 1 with severe pain or worse (7–10).',
    )
  })

  it("counts the calendar's days by the pain scale's own bands, 10 and 3 included", () => {
    const worsts = [10, 3, 2, 5, 7]
    const days = summariseDays(worsts.map((w, i) => ci(`2026-01-0${i + 1}`, w)))
    const text = calendarTakeaway(dailySeries(days, '2026-01-01', '2026-01-05'))
    const { to: mildTo } = bandScores('mild')
    const { from: severeFrom } = bandScores('severe')
    const low = worsts.filter((w) => painBand(w) === 'no pain' || painBand(w) === 'mild').length
    const high = worsts.filter((w) => w >= severeFrom).length
    expect([low, high, mildTo, severeFrom]).toEqual([2, 2, 3, 7])
    expect(text).toContain(`${low} with no or mild pain (0–${mildTo})`)
    expect(text).toContain(`${high} with severe pain or worse (${severeFrom}–10)`)
  })

  it('builds every takeaway for a whole period', () => {
    const checkins = [
      ...Array.from({ length: 12 }, (_, i) =>
        ci(`2026-01-${String(i + 1).padStart(2, '0')}`, i % 2 === 0 ? 6 : 2, {
          context: i % 2 === 0 ? 'waking' : 'sitting',
          regions: ['lower-back-centre'],
          triggerKeys: i % 2 === 0 ? ['poor-posture'] : [],
          remedies: i % 3 === 0 ? [use('heat', 2), use('ibuprofen', 1, 400)] : [],
        }),
      ),
    ]
    const trends = computeTrends({
      from: '2026-01-01',
      to: '2026-01-12',
      checkins,
      episodes: [],
      medicineKeys: ['ibuprofen'],
      limitsMg: { ibuprofen: 1200 },
      nameOf: (k) => ({ ...names, ibuprofen: 'Ibuprofen' })[k] ?? k,
    })
    expect(trends.loggedDays).toBe(12)
    expect(trends.takeaways.triggers).toBe(
      'Pain was 4.0 points higher on days with Poor posture — 6 days with, 6 without.',
    )
    expect(trends.takeaways.relief).toBe(
      'By your own ratings, Heat helped most: 2.0 on average over 4 rated uses (2 means "helped a lot", 0 "made no change").',
    )
    expect(trends.takeaways.medicines).toBe(
      'You took Ibuprofen on 4 days, at most 400 mg in a day; no day went over its daily limit of 1,200 mg.',
    )
    expect(trends.takeaways.contexts).toBe(
      'Pain was highest on waking (6.0 on average, 6 check-ins) and lowest when sitting (2.0, 6 check-ins).',
    )
    expect(trends.takeaways.regions).toBe(
      'Lower back, centre was where it hurt most often: on 12 of 12 logged days (100%).',
    )
    expect(trends.takeaways.episodes).toBe('There were no episodes of pain in this period.')
    expect(trends.takeaways.weekdays).toMatch(/at least 3 logged days/)
  })

  it('calls situations or weekdays alike when their printed averages are', () => {
    const context = (c: 'waking' | 'sitting', meanPain: number) => ({
      context: c,
      checkins: 6,
      meanPain,
    })
    expect(contextTakeaway([context('waking', 1.34), context('sitting', 0.86)])).toBe(
      'Pain was much the same in every situation you recorded (0.9 to 1.3 on average).',
    )
    expect(contextTakeaway([context('waking', 1.36), context('sitting', 0.86)])).toBe(
      'Pain was highest on waking (1.4 on average, 6 check-ins) and lowest when sitting (0.9, 6 check-ins).',
    )
    const names = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
    const week = (highest: number) =>
      names.map((name, weekday) => ({
        weekday,
        name,
        days: 5,
        meanWorst: weekday === 0 ? highest : 1.04,
      }))
    // 1.46 less 1.04 is 0.42, but reads as 1.5 less 1.0.
    expect(weekdayTakeaway(week(1.46))).toBe(
      'Your worst pain was highest on Mondays (1.5 on average) and lowest on Tuesdays (1.0).',
    )
    expect(weekdayTakeaway(week(1.44))).toMatch(/^Your worst pain was much the same/)
  })

  it('describes next-day change, relief, medicines and contexts in sparse cases', () => {
    expect(nextDayTakeaway([], nameOf)).toMatch(/^No remedy was used on enough days/)
    expect(reliefTakeaway([], nameOf)).toBe('No remedies were recorded in this period.')
    expect(medicineTakeaway([], nameOf)).toBe('No medicine doses were recorded in this period.')
    expect(contextTakeaway([])).toMatch(/^Record what you were doing/)
    expect(weekdayTakeaway([])).toMatch(/^Each day of the week/)
  })

  it('lists a few episodes and compares halves when there are enough', () => {
    const bar = (start: string, durationDays: number, peak: number) => ({
      start,
      end: start,
      durationDays,
      painDays: durationDays,
      peak,
      status: 'ended' as const,
    })
    expect(episodeTakeaway([bar('2025-01-01', 12, 7), bar('2025-06-01', 9, 6)], null)).toBe(
      '2 episodes in this period, lasting 12 and 9 days with peaks of 7 and 6.',
    )
    expect(episodeTakeaway([], null)).toBe('There were no episodes of pain in this period.')
    expect(
      episodeTakeaway([bar('2025-01-01', 20, 8)], {
        earlier: 2,
        later: 2,
        earlierDuration: 15,
        laterDuration: 5,
        earlierPeak: 7.5,
        laterPeak: 4.5,
      }),
    ).toBe(
      'Your later episodes were shorter and milder at their peak: 5 days and a peak of 4.5 on average, against 15 days and 7.5 for the earlier ones.',
    )
    // Compared as printed: 6 days against 7 is shorter, and 5.0 against 5.4 about as bad.
    const trend = {
      earlier: 2,
      later: 2,
      earlierDuration: 6.6,
      laterDuration: 6.4,
      earlierPeak: 5.44,
      laterPeak: 4.96,
    }
    expect(episodeTakeaway([bar('2025-01-01', 20, 8)], trend)).toBe(
      'Your later episodes were shorter and about as bad at their peak: 6 days and a peak of 5.0 on average, against 7 days and 5.4 for the earlier ones.',
    )
  })
})

describe('doses in the takeaways', () => {
  it('are written as formatMg writes them, a half milligram kept', () => {
    const row = {
      key: 'liquid',
      daysTaken: 2,
      totalMg: 55,
      highestDayMg: 27.5,
      daysOverLimit: 1,
      limitMg: 25,
    }
    expect(medicineTakeaway([row], (k) => k)).toBe(
      'You took liquid on 2 days, at most 27.5 mg in a day; 1 day went over its daily limit of 25 mg.',
    )
  })
})
