import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadJournal } from '../../src/main/db/repositories/journal-loader'
import { detectEpisodes } from '../../src/shared/episodes'
import type { Checkin } from '../../src/shared/domain'
import type { DaySummary } from '../../src/shared/history-schemas'
import { dayNumbersByDay } from '../../src/shared/stats'
import { aYearOfCheckins, checkinsFromWorst, FIXTURE_END_DAY, tenYears } from '../fixtures/journal'
import { tempRunningJournal } from '../support/temp-journal'

type J = Awaited<ReturnType<typeof tempRunningJournal>>
let journal: J
beforeEach(async () => {
  journal = await tempRunningJournal({ now: () => new Date('2026-03-10T12:00:00Z') })
})
afterEach(() => journal.cleanup())

async function call<T>(channel: string, payload?: unknown): Promise<T> {
  const result = await journal.router.handle(channel, payload)
  if (!result.ok) throw new Error(`${channel}: ${result.error.kind}: ${result.error.message}`)
  return result.value as T
}

const save = (payload: Record<string, unknown>) => call<{ id: number }>('checkins:save', payload)
const month = (m: string, asOf = '2026-03-10') =>
  call<DaySummary[]>('history:month', { month: m, asOf })
const dayOf = (days: DaySummary[], day: string) => days.find((d) => d.day === day)

describe('history:month', () => {
  it('gives each day its exact worst, average, count and marks', async () => {
    await save({ at: '2026-02-10T08:00:00+01:00', pain: 3 })
    await save({ at: '2026-02-10T13:00:00+01:00', pain: 7, spasm: true })
    await save({ at: '2026-02-10T21:00:00+01:00', pain: 4, spasm: false })
    await save({ at: '2026-02-11T09:00:00+00:00', pain: 1, redFlags: ['fever'] })
    // A day's mark is the icon of its most serious sign: here an emergency beside a today sign.
    await save({ at: '2026-02-25T09:00:00+00:00', pain: 0, redFlags: ['fever'] })
    await save({ at: '2026-02-25T10:00:00+00:00', pain: 0, redFlags: ['saddle-numbness'] })
    // A deleted check-in counts for nothing.
    const gone = await save({ at: '2026-02-12T09:00:00+00:00', pain: 9, spasm: true })
    await call('checkins:delete', { id: gone.id })

    const feb = await month('2026-02')
    expect(dayOf(feb, '2026-02-10')).toEqual({
      day: '2026-02-10',
      worst: 7,
      average: 14 / 3,
      count: 3,
      spasm: true,
      redFlag: null,
      inEpisode: true,
    })
    expect(dayOf(feb, '2026-02-11')).toMatchObject({
      worst: 1,
      average: 1,
      count: 1,
      spasm: false,
      redFlag: 'today',
    })
    expect(dayOf(feb, '2026-02-25')?.redFlag).toBe('emergency')
    expect(dayOf(feb, '2026-02-12')).toEqual({
      day: '2026-02-12',
      worst: null,
      average: null,
      count: 0,
      spasm: false,
      redFlag: null,
      inEpisode: false,
    })

    await call('checkins:restore', { id: gone.id })
    expect(dayOf(await month('2026-02'), '2026-02-12')).toMatchObject({ worst: 9, spasm: true })
  })

  it('covers exactly the days of the month, and a night check-in counts for the day before', async () => {
    await save({ at: '2026-01-31T12:00:00+00:00', pain: 5 })
    await save({ at: '2026-02-01T12:00:00+00:00', pain: 2 })
    await save({ at: '2026-02-28T12:00:00+00:00', pain: 3 })
    // 01:30 on 1 March belongs to 28 February (the day starts at 04:00).
    await save({ at: '2026-03-01T01:30:00+00:00', pain: 8 })
    await save({ at: '2026-03-01T12:00:00+00:00', pain: 6 })

    const feb = await month('2026-02')
    expect(feb.map((d) => d.day)).toEqual(
      Array.from({ length: 28 }, (_, i) => `2026-02-${String(i + 1).padStart(2, '0')}`),
    )
    expect(dayOf(feb, '2026-02-01')).toMatchObject({ worst: 2, count: 1 })
    expect(dayOf(feb, '2026-02-28')).toMatchObject({ worst: 8, average: 5.5, count: 2 })

    const jan = await month('2026-01')
    expect(jan).toHaveLength(31)
    expect(jan.at(-1)).toMatchObject({ day: '2026-01-31', worst: 5 })
    expect((await month('2026-03')).at(0)).toMatchObject({ day: '2026-03-01', worst: 6 })
    expect(await month('2024-02', '2024-03-01')).toHaveLength(29)
    expect(await month('2026-04')).toHaveLength(30)
  })

  it('marks the days of each episode, gaps included, and an ongoing one up to today', async () => {
    loadJournal(
      journal.db(),
      {
        checkins: checkinsFromWorst([
          // An ended episode: 2–6 January (the 4th not logged, the 5th pain-free).
          { day: '2026-01-02', worst: 4 },
          { day: '2026-01-03', worst: 6 },
          { day: '2026-01-05', worst: 1 },
          { day: '2026-01-06', worst: 3 },
          // Pain-free days do not make an episode.
          { day: '2026-01-20', worst: 1 },
          // An ongoing one: pain since 20 February, the last pain day on 5 March.
          { day: '2026-02-20', worst: 5 },
          { day: '2026-03-05', worst: 2 },
        ]),
        dayRecords: [],
      },
      'x',
    )
    const inEpisode = (days: DaySummary[]) => days.filter((d) => d.inEpisode).map((d) => d.day)

    expect(inEpisode(await month('2026-01'))).toEqual([
      '2026-01-02',
      '2026-01-03',
      '2026-01-04',
      '2026-01-05',
      '2026-01-06',
    ])
    expect(inEpisode(await month('2026-02'))).toEqual(
      ['20', '21', '22', '23', '24', '25', '26', '27', '28'].map((d) => `2026-02-${d}`),
    )
    // Ongoing as of 10 March: marked from 1 March through the 10th, not after.
    const march = inEpisode(await month('2026-03', '2026-03-10'))
    expect(march).toHaveLength(10)
    expect(march.at(-1)).toBe('2026-03-10')

    // As of a later day the same episode has ended: marked only up to its last pain day.
    const later = inEpisode(await month('2026-03', '2026-05-01'))
    expect(later.at(-1)).toBe('2026-03-05')
  })

  it('reads one month of a ten-year journal', async () => {
    loadJournal(journal.db(), tenYears(), 'x')
    const days = await month('2021-06', FIXTURE_END_DAY)
    expect(days).toHaveLength(30)
    expect(days.filter((d) => d.count > 0).length).toBeGreaterThan(15)
  })

  it("sums each day as the screens do (dayNumbers): SQLite's month aggregate agrees", async () => {
    loadJournal(journal.db(), aYearOfCheckins(), 'x')
    const [from, to] = ['2025-11-01', '2025-11-30']
    const checkins = await call<Checkin[]>('checkins:list', { from, to })
    const expected = dayNumbersByDay(checkins)
    expect(expected.size).toBeGreaterThan(15)
    const days = await month('2025-11', FIXTURE_END_DAY)
    for (const d of days) {
      const numbers = expected.get(d.day)
      expect({ day: d.day, worst: d.worst, average: d.average, count: d.count }).toEqual({
        day: d.day,
        worst: numbers?.worst ?? null,
        average: numbers?.average ?? null,
        count: numbers?.count ?? 0,
      })
    }
  })

  it.each([
    ['a month 13', { month: '2026-13', asOf: '2026-03-01' }],
    ['a month without a leading zero', { month: '2026-3', asOf: '2026-03-01' }],
    ['a day for a month', { month: '2026-03-01', asOf: '2026-03-01' }],
    ['no asOf', { month: '2026-03' }],
    ['an impossible asOf', { month: '2026-03', asOf: '2026-02-30' }],
  ])('refuses %s', async (_name, payload) => {
    const result = await journal.router.handle('history:month', payload)
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } })
  })
})

describe('episodes:list', () => {
  it('matches detectEpisodes on a year of check-ins', async () => {
    const sample = aYearOfCheckins()
    loadJournal(journal.db(), sample, 'x')
    const expected = detectEpisodes(
      [...dayNumbersByDay(sample.checkins)].map(([day, { worst }]) => ({ day, worst })),
      FIXTURE_END_DAY,
    )
    expect(expected.length).toBeGreaterThan(1)
    expect(await call('episodes:list', { asOf: FIXTURE_END_DAY })).toEqual(expected)
  })

  it('is empty for an empty journal and ignores days after asOf', async () => {
    expect(await call('episodes:list', { asOf: '2026-03-01' })).toEqual([])
    await save({ at: '2026-03-05T12:00:00+00:00', pain: 6 })
    expect(await call('episodes:list', { asOf: '2026-03-01' })).toEqual([])
    expect(await call('episodes:list', { asOf: '2026-03-05' })).toMatchObject([
      { start: '2026-03-05', end: '2026-03-05', peak: 6, status: 'ongoing', durationDays: 1 },
    ])
  })

  it('refuses a bad asOf', async () => {
    const result = await journal.router.handle('episodes:list', { asOf: 'today' })
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } })
  })
})
