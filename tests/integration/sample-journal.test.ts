import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { analyse } from '../../src/main/analysis/analysis'
import { SAMPLE_REPORT } from '../../src/main/report/report-html'
import { DEFAULT_SECTIONS } from '../../src/shared/report/options'
import { CSV_COLUMNS } from '../../src/shared/portability/csv-format'
import { filePlatform } from '../support/portability'
import { dumpDatabase, tempDir, tempRunningJournal } from '../support/temp-journal'

type J = Awaited<ReturnType<typeof tempRunningJournal>>
const open: J[] = []
afterEach(() => {
  for (const j of open.splice(0)) j.cleanup()
})

// A fixed clock: 10:00 local time on 1 March 2026.
const NOW = new Date(2026, 2, 1, 10, 0, 0)

async function aJournal(): Promise<J> {
  const journal = await tempRunningJournal({ now: () => NOW })
  open.push(journal)
  return journal
}

async function call<T = never>(journal: J, channel: string, payload?: unknown): Promise<T> {
  const result = await journal.router.handle(channel, payload)
  if (!result.ok) throw new Error(`${result.error.kind}: ${result.error.message}`)
  return result.value as T
}

describe('the sample journal', () => {
  it('opens as a separate file and leaves the real journal exactly as it was', async () => {
    const journal = await aJournal()
    await call(journal, 'checkins:save', { at: '2026-02-27T09:00:00+00:00', pain: 4 })
    await call(journal, 'settings:update', { theme: 'dark' })
    const before = dumpDatabase(journal.db())

    const info = await call<{ journal: string; databasePath: string }>(
      journal,
      'journal:open-sample',
    )
    expect(info.journal).toBe('sample')
    expect(info.databasePath).toBe(journal.paths.sampleDatabasePath)
    expect(existsSync(journal.paths.sampleDatabasePath)).toBe(true)
    const status = await call<{ journal: string; checkinCount: number }>(journal, 'journal:status')
    expect(status.journal).toBe('sample')
    expect(status.checkinCount).toBeGreaterThan(300)
    // The look carries over; the welcome never shows inside the sample.
    expect(await call(journal, 'settings:get')).toMatchObject({
      theme: 'dark',
      welcomeDismissed: true,
    })

    // Whatever is done while exploring stays in the sample file.
    await call(journal, 'checkins:save', { at: '2026-03-01T09:30:00+00:00', pain: 9 })
    await call(journal, 'catalog:add-trigger', { name: 'Only in the sample' })
    await call(journal, 'settings:update', { dayStartHour: 6 })

    const back = await call<{ journal: string; databasePath: string }>(journal, 'journal:open-real')
    expect(back).toMatchObject({ journal: 'real', databasePath: journal.paths.databasePath })
    expect(dumpDatabase(journal.db())).toEqual(before)
    expect(await call(journal, 'journal:status')).toEqual({ journal: 'real', checkinCount: 1 })
  })

  it('holds a realistic year of check-ins ending today, none later than now', async () => {
    const journal = await aJournal()
    await call(journal, 'journal:open-sample')
    const days = journal
      .db()
      .prepare('SELECT MIN(day) AS first, MAX(day) AS last, MAX(at) AS latest FROM checkins')
      .get() as { first: string; last: string; latest: string }
    expect(days.last).toBe('2026-03-01')
    expect(days.first >= '2025-03-02').toBe(true)
    expect(days.first <= '2025-03-10').toBe(true)
    expect(days.latest.slice(0, 16) <= '2026-03-01T10:00').toBe(true)
    const remedyUses = journal.db().prepare('SELECT COUNT(*) FROM checkin_remedies').pluck().get()
    expect(remedyUses).toBeGreaterThan(100)
  })

  it('looks like a year of back pain, with something to see on every screen', async () => {
    const journal = await aJournal()
    await call(journal, 'journal:open-sample')
    const { episodes, flags } = analyse(journal.db(), '2026-03-01')
    // A few episodes of different lengths, one past eight weeks, one going on now.
    expect(episodes.filter((e) => e.start >= '2025-03-02').length).toBeGreaterThanOrEqual(3)
    expect(Math.max(...episodes.map((e) => e.durationDays))).toBeGreaterThanOrEqual(56)
    expect(episodes.at(-1)).toMatchObject({ status: 'ongoing', level: 'watch' })
    // The flags a year like that raises: it keeps coming back, it has lasted six weeks, and
    // some days went over a medicine's limit. Warning signs are left out of the sample.
    expect(flags.map((f) => f.kind).sort()).toEqual(['long-episode', 'medication', 'recurring'])
    // Triggers and remedies are recorded often enough to compare in the 90 days Trends opens on.
    const trends = await call<{
      triggers: { enough: boolean }[]
      remedies: { nextDay: { enough: boolean }; rated: number }[]
    }>(journal, 'trends:get', { from: '2025-12-02', to: '2026-03-01', asOf: '2026-03-01' })
    expect(trends.triggers.filter((t) => t.enough).length).toBeGreaterThanOrEqual(2)
    expect(trends.remedies.filter((r) => r.nextDay.enough).length).toBeGreaterThanOrEqual(2)
    expect(trends.remedies.filter((r) => r.rated >= 3).length).toBeGreaterThanOrEqual(3)
  })

  it('is the same journal every time it is opened, on any machine', async () => {
    const first = await aJournal()
    await call(first, 'journal:open-sample')
    const once = dumpDatabase(first.db())
    await call(first, 'checkins:save', { at: '2026-03-01T09:30:00+00:00', pain: 9 })
    await call(first, 'journal:open-real')
    await call(first, 'journal:open-sample')
    // Opened again: made fresh, so the check-in added while exploring is gone.
    expect(dumpDatabase(first.db())).toEqual(once)

    const second = await aJournal()
    await call(second, 'journal:open-sample')
    expect(dumpDatabase(second.db())).toEqual(once)
  })

  it('going back when the real journal is already open changes nothing', async () => {
    const journal = await aJournal()
    const before = dumpDatabase(journal.db())
    expect(await call(journal, 'journal:open-real')).toMatchObject({ journal: 'real' })
    expect(dumpDatabase(journal.db())).toEqual(before)
  })

  it('counts only check-ins that were not deleted', async () => {
    const journal = await aJournal()
    expect(await call(journal, 'journal:status')).toEqual({ journal: 'real', checkinCount: 0 })
    const a = await call<{ id: number }>(journal, 'checkins:save', {
      at: '2026-02-27T09:00:00+00:00',
      pain: 4,
    })
    await call(journal, 'checkins:save', { at: '2026-02-28T09:00:00+00:00', pain: 3 })
    await call(journal, 'checkins:delete', { id: a.id })
    expect(await call(journal, 'journal:status')).toEqual({ journal: 'real', checkinCount: 1 })
  })
})

describe('the welcome flag', () => {
  it('starts false and stays set once the welcome is closed', async () => {
    const journal = await aJournal()
    expect(await call(journal, 'settings:get')).toMatchObject({ welcomeDismissed: false })
    await call(journal, 'settings:update', { welcomeDismissed: true })
    expect(await call(journal, 'settings:get')).toMatchObject({ welcomeDismissed: true })
    const bad = await journal.router.handle('settings:update', { welcomeDismissed: 'yes' })
    expect(bad).toMatchObject({ ok: false, error: { kind: 'validation' } })
  })
})

describe('the person’s data while the sample journal is open', () => {
  // Each would act on the sample: an import or a restore gone at "Back to my journal", an
  // export of made-up entries saved under a real backup's name.
  const ACTIONS: [string, (file: string) => unknown][] = [
    ['data:export-csv', () => undefined],
    ['data:preview-import', (file) => ({ path: file })],
    ['data:import-csv', (file) => ({ path: file })],
    ['data:export-json', () => undefined],
    ['data:preview-restore', (file) => ({ path: file })],
    ['data:restore-json', (file) => ({ path: file, confirmed: true })],
    ['data:export-fhir', () => undefined],
  ]

  it('is refused, saying to go back to your own journal first, and nothing changes', async () => {
    const files = tempDir('pj-files-')
    const platform = filePlatform(files.dir)
    const journal = await tempRunningJournal({ platform, now: () => NOW })
    open.push({ ...journal, cleanup: () => (journal.cleanup(), files.cleanup()) })
    await call(journal, 'checkins:save', { at: '2026-02-27T09:00:00+00:00', pain: 4 })
    const backup = await call<{ path: string }>(journal, 'data:export-json')
    const csv = join(files.dir, 'old-app.csv')
    writeFileSync(csv, [CSV_COLUMNS.join(','), '2026-02-28,2026-02-28T08:00:00+00:00,6'].join('\n'))
    const real = dumpDatabase(journal.db())
    const saved = platform.saved.length

    await call(journal, 'journal:open-sample')
    const sample = dumpDatabase(journal.db())
    for (const [channel, input] of ACTIONS) {
      const result = await journal.router.handle(
        channel,
        input(channel.includes('import') ? csv : backup.path),
      )
      expect(result.ok, channel).toBe(false)
      if (!result.ok) {
        expect(result.error.message, channel).toMatch(
          /^You are exploring the sample journal\. Go back to your own journal first, then /,
        )
      }
    }
    expect(platform.saved).toHaveLength(saved)
    expect(dumpDatabase(journal.db())).toEqual(sample)
    await call(journal, 'journal:open-real')
    expect(dumpDatabase(journal.db())).toEqual(real)
  })
})

describe('a report made while the sample journal is open', () => {
  it('says at its top that it is sample data; the own journal’s report does not', async () => {
    const journal = await aJournal()
    const options = {
      from: '2026-01-01',
      to: '2026-03-01',
      patientName: '',
      dateOfBirth: null,
      sections: { ...DEFAULT_SECTIONS },
    }
    const own = await call<{ body: string }>(journal, 'report:preview', options)
    expect(own.body).not.toContain('Sample data.')
    await call(journal, 'journal:open-sample')
    const sample = await call<{ body: string }>(journal, 'report:preview', options)
    expect(sample.body).toContain(SAMPLE_REPORT)
    expect(sample.body.indexOf(SAMPLE_REPORT)).toBeLessThan(sample.body.indexOf('</header>'))
  })
})
