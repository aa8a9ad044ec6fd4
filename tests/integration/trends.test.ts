/**
 * trends:get on a real database loaded with the two-year fixture, checked against numbers
 * computed here straight from the fixture with plain loops (not with src/shared/stats).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadJournal } from '../../src/main/db/repositories/journal-loader'
import type { SampleCheckin } from '../../src/shared/sample-data'
import type { TrendsResult } from '../../src/shared/trends-schema'
import { FIXTURE_END_DAY, twoYears } from '../fixtures/journal'
import { DEFAULT_DAILY_LIMITS_MG } from '../../src/shared/catalog'
import { formatMg } from '../../src/shared/locale-format'
import { renderedHtml, textOf } from '../support/render'
import { tempRunningJournal } from '../support/temp-journal'

type J = Awaited<ReturnType<typeof tempRunningJournal>>
let journal: J
const sample = twoYears()

beforeAll(async () => {
  journal = await tempRunningJournal()
  loadJournal(journal.db(), sample, '2026-03-01T12:00:00Z')
})
afterAll(() => journal.cleanup())

async function trends(from: string | null, to = FIXTURE_END_DAY): Promise<TrendsResult> {
  const result = await journal.router.handle('trends:get', { from, to, asOf: FIXTURE_END_DAY })
  if (!result.ok) throw new Error(result.error.message)
  return result.value as TrendsResult
}

const inRange = (from: string, to: string): SampleCheckin[] =>
  sample.checkins.filter((c) => c.day >= from && c.day <= to)

function byDay(checkins: SampleCheckin[]): Map<string, SampleCheckin[]> {
  const map = new Map<string, SampleCheckin[]>()
  for (const c of checkins) map.set(c.day, [...(map.get(c.day) ?? []), c])
  return map
}

const worstOf = (cs: SampleCheckin[]): number => Math.max(...cs.map((c) => c.pain))
const avg = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length
/** A mean in tenths as printed (one decimal, half away from zero; the means here are >= 0). */
const tenths = (x: number): number => Math.round(x * 10)

describe('trends:get on two years of data', () => {
  const from = '2025-12-02'
  const to = FIXTURE_END_DAY

  it('gives every day of 90 days its worst and average, with gaps where nothing was logged', async () => {
    const t = await trends(from)
    const days = byDay(inRange(from, to))
    expect(t.resolution).toBe('day')
    expect(t.days).toBe(90)
    expect(t.pain).toHaveLength(90)
    expect(t.loggedDays).toBe(days.size)
    expect(t.loggedDays).toBeLessThan(90) // the fixture skips days: gaps are really tested
    for (const p of t.pain) {
      const cs = days.get(p.start)
      expect(p.worst).toBe(cs ? worstOf(cs) : null)
      if (cs) expect(p.average).toBeCloseTo(avg(cs.map((c) => c.pain)), 10)
      else expect(p.average).toBeNull()
    }
  })

  it('compares each trigger with and without, from the fixture by hand', async () => {
    const t = await trends(from)
    const days = [...byDay(inRange(from, to)).values()]
    expect(t.triggers.length).toBeGreaterThan(0)
    for (const row of t.triggers) {
      const withT = days.filter((cs) => cs.some((c) => c.triggerKeys.includes(row.key)))
      const without = days.filter((cs) => !cs.some((c) => c.triggerKeys.includes(row.key)))
      expect([row.daysWith, row.daysWithout]).toEqual([withT.length, without.length])
      const enough = withT.length >= 3 && without.length >= 3
      expect(row.enough).toBe(enough)
      if (enough) {
        // The difference of the two means as printed beside it.
        const printed = tenths(avg(withT.map(worstOf))) - tenths(avg(without.map(worstOf)))
        expect(row.difference).toBeCloseTo(printed / 10, 10)
      } else {
        expect(row.difference).toBeNull()
      }
    }
  })

  it('counts remedy uses and averages relief, and totals medicine by day', async () => {
    const t = await trends(from)
    const uses = inRange(from, to).flatMap((c) => c.remedies.map((r) => ({ ...r, day: c.day })))
    for (const row of t.remedies) {
      const mine = uses.filter((u) => u.key === row.key)
      expect(row.uses).toBe(mine.length)
      const rated = mine.flatMap((u) => (u.relief === null ? [] : [u.relief]))
      expect(row.rated).toBe(rated.length)
      if (rated.length > 0) expect(row.meanRelief).toBeCloseTo(avg(rated), 10)
    }
    const ibuprofen = new Map<string, number>()
    for (const u of uses) {
      if (u.key === 'ibuprofen' && u.doseMg !== null) {
        ibuprofen.set(u.day, (ibuprofen.get(u.day) ?? 0) + u.doseMg)
      }
    }
    const served = new Map(
      t.medicines.points.flatMap((p) =>
        p.totals['ibuprofen'] === undefined ? [] : [[p.start, p.totals['ibuprofen']] as const],
      ),
    )
    expect(served).toEqual(ibuprofen)
    expect(t.names['ibuprofen']).toBe('Ibuprofen')
  })

  it('averages the daily worst by weekday', async () => {
    const t = await trends(from)
    const days = [...byDay(inRange(from, to)).entries()]
    for (const row of t.weekdays) {
      // 2026-03-02 is a Monday; count back in whole weeks.
      const mine = days.filter(([day]) => {
        const diff = Math.round(
          (Date.parse(`${day}T00:00:00Z`) - Date.parse('2026-03-02T00:00:00Z')) / 86_400_000,
        )
        return ((diff % 7) + 7) % 7 === row.weekday
      })
      expect(row.days).toBe(mine.length)
      expect(row.meanWorst).toBeCloseTo(avg(mine.map(([, cs]) => worstOf(cs))), 10)
    }
  })

  it('turns the whole journal into weeks, each with the worst of its days', async () => {
    const t = await trends(null)
    const first = sample.checkins.map((c) => c.day).sort()[0]
    expect(t.from).toBe(first)
    expect(t.firstLoggedDay).toBe(first)
    expect(t.resolution).toBe('week')
    expect(t.pain.length).toBeLessThanOrEqual(106)
    const days = byDay(sample.checkins)
    for (const p of t.pain) {
      const inWeek = [...days.entries()].filter(([d]) => d >= p.start && d <= p.end)
      expect(p.loggedDays).toBe(inWeek.length)
      expect(p.worst).toBe(inWeek.length ? Math.max(...inWeek.map(([, cs]) => worstOf(cs))) : null)
    }
    // Weeks run Monday to Sunday, also across the year end.
    const newYear = t.pain.find((p) => p.start <= '2026-01-01' && p.end >= '2026-01-01')
    expect(newYear).toMatchObject({ start: '2025-12-29', end: '2026-01-04' })
    expect(t.calendar).toHaveLength(371)
    expect(t.episodes.length).toBeGreaterThan(1)
  })

  it('refuses a period that ends before it starts', async () => {
    const result = await journal.router.handle('trends:get', {
      from: '2026-03-01',
      to: '2026-02-01',
      asOf: FIXTURE_END_DAY,
    })
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } })
  })
})

describe('trends:get and insights:get read the journal as it is now', () => {
  it("leave out a deleted check-in with everything recorded with it, and name the user's own entries", async () => {
    const j = await tempRunningJournal()
    try {
      const call = async (channel: string, payload: unknown) => {
        const result = await j.router.handle(channel, payload)
        if (!result.ok) throw new Error(result.error.message)
        return result.value as never
      }
      const own: { id: number } = await call('catalog:add-trigger', { name: 'Long drive' })
      const tea: { id: number } = await call('catalog:add-remedy', {
        name: 'Ginger tea',
        kind: 'self-care',
      })
      const save = (day: string, pain: number, extra: object = {}) =>
        call('checkins:save', { at: `${day}T09:00:00+00:00`, pain, ...extra }) as Promise<{
          id: number
        }>
      await save('2026-02-01', 4, {
        triggerIds: [own.id],
        remedies: [{ remedyId: tea.id, relief: 2 }],
      })
      await save('2026-02-02', 3)
      const gone = await save('2026-02-02', 9, {
        redFlags: ['fever'],
        triggerIds: [own.id],
        remedies: [{ remedyId: tea.id, relief: -1 }],
      })
      const asOf = '2026-02-02'
      const before: TrendsResult = await call('trends:get', { from: null, to: asOf, asOf })
      expect(before.pain.map((p) => p.worst)).toEqual([4, 9])
      expect(before.markers.map((m) => m.key)).toEqual(['fever'])
      const beforeInsights: { flags: { kind: string }[] } = await call('insights:get', { asOf })
      expect(beforeInsights.flags.map((f) => f.kind)).toContain('red-flag')

      await call('checkins:delete', { id: gone.id })
      const after: TrendsResult = await call('trends:get', { from: null, to: asOf, asOf })
      expect(after.pain.map((p) => p.worst)).toEqual([4, 3])
      expect(after.markers).toEqual([])
      const trigger = after.triggers.find((t) => after.names[t.key] === 'Long drive')
      expect(trigger).toMatchObject({ daysWith: 1, daysWithout: 1, meanWith: 4, meanWithout: 3 })
      const remedy = after.remedies.find((r) => after.names[r.key] === 'Ginger tea')
      expect(remedy).toMatchObject({ uses: 1, daysUsed: 1, meanRelief: 2 })
      const afterInsights: { flags: { kind: string }[] } = await call('insights:get', { asOf })
      expect(afterInsights.flags.map((f) => f.kind)).not.toContain('red-flag')
    } finally {
      j.cleanup()
    }
  })
})

describe('the Trends screen says a medicine’s limit as the rest of the app does', () => {
  it('calls a default limit the over-the-counter label maximum, not the person’s own limit', async () => {
    const t = await trends(null)
    const ibuprofen = t.medicines.summaries.find((s) => s.key === 'ibuprofen')
    expect(ibuprofen?.limitMg).toBe(DEFAULT_DAILY_LIMITS_MG['ibuprofen'])
    const text = textOf(
      await renderedHtml(
        'src/renderer/src/features/trends/MedicinesSection.tsx',
        'MedicinesSection',
        {
          data: t,
        },
      ),
    )
    expect(text).toContain(
      `Ibuprofen — mg per day; daily limit ${formatMg(DEFAULT_DAILY_LIMITS_MG['ibuprofen']!)}, the label maximum for over-the-counter use`,
    )
    expect(text).not.toContain('your daily limit')
  })
})
