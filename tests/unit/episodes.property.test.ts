import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { dayFromNumber, dayNumber } from '../../src/shared/days'
import {
  DEFAULT_EPISODE_RULES,
  currentEpisode,
  detectEpisodes,
  type DayPain,
  type EpisodeRules,
} from '../../src/shared/episodes'

const BASE = dayNumber('2025-01-01')
const SPAN = 500

/** Journals over ~16 months crossing two sets of daylight-saving changes and a year end. */
const dayPain = fc.record({
  day: fc.integer({ min: BASE, max: BASE + SPAN }).map(dayFromNumber),
  worst: fc.integer({ min: 0, max: 10 }),
})
// Clustered days make multi-day episodes common, not just isolated pain days.
const journal = fc.oneof(
  fc.array(dayPain, { maxLength: 120 }),
  fc
    .array(fc.tuple(fc.integer({ min: BASE, max: BASE + SPAN }), fc.integer({ min: 1, max: 40 })), {
      maxLength: 6,
    })
    .chain((bursts) =>
      fc
        .tuple(
          ...bursts.map(([_start, length]) =>
            fc.array(fc.integer({ min: 0, max: 10 }), { minLength: length, maxLength: length }),
          ),
        )
        .map((scores) =>
          bursts.flatMap(([start], b) =>
            (scores[b] ?? []).map((worst, i) => ({ day: dayFromNumber(start + i), worst })),
          ),
        ),
    ),
)
const asOf = fc.integer({ min: BASE, max: BASE + SPAN + 60 }).map(dayFromNumber)
const rules: fc.Arbitrary<EpisodeRules> = fc
  .record({
    painDayMin: fc.integer({ min: 1, max: 10 }),
    separationDays: fc.integer({ min: 1, max: 60 }),
    settleFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    watchDays: fc.integer({ min: 1, max: 80 }),
    extraDoctorDays: fc.integer({ min: 0, max: 40 }),
  })
  .map((r) => ({
    painDayMin: r.painDayMin,
    separationDays: r.separationDays,
    settleDays: Math.max(1, Math.round(r.settleFraction * r.separationDays)),
    watchDays: r.watchDays,
    doctorDays: r.watchDays + r.extraDoctorDays,
  }))
const someRules = fc.oneof(fc.constant(DEFAULT_EPISODE_RULES), rules)

const n = dayNumber

/** The distinct pain days up to asOf, by the rules. */
function painDaysOf(days: readonly DayPain[], asOfDay: string, r: EpisodeRules): Set<string> {
  return new Set(days.filter((d) => d.worst >= r.painDayMin && d.day <= asOfDay).map((d) => d.day))
}

describe('detectEpisodes properties', () => {
  it('gives the same episodes for days in journal order as for the same days in any order', () => {
    fc.assert(
      fc.property(journal, asOf, someRules, (days, at, r) => {
        // Journal order: each day once, with its highest worst, oldest first (the fast path).
        const highest = new Map<string, number>()
        for (const d of days) highest.set(d.day, Math.max(highest.get(d.day) ?? 0, d.worst))
        const ordered = [...highest].sort(([a], [b]) => (a < b ? -1 : 1))
        const inOrder = ordered.map(([day, worst]) => ({ day, worst }))
        expect(detectEpisodes(inOrder, at, r)).toEqual(detectEpisodes(days, at, r))
        expect(detectEpisodes([...inOrder].reverse(), at, r)).toEqual(detectEpisodes(days, at, r))
      }),
    )
  })

  it('episodes are sorted, never overlap, and are separated by at least separationDays', () => {
    fc.assert(
      fc.property(journal, asOf, someRules, (days, at, r) => {
        const episodes = detectEpisodes(days, at, r)
        for (const ep of episodes) expect(ep.start <= ep.end).toBe(true)
        episodes.slice(1).forEach((next, i) => {
          const prev = episodes[i]
          expect(prev && n(next.start) - n(prev.end) - 1).toBeGreaterThanOrEqual(r.separationDays)
        })
      }),
    )
  })

  it('every pain day up to asOf lies in exactly one episode, and nothing else is counted', () => {
    fc.assert(
      fc.property(journal, asOf, someRules, (days, at, r) => {
        const episodes = detectEpisodes(days, at, r)
        const painDays = painDaysOf(days, at, r)
        for (const day of painDays) {
          expect(episodes.filter((e) => e.start <= day && day <= e.end)).toHaveLength(1)
        }
        expect(episodes.reduce((sum, e) => sum + e.painDays, 0)).toBe(painDays.size)
        for (const e of episodes) {
          expect(painDays.has(e.start) && painDays.has(e.end)).toBe(true)
          expect(e.end <= at).toBe(true)
        }
      }),
    )
  })

  it('pain days never exceed the duration; peak is the highest worst inside', () => {
    fc.assert(
      fc.property(journal, asOf, someRules, (days, at, r) => {
        for (const e of detectEpisodes(days, at, r)) {
          expect(e.painDays).toBeGreaterThanOrEqual(1)
          expect(e.painDays).toBeLessThanOrEqual(e.durationDays)
          const inside = days.filter((d) => d.day >= e.start && d.day <= e.end).map((d) => d.worst)
          expect(e.peak).toBe(Math.max(...inside))
          expect(e.peak).toBeGreaterThanOrEqual(r.painDayMin)
        }
      }),
    )
  })

  it('status, duration and level follow rules 3 to 5', () => {
    fc.assert(
      fc.property(journal, asOf, someRules, (days, at, r) => {
        const episodes = detectEpisodes(days, at, r)
        episodes.forEach((e, i) => {
          const gap = n(at) - n(e.end)
          const status =
            gap < r.settleDays ? 'ongoing' : gap < r.separationDays ? 'settling' : 'ended'
          expect(e.status).toBe(status)
          const last = status === 'ongoing' ? n(at) : n(e.end)
          expect(e.durationDays).toBe(last - n(e.start) + 1)
          const level =
            e.durationDays >= r.doctorDays
              ? 'doctor'
              : e.durationDays >= r.watchDays
                ? 'watch'
                : 'none'
          expect(e.level).toBe(level)
          // Only the last episode can still be current.
          if (i < episodes.length - 1) expect(e.status).toBe('ended')
        })
        expect(currentEpisode(episodes)).toBe(
          episodes.length > 0 && episodes.at(-1)?.status !== 'ended' ? episodes.at(-1) : null,
        )
      }),
    )
  })

  it('adding a pain-free day never changes the episodes', () => {
    fc.assert(
      fc.property(
        journal,
        asOf,
        someRules,
        fc.integer({ min: BASE - 10, max: BASE + SPAN + 70 }),
        fc.nat(),
        (days, at, r, extraDay, score) => {
          const extra = { day: dayFromNumber(extraDay), worst: score % r.painDayMin }
          expect(detectEpisodes([...days, extra], at, r)).toEqual(detectEpisodes(days, at, r))
        },
      ),
    )
  })

  it('does not depend on the order of the input', () => {
    fc.assert(
      fc.property(
        journal.chain((days) =>
          fc.tuple(
            fc.constant(days),
            fc.shuffledSubarray(days, { minLength: days.length, maxLength: days.length }),
          ),
        ),
        asOf,
        someRules,
        ([days, shuffled], at, r) => {
          expect(detectEpisodes(shuffled, at, r)).toEqual(detectEpisodes(days, at, r))
        },
      ),
    )
  })

  it('days after asOf make no difference', () => {
    fc.assert(
      fc.property(journal, asOf, someRules, (days, at, r) => {
        const upToAsOf = days.filter((d) => d.day <= at)
        expect(detectEpisodes(days, at, r)).toEqual(detectEpisodes(upToAsOf, at, r))
      }),
    )
  })
})
