import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadJournal } from '../../src/main/db/repositories/journal-loader'
import { contract } from '../../src/shared/contract'
import { addDaysToDay } from '../../src/shared/days'
import type { Insights } from '../../src/shared/insights-schema'
import type { SampleCheckin, SampleJournal } from '../../src/shared/sample-data'
import { anOngoingEpisode, checkinsFromWorst, FIXTURE_END_DAY } from '../fixtures/journal'
import { tempRunningJournal } from '../support/temp-journal'

type J = Awaited<ReturnType<typeof tempRunningJournal>>
let journal: J
beforeEach(async () => {
  journal = await tempRunningJournal()
})
afterEach(() => journal.cleanup())

const END = FIXTURE_END_DAY

function seed(sample: SampleJournal): void {
  loadJournal(journal.db(), sample, '2026-03-01T12:00:00Z')
}

async function insightsAsOf(asOf: string): Promise<Insights> {
  const result = await journal.router.handle('insights:get', { asOf })
  if (!result.ok) throw new Error(result.error.message)
  // What the handler answers must be what the contract promises the renderer.
  return contract['insights:get'].output.parse(result.value)
}

function ongoing(length: number, peak = 7, shape?: 'easing' | 'flat'): SampleJournal {
  return anOngoingEpisode({ endDay: END, length, peak, shape })
}

describe('insights:get', () => {
  it('a 60-day episode is on day 60, at the doctor level, with doctor guidance', async () => {
    seed(ongoing(60))
    const insights = await insightsAsOf(END)
    expect(insights.episode).toEqual({
      start: '2026-01-01',
      end: END,
      dayNumber: 60,
      durationDays: 60,
      painDays: 60,
      peak: 7,
      status: 'ongoing',
      level: 'doctor',
    })
    expect(insights.flags.map((f) => [f.kind, f.level])).toEqual([['long-episode', 'visit']])
    expect(insights.flags[0]?.reason).toContain('eight weeks or more (day 60)')
    expect(insights.flags[0]?.numbers).toMatchObject({
      dayOfEpisode: 60,
      doctorDays: 56,
      levelSince: '2026-02-25',
    })
    expect(insights.guidance.stage).toBe('doctor')
    expect(insights).toMatchObject({ warning: null, lastVisit: null })
  })

  it('a 45-day episode is at the watch level with watch guidance', async () => {
    seed(ongoing(45))
    const insights = await insightsAsOf(END)
    expect(insights.episode).toMatchObject({ dayNumber: 45, level: 'watch', start: '2026-01-16' })
    expect(insights.flags.map((f) => [f.kind, f.level])).toEqual([['long-episode', 'visit']])
    expect(insights.flags[0]?.title).toBe('A good time to book a doctor visit')
    expect(insights.guidance.stage).toBe('watch')
  })

  it('the episode is one day further along the next day, and day 56 turns watch into doctor', async () => {
    seed(ongoing(55))
    expect((await insightsAsOf(END)).episode).toMatchObject({ dayNumber: 55, level: 'watch' })
    const next = await insightsAsOf(addDaysToDay(END, 1))
    expect(next.episode).toMatchObject({ dayNumber: 56, level: 'doctor', status: 'ongoing' })
    expect(next.guidance.stage).toBe('doctor')
  })

  it('the guidance follows the stage of the episode: day 2, day 10, day 20, day 30', async () => {
    const stages: [number, string][] = [
      [2, 'first-days'],
      [10, 'first-weeks'],
      [20, 'gentle-exercise'],
      [30, 'building-up'],
    ]
    for (const [length, stage] of stages) {
      journal.cleanup()
      journal = await tempRunningJournal()
      seed(ongoing(length))
      const insights = await insightsAsOf(END)
      expect(insights.episode?.dayNumber).toBe(length)
      expect(insights.episode?.level).toBe('none')
      expect(insights.guidance.stage).toBe(stage)
    }
  })

  it('a pain-free journal has no episode, no flags and the calm guidance', async () => {
    seed({ checkins: checkinsFromWorst([{ day: '2026-02-27', worst: 1 }]), dayRecords: [] })
    const insights = await insightsAsOf(END)
    expect(insights).toMatchObject({ asOf: END, episode: null, flags: [], remediesTried: [] })
    expect(insights.guidance.stage).toBe('none')
  })

  it('an empty journal answers too', async () => {
    const insights = await insightsAsOf(END)
    expect(insights).toMatchObject({ episode: null, flags: [], remediesTried: [] })
  })

  it('an episode whose last pain day was 10 days ago is settling; one 30 days ago has ended', async () => {
    const last = addDaysToDay(END, -10)
    seed(anOngoingEpisode({ endDay: last, length: 12, peak: 6 }))
    const settling = await insightsAsOf(END)
    expect(settling.episode).toMatchObject({ status: 'settling', end: last, dayNumber: 22 })
    expect(settling.guidance.stage).toBe('settling')
    const ended = await insightsAsOf(addDaysToDay(last, 30))
    expect(ended.episode).toBeNull()
    expect(ended.guidance.stage).toBe('none')
  })

  it('a warning sign recorded yesterday comes first, at its tier, and holds the advice back', async () => {
    const sample = ongoing(60)
    const yesterday = sample.checkins.find((c) => c.day === addDaysToDay(END, -1))
    if (!yesterday) throw new Error('fixture has no check-in yesterday')
    yesterday.redFlags = ['both-legs']
    seed(sample)
    const insights = await insightsAsOf(END)
    expect(insights.flags.map((f) => [f.kind, f.level])).toEqual([
      ['red-flag', 'emergency'],
      ['long-episode', 'visit'],
    ])
    expect(insights.flags[0]?.numbers).toMatchObject({ lastDay: addDaysToDay(END, -1) })
    expect(insights.warning).toEqual({
      tier: 'emergency',
      signs: [{ flag: 'both-legs', tier: 'emergency', lastDay: addDaysToDay(END, -1) }],
      lastDay: addDaysToDay(END, -1),
      records: 1,
    })
    expect(insights.guidance.stage).toBe('on-hold')
    // Thirty days on, the red flag has left the window.
    const later = await insightsAsOf(addDaysToDay(END, 30))
    expect(later.flags.map((f) => f.kind)).not.toContain('red-flag')
    expect(later.warning).toBeNull()
  })

  it('the notice and the red-flag flag read one window: both on its last day, neither after', async () => {
    const sample = ongoing(60)
    const signDay = addDaysToDay(END, -10)
    const c = sample.checkins.find((x) => x.day === signDay)
    if (!c) throw new Error('fixture has no check-in on the day')
    c.redFlags = ['fever']
    seed(sample)
    for (const n of [0, 28, 29, 30, 31]) {
      const asOf = addDaysToDay(signDay, n)
      const insights = await insightsAsOf(asOf)
      const flag = insights.flags.find((f) => f.kind === 'red-flag')
      const inWindow = n < 30
      expect([n, insights.warning !== null, flag !== undefined]).toEqual([n, inWindow, inWindow])
      if (flag) expect(flag.level).toBe(insights.warning?.tier)
    }
  })

  it('a doctor visit steps the warning sign down; a sign recorded after it raises it again', async () => {
    let now = new Date(`${END}T12:00:00Z`)
    journal.cleanup()
    journal = await tempRunningJournal({ now: () => now })
    const sample = ongoing(20)
    sample.checkins.find((c) => c.day === addDaysToDay(END, -2))!.redFlags = ['fever']
    seed(sample)
    expect((await insightsAsOf(END)).warning?.tier).toBe('today')

    const added = await journal.router.handle('visits:add', { day: END, note: '  Antibiotics.  ' })
    expect(added).toMatchObject({ ok: true, value: { day: END, note: 'Antibiotics.' } })
    const seen = await insightsAsOf(END)
    expect(seen.warning).toBeNull()
    expect(seen.flags.map((f) => [f.kind, f.level])).toEqual([['seen-doctor', 'info']])
    expect(seen.lastVisit).toMatchObject({ day: END, note: 'Antibiotics.' })
    expect(seen.guidance.stage).not.toBe('on-hold')

    // The same evening, a new sign: recorded after the visit, so the notice is back.
    now = new Date(`${END}T19:00:00Z`)
    const saved = await journal.router.handle('checkins:save', {
      at: `${END}T19:00:00+00:00`,
      pain: 8,
      redFlags: ['bladder-bowel'],
    })
    expect(saved.ok).toBe(true)
    const again = await insightsAsOf(END)
    expect(again.warning).toMatchObject({ tier: 'emergency', signs: [{ flag: 'bladder-bowel' }] })
  })

  it('refuses a visit in the future or with a long note, naming what is wrong', async () => {
    journal.cleanup()
    journal = await tempRunningJournal({ now: () => new Date(`${END}T12:00:00Z`) })
    const future = await journal.router.handle('visits:add', {
      day: addDaysToDay(END, 1),
      note: '',
    })
    expect(future).toMatchObject({
      ok: false,
      error: {
        kind: 'validation',
        message: '2 March 2026 has not come yet. A day can only be recorded once it has begun.',
      },
    })
    const long = await journal.router.handle('visits:add', { day: END, note: 'x'.repeat(1001) })
    expect(long).toMatchObject({ ok: false, error: { kind: 'validation' } })
    expect(long.ok ? '' : long.error.message).toMatch(/^note: A visit note can be up to 1000/)
    expect(journal.db().prepare('SELECT count(*) FROM doctor_visits').pluck().get()).toBe(0)
    const gone = await journal.router.handle('visits:delete', { id: 99 })
    expect(gone).toMatchObject({ ok: false, error: { kind: 'not-found' } })
  })

  it('three episodes starting within a year are flagged as recurring', async () => {
    const days = ['2025-04-01', '2025-08-01', '2026-02-20'].flatMap((start) =>
      [0, 1, 2, 3].map((i) => ({ day: addDaysToDay(start, i), worst: 6 })),
    )
    seed({ checkins: checkinsFromWorst(days), dayRecords: [] })
    const insights = await insightsAsOf(END)
    expect(insights.episode).toMatchObject({ start: '2026-02-20', dayNumber: 10 })
    const recurring = insights.flags.find((f) => f.kind === 'recurring')
    expect(recurring).toMatchObject({ level: 'visit', numbers: { episodes: 3 } })
  })

  it('lists the remedies tried in this episode with how they helped, most used first', async () => {
    const sample = ongoing(20)
    const byDay = new Map(sample.checkins.map((c) => [c.day, c]))
    const use = (day: string, remedies: SampleCheckin['remedies']) => {
      const c = byDay.get(day)
      if (!c) throw new Error(`no check-in on ${day}`)
      c.remedies.push(...remedies)
    }
    const heat = (relief: -1 | 0 | 1 | 2 | null) => ({
      key: 'heat',
      doseMg: null,
      minutes: null,
      relief,
    })
    use(END, [heat(2), { key: 'ibuprofen', doseMg: 400, minutes: null, relief: 1 }])
    use(addDaysToDay(END, -1), [
      heat(1),
      { key: 'ibuprofen', doseMg: 200, minutes: null, relief: 0 },
    ])
    use(addDaysToDay(END, -2), [heat(null)])
    // Before the episode began: not part of it.
    use(addDaysToDay(END, -30), [{ key: 'massage', doseMg: null, minutes: 30, relief: 2 }])
    seed(sample)
    const insights = await insightsAsOf(END)
    expect(insights.remediesTried).toEqual([
      {
        remedyId: expect.any(Number),
        name: 'Heat',
        kind: 'self-care',
        uses: 3,
        days: 3,
        doseMg: null,
        relief: { helpedALot: 1, helpedALittle: 1, noChange: 0, madeItWorse: 0, notRated: 1 },
      },
      {
        remedyId: expect.any(Number),
        name: 'Ibuprofen',
        kind: 'medication',
        uses: 2,
        days: 2,
        doseMg: { min: 200, max: 400 },
        relief: { helpedALot: 0, helpedALittle: 1, noChange: 1, madeItWorse: 0, notRated: 0 },
      },
    ])
  })

  it('leaves out deleted check-ins', async () => {
    seed(ongoing(60))
    const db = journal.db()
    // Delete the last 10 days: the last pain day moves back and the episode is settling.
    const ids = db
      .prepare('SELECT id FROM checkins WHERE day > ?')
      .pluck()
      .all(addDaysToDay(END, -10)) as number[]
    for (const id of ids) {
      expect((await journal.router.handle('checkins:delete', { id })).ok).toBe(true)
    }
    const insights = await insightsAsOf(END)
    expect(insights.episode).toMatchObject({ status: 'settling', end: addDaysToDay(END, -10) })
  })

  it('refuses a day that is not a date', async () => {
    const result = await journal.router.handle('insights:get', { asOf: '2026-02-30' })
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } })
  })
})
