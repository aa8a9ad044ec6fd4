import { describe, it, expect } from 'vitest'
import { BUILTIN_REMEDIES, BUILTIN_TRIGGERS } from '../../src/shared/catalog'
import { BODY_REGIONS, CONTEXTS, RED_FLAGS, RELIEF_VALUES } from '../../src/shared/domain'
import { generateJournal, mulberry32 } from '../../src/shared/sample-data'
import type { SampleCheckin, SampleJournal } from '../../src/shared/sample-data'
import {
  aYearOfCheckins,
  anOngoingEpisode,
  checkinsFromWorst,
  tenYears,
  twentyYearsFiveADay,
  twoYears,
} from '../fixtures/journal'

const END = '2026-03-01'
const SEEDS = [1, 2, 3, 42, 2026]
const year = aYearOfCheckins({ seed: 1, endDay: END })
const decade = tenYears({ seed: 7, endDay: END })

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length
const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / 86_400_000
const dayString = (n: number): string => new Date(n * 86_400_000).toISOString().slice(0, 10)

const lifting = (c: SampleCheckin): boolean => c.triggerKeys.includes('heavy-lifting')

function byDay(checkins: readonly SampleCheckin[]): Map<string, SampleCheckin[]> {
  const days = new Map<string, SampleCheckin[]>()
  for (const c of checkins) days.set(c.day, [...(days.get(c.day) ?? []), c])
  return days
}

/** Episodes as DESIGN.md section 3 defines them: pain days (worst >= 2) 30 pain-free days apart. */
function episodesOf(journal: SampleJournal): { start: string; end: string; peak: number }[] {
  const episodes: { start: string; end: string; peak: number }[] = []
  for (const [day, checkins] of byDay(journal.checkins)) {
    const worst = Math.max(...checkins.map((c) => c.pain))
    if (worst < 2) continue
    const current = episodes.at(-1)
    if (current && dayNumber(day) - dayNumber(current.end) - 1 < 30) {
      current.end = day
      current.peak = Math.max(current.peak, worst)
    } else episodes.push({ start: day, end: day, peak: worst })
  }
  return episodes
}

describe('mulberry32', () => {
  it('repeats its sequence for a seed and stays within [0, 1)', () => {
    const a = mulberry32(99)
    const b = mulberry32(99)
    const draws = Array.from({ length: 1000 }, () => a())
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b()))
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true)
    expect(new Set(draws).size).toBeGreaterThan(990)
  })
})

describe('generateJournal', () => {
  it('gives byte-identical journals for the same options and different ones per seed', () => {
    const again = aYearOfCheckins({ seed: 1, endDay: END })
    expect(JSON.stringify(again)).toBe(JSON.stringify(year))
    expect(aYearOfCheckins({ seed: 2, endDay: END })).not.toEqual(year)
  })

  it('adds red flags only when asked, leaving everything else as it was', () => {
    expect(decade.checkins.every((c) => c.redFlags.length === 0)).toBe(true)
    const withFlags = twoYears({ seed: 7, endDay: END, redFlags: true })
    const flagged = withFlags.checkins.filter((c) => c.redFlags.length > 0)
    expect(flagged.length).toBeGreaterThan(0)
    expect(flagged.flatMap((c) => c.redFlags).every((f) => RED_FLAGS.includes(f))).toBe(true)
    const stripped = withFlags.checkins.map((c) => ({ ...c, redFlags: [] }))
    expect(stripped).toEqual(twoYears({ seed: 7, endDay: END }).checkins)
  })

  it('keeps every check-in field in range and names only built-in catalog keys', () => {
    const triggerKeys = new Set(BUILTIN_TRIGGERS.map((t) => t.key))
    const kinds = new Map(BUILTIN_REMEDIES.map((r) => [r.key, r.kind]))
    for (const c of decade.checkins) {
      expect(c.at).toMatch(/^\d{4}-\d{2}-\d{2}T(0[6-9]|1\d|2[0-2]):[0-5]\d:00\+00:00$/)
      expect(c.day).toBe(c.at.slice(0, 10))
      expect(Number.isInteger(c.pain) && c.pain >= 0 && c.pain <= 10).toBe(true)
      expect([true, false, null]).toContain(c.spasm)
      expect(c.regions.every((r) => BODY_REGIONS.includes(r))).toBe(true)
      expect(new Set(c.regions).size).toBe(c.regions.length)
      expect(c.regions.length > 0).toBe(c.pain > 0)
      if (c.context !== null) expect(CONTEXTS).toContain(c.context)
      expect(c.triggerKeys.every((k) => triggerKeys.has(k))).toBe(true)
      for (const r of c.remedies) {
        const kind = kinds.get(r.key)
        expect(kind, r.key).toBeDefined()
        if (r.relief !== null) expect(RELIEF_VALUES).toContain(r.relief)
        if (r.doseMg !== null) expect(kind === 'medication' && r.doseMg > 0).toBe(true)
        if (r.minutes !== null) expect(kind === 'movement' || kind === 'therapy').toBe(true)
      }
      expect(new Set(c.remedies.map((r) => r.key)).size).toBe(c.remedies.length)
    }
    const loggedDays = new Set(decade.checkins.map((c) => c.day))
    const score = (v: number | null) => v === null || (Number.isInteger(v) && v >= 0 && v <= 10)
    for (const d of decade.dayRecords) {
      expect(loggedDays.has(d.day)).toBe(true)
      expect([d.sleepQuality, d.enjoymentInterference, d.activityInterference].every(score)).toBe(
        true,
      )
      if (d.minutesWalked !== null) expect(d.minutesWalked).toBeGreaterThanOrEqual(10)
      if (d.minutesWalked !== null) expect(d.minutesWalked).toBeLessThanOrEqual(60)
    }
  })

  it('sorts check-ins by time stamp and keeps them inside the requested days', () => {
    const ats = decade.checkins.map((c) => c.at)
    expect(ats.every((at, i) => i === 0 || (ats[i - 1] ?? '') < at)).toBe(true)
    const days = year.checkins.map((c) => c.day)
    expect(days[0] ?? '').toMatch(/^2025-03-0[2-9]$/)
    expect(days.at(-1) ?? '').toMatch(/^2026-0[23]-\d\d$/)
    expect((days.at(-1) ?? '') <= END).toBe(true)
    const records = year.dayRecords.map((d) => d.day)
    expect(records).toEqual([...records].sort())
    expect(new Set(records).size).toBe(records.length)
  })

  it('writes the given UTC offset into every time stamp', () => {
    const india = generateJournal({ seed: 1, endDay: END, days: 30, utcOffsetMinutes: 330 })
    const newYork = generateJournal({ seed: 1, endDay: END, days: 30, utcOffsetMinutes: -300 })
    expect(india.checkins.every((c) => c.at.endsWith('+05:30'))).toBe(true)
    expect(newYork.checkins.every((c) => c.at.endsWith('-05:00'))).toBe(true)
  })

  it('logs about the requested share of days, with 1.3 check-ins per logged day', () => {
    for (const seed of SEEDS) {
      const journal = aYearOfCheckins({ seed, endDay: END })
      const logged = byDay(journal.checkins).size
      expect(logged / 365).toBeGreaterThan(0.8)
      expect(logged / 365).toBeLessThan(0.9)
      expect(journal.checkins.length / logged).toBeGreaterThan(1.2)
      expect(journal.checkins.length / logged).toBeLessThan(1.4)
      expect(journal.dayRecords.length / logged).toBeGreaterThan(0.8)
    }
    const sparse = aYearOfCheckins({ seed: 1, endDay: END, loggingRate: 0.5, checkinsPerDay: 1 })
    expect(byDay(sparse.checkins).size / 365).toBeCloseTo(0.5, 1)
    expect(sparse.checkins.length).toBe(byDay(sparse.checkins).size)
  })

  it('keeps the requested mean near the cap of five, where bad days cannot take more', () => {
    for (const seed of SEEDS) {
      const four = aYearOfCheckins({ seed, endDay: END, loggingRate: 1, checkinsPerDay: 4 })
      expect(four.checkins.length / 365).toBeGreaterThan(3.9)
      expect(four.checkins.length / 365).toBeLessThan(4.1)
    }
    const large = twentyYearsFiveADay()
    const days = byDay(large.checkins)
    expect(days.size).toBe(7300)
    expect([...days.values()].every((checkins) => checkins.length === 5)).toBe(true)
    expect(large.checkins.length).toBe(36_500)
  })

  it('has several separate episodes reaching 4 or more in every year', () => {
    for (const seed of SEEDS) {
      const episodes = episodesOf(aYearOfCheckins({ seed, endDay: END }))
      expect(episodes.filter((e) => e.peak >= 4).length, `seed ${seed}`).toBeGreaterThanOrEqual(2)
    }
    // Over ten years, at least one severe episode lasts six weeks or more.
    const longest = Math.max(
      ...episodesOf(decade).map((e) => dayNumber(e.end) - dayNumber(e.start) + 1),
    )
    expect(longest).toBeGreaterThanOrEqual(42)
  })

  it('gives every year a few episodes of different lengths, one past eight weeks', () => {
    for (const seed of SEEDS) {
      const episodes = episodesOf(aYearOfCheckins({ seed, endDay: END }))
      const lengths = episodes.map((e) => dayNumber(e.end) - dayNumber(e.start) + 1)
      const started = episodes.filter((e) => e.start >= '2025-03-02')
      expect(started.length, `seed ${seed}`).toBeGreaterThanOrEqual(3)
      expect(Math.max(...lengths), `seed ${seed}`).toBeGreaterThanOrEqual(56)
      expect(Math.min(...lengths), `seed ${seed}`).toBeLessThanOrEqual(10)
      // The last one is still going on, in its seventh or eighth week.
      const last = episodes.at(-1)
      expect(last?.end).toBe(END)
      const sinceStart = dayNumber(END) - dayNumber(last?.start ?? END) + 1
      expect(sinceStart).toBeGreaterThanOrEqual(42)
      expect(sinceStart).toBeLessThan(56)
    }
  })

  it('makes days of heavy lifting hurt more, and flare up from the day before', () => {
    for (const seed of SEEDS) {
      const worst = new Map(
        [...byDay(aYearOfCheckins({ seed, endDay: END }).checkins)].map(([day, cs]) => [
          day,
          { worst: Math.max(...cs.map((c) => c.pain)), lifted: cs.some(lifting) },
        ]),
      )
      const days = [...worst]
      const lifted = days.filter(([, d]) => d.lifted).map(([, d]) => d.worst)
      const others = days.filter(([, d]) => !d.lifted).map(([, d]) => d.worst)
      expect(lifted.length, `seed ${seed}`).toBeGreaterThanOrEqual(3)
      expect(mean(lifted), `seed ${seed}`).toBeGreaterThan(mean(others) + 0.5)
      // The rise from the day before: lifting sets pain off, other days barely move on average.
      const rise = (lifts: boolean) =>
        days.flatMap(([day, d]) => {
          const before = worst.get(dayString(dayNumber(day) - 1))
          return d.lifted === lifts && before ? [d.worst - before.worst] : []
        })
      expect(mean(rise(true)), `seed ${seed}`).toBeGreaterThan(1)
      expect(Math.abs(mean(rise(false))), `seed ${seed}`).toBeLessThan(0.3)
    }
  })

  it('has better and worse weeks, not a smooth curve', () => {
    for (const seed of SEEDS) {
      const worst = new Map(
        [...byDay(aYearOfCheckins({ seed, endDay: END }).checkins)].map(([day, cs]) => [
          dayNumber(day),
          Math.max(...cs.map((c) => c.pain)),
        ]),
      )
      // Weekly means of the worst pain across the year, and how often a week is worse than the
      // one before.
      const first = Math.min(...worst.keys())
      const weeks: number[] = []
      for (let w = first; w + 7 <= first + 364; w += 7) {
        const logged = Array.from({ length: 7 }, (_, i) => worst.get(w + i)).filter(
          (x) => x !== undefined,
        )
        if (logged.length > 0) weeks.push(mean(logged))
      }
      const worse = weeks.filter((m, i) => i > 0 && m > (weeks[i - 1] ?? 0) + 0.3).length
      const better = weeks.filter((m, i) => i > 0 && m < (weeks[i - 1] ?? 0) - 0.3).length
      expect(worse, `seed ${seed}`).toBeGreaterThanOrEqual(8)
      expect(better, `seed ${seed}`).toBeGreaterThanOrEqual(8)
      // Quiet weeks too: some with pain, some without.
      expect(weeks.filter((m) => m < 0.5).length, `seed ${seed}`).toBeGreaterThanOrEqual(4)
      expect(weeks.filter((m) => m >= 5).length, `seed ${seed}`).toBeGreaterThanOrEqual(2)
    }
  })

  it('has pain of 0 to 2 on most days', () => {
    const worst = [...byDay(decade.checkins).values()].map((cs) =>
      Math.max(...cs.map((c) => c.pain)),
    )
    expect(worst.filter((w) => w <= 2).length / worst.length).toBeGreaterThan(0.7)
  })

  it('makes triggered days hurt more than days without a trigger', () => {
    for (const seed of SEEDS) {
      const days = [...byDay(aYearOfCheckins({ seed, endDay: END }).checkins).values()]
      const dayMean = (cs: SampleCheckin[]) => mean(cs.map((c) => c.pain))
      const triggered = days.filter((cs) => cs.some((c) => c.triggerKeys.length > 0))
      const untriggered = days.filter((cs) => cs.every((c) => c.triggerKeys.length === 0))
      expect(mean(triggered.map(dayMean)) - mean(untriggered.map(dayMean))).toBeGreaterThan(0.5)
    }
  })

  it('has remedies that mostly help a little, at realistic doses', () => {
    const uses = decade.checkins.flatMap((c) => c.remedies)
    const reliefs = uses.flatMap((r) => (r.relief === null ? [] : [r.relief]))
    const ones = reliefs.filter((r) => r === 1).length
    for (const other of [2, 0, -1])
      expect(ones).toBeGreaterThan(reliefs.filter((r) => r === other).length)
    expect(mean(reliefs)).toBeGreaterThan(0.5)
    expect(mean(reliefs)).toBeLessThan(1.5)
    const tablet: Record<string, number> = { ibuprofen: 200, naproxen: 220, acetaminophen: 500 }
    for (const r of uses) {
      const unit = tablet[r.key]
      if (unit) expect(r.doseMg !== null && r.doseMg % unit === 0).toBe(true)
    }
    // Day totals above the 1200 mg label maximum happen, but rarely.
    const ibuprofenDays = new Map<string, number>()
    for (const c of decade.checkins)
      for (const r of c.remedies)
        if (r.key === 'ibuprofen')
          ibuprofenDays.set(c.day, (ibuprofenDays.get(c.day) ?? 0) + (r.doseMg ?? 0))
    const over = [...ibuprofenDays.values()].filter((mg) => mg > 1200).length
    expect(over).toBeGreaterThan(0)
    expect(over / ibuprofenDays.size).toBeLessThan(0.1)
  })

  it('sometimes logs bed rest on three or more days in a row early in an episode', () => {
    const daysOf = (key: string) =>
      [...byDay(decade.checkins)]
        .filter(([, cs]) => cs.some((c) => c.remedies.some((r) => r.key === key)))
        .map(([day]) => dayNumber(day))
    const runsOfThree = (days: number[]) => days.filter((n, i) => days[i - 2] === n - 2).length
    expect(runsOfThree(daysOf('bed-rest'))).toBeGreaterThan(0)
    // A short rest is a day or two, never three in a row: only bed rest raises that flag.
    expect(daysOf('rest').length).toBeGreaterThan(0)
    expect(runsOfThree(daysOf('rest'))).toBe(0)
  })

  it('sleeps worse and is held back more on bad days', () => {
    const worstOf = new Map(
      [...byDay(decade.checkins)].map(([day, cs]) => [day, Math.max(...cs.map((c) => c.pain))]),
    )
    const records = (bad: boolean) =>
      decade.dayRecords.filter((d) => (worstOf.get(d.day) ?? 0) >= 5 === bad)
    const avg = (xs: (number | null)[]) => mean(xs.flatMap((x) => (x === null ? [] : [x])))
    expect(avg(records(true).map((d) => d.sleepQuality))).toBeLessThan(
      avg(records(false).map((d) => d.sleepQuality)) - 1,
    )
    expect(avg(records(true).map((d) => d.activityInterference))).toBeGreaterThan(
      avg(records(false).map((d) => d.activityInterference)) + 2,
    )
  })

  it('writes short notes on about one check-in in ten, some with commas or quotes', () => {
    const notes = decade.checkins.map((c) => c.note).filter((n) => n !== '')
    expect(notes.length / decade.checkins.length).toBeGreaterThan(0.06)
    expect(notes.length / decade.checkins.length).toBeLessThan(0.15)
    expect(notes.some((n) => n.includes('"'))).toBe(true)
    expect(notes.some((n) => n.includes(','))).toBe(true)
  })

  it('generates ten years of days', () => {
    const days = byDay(decade.checkins)
    expect(days.size).toBeGreaterThan(3650 * 0.8)
    expect(days.size).toBeLessThanOrEqual(3650)
    expect(decade.checkins.length).toBeGreaterThan(days.size * 1.2)
    // 3,650 days ending 2026-03-01 begin on 2016-03-04.
    expect((decade.checkins[0]?.day ?? '') >= '2016-03-04').toBe(true)
    expect(decade.checkins[0]?.day.slice(0, 7)).toBe('2016-03')
  })

  it('refuses options it cannot honour', () => {
    const ok = { seed: 1, endDay: END, days: 10 }
    expect(() => generateJournal({ ...ok, endDay: '2026-02-30' })).toThrow(RangeError)
    expect(() => generateJournal({ ...ok, endDay: '1 March 2026' })).toThrow(RangeError)
    expect(() => generateJournal({ ...ok, days: 0 })).toThrow(RangeError)
    expect(() => generateJournal({ ...ok, loggingRate: 1.5 })).toThrow(RangeError)
    expect(() => generateJournal({ ...ok, utcOffsetMinutes: 30.5 })).toThrow(RangeError)
  })
})

describe('journal fixtures', () => {
  it('builds one 09:00 check-in per day from worst scores, sorted by day', () => {
    const checkins = checkinsFromWorst([
      { day: '2026-01-03', worst: 5 },
      { day: '2026-01-01', worst: 0 },
    ])
    expect(checkins.map((c) => [c.at, c.pain])).toEqual([
      ['2026-01-01T09:00:00+00:00', 0],
      ['2026-01-03T09:00:00+00:00', 5],
    ])
  })

  it('builds an ongoing episode of exactly `length` pain days ending at endDay', () => {
    const journal = anOngoingEpisode({ endDay: END, length: 50, peak: 7 })
    const worst = journal.checkins.map((c) => c.pain)
    expect(journal.checkins.at(-1)?.day).toBe(END)
    expect(worst.slice(-50).every((w) => w >= 2)).toBe(true)
    expect(worst.slice(0, -50).every((w) => w < 2)).toBe(true)
    expect(worst.slice(0, -50).length).toBeGreaterThanOrEqual(30)
    expect(Math.max(...worst)).toBe(7)
    expect(episodesOf(journal)).toEqual([{ start: '2026-01-11', end: END, peak: 7 }])
  })
})
