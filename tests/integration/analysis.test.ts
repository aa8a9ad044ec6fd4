import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadJournal } from '../../src/main/db/repositories/journal-loader'
import { analyse } from '../../src/main/analysis/analysis'
import { aYearOfCheckins, anOngoingEpisode, FIXTURE_END_DAY } from '../fixtures/journal'
import { tempRunningJournal } from '../support/temp-journal'

type J = Awaited<ReturnType<typeof tempRunningJournal>>
let journal: J
beforeEach(async () => {
  journal = await tempRunningJournal()
})
afterEach(() => journal.cleanup())

describe('analysing a journal from the database', () => {
  it('loads a generated year whole', () => {
    const sample = aYearOfCheckins()
    loadJournal(journal.db(), sample, '2026-03-01T12:00:00Z')
    const db = journal.db()
    expect(db.prepare('SELECT count(*) FROM checkins').pluck().get()).toBe(sample.checkins.length)
    expect(db.prepare('SELECT count(*) FROM day_records').pluck().get()).toBe(
      sample.dayRecords.length,
    )
    const uses = sample.checkins.reduce((n, c) => n + c.remedies.length, 0)
    expect(db.prepare('SELECT count(*) FROM checkin_remedies').pluck().get()).toBe(uses)
  })

  it('finds the ongoing episode and its doctor flag', () => {
    loadJournal(
      journal.db(),
      anOngoingEpisode({ endDay: FIXTURE_END_DAY, length: 60, peak: 7 }),
      'x',
    )
    const { episodes, flags } = analyse(journal.db(), FIXTURE_END_DAY)
    expect(episodes.at(-1)).toMatchObject({ status: 'ongoing', durationDays: 60, level: 'doctor' })
    expect(flags.map((f) => f.kind)).toContain('long-episode')
  })

  it('follows the episode rules in the settings', async () => {
    loadJournal(
      journal.db(),
      anOngoingEpisode({ endDay: FIXTURE_END_DAY, length: 30, peak: 6 }),
      'x',
    )
    expect(analyse(journal.db(), FIXTURE_END_DAY).episodes.at(-1)?.level).toBe('none')
    const updated = await journal.router.handle('settings:update', {
      episodeRules: {
        painDayMin: 2,
        separationDays: 30,
        settleDays: 7,
        watchDays: 21,
        doctorDays: 28,
      },
    })
    expect(updated.ok).toBe(true)
    expect(analyse(journal.db(), FIXTURE_END_DAY).episodes.at(-1)?.level).toBe('doctor')
  })

  it('refuses episode rules that contradict each other', async () => {
    const result = await journal.router.handle('settings:update', {
      episodeRules: {
        painDayMin: 2,
        separationDays: 30,
        settleDays: 7,
        watchDays: 60,
        doctorDays: 56,
      },
    })
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } })
  })

  it('reads the warning signs of live check-ins by day, then sign, with their time stamps', async () => {
    loadJournal(journal.db(), aYearOfCheckins(), 'x')
    const save = async (at: string, redFlags: string[]) => {
      const saved = await journal.router.handle('checkins:save', { at, pain: 4, redFlags })
      if (!saved.ok) throw new Error(saved.error.message)
      return saved.value as { id: number; day: string; at: string }
    }
    const later = await save('2026-02-20T12:00:00Z', ['fever', 'chest-pain'])
    const earlier = await save('2026-02-10T12:00:00Z', ['weight-loss'])
    const deleted = await save('2026-02-15T12:00:00Z', ['bladder-bowel'])
    expect((await journal.router.handle('checkins:delete', { id: deleted.id })).ok).toBe(true)
    expect(analyse(journal.db(), FIXTURE_END_DAY).input.redFlags).toEqual([
      { day: earlier.day, at: earlier.at, flag: 'weight-loss' },
      { day: later.day, at: later.at, flag: 'chest-pain' },
      { day: later.day, at: later.at, flag: 'fever' },
    ])
  })
})
