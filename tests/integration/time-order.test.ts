/**
 * Time order is the order things happened (issue 13, point 4). On 1 November 2026 New York's
 * clocks go back at 02:00: 01:45 EDT (-04:00) happens half an hour before 01:15 EST (-05:00),
 * though its clock text sorts after. Everything that puts check-ins in order or picks the latest
 * one must follow the instant: lists, "same as last time", last doses, the analysis, the
 * exports, the report's notes, and the CSV import's duplicates.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { REPORT_SECTIONS } from '../../src/shared/report/options'
import { journalCheckins, keepCheckinsAfterWrite } from '../../src/main/analysis/analysis'
import { dataVersion } from '../../src/main/db/data-version'
import { allStatsCheckins } from '../../src/main/db/repositories/stats-checkins'
import { call, filePlatform } from '../support/portability'
import { tempDir, tempRunningJournal } from '../support/temp-journal'

const EDT = '2026-11-01T01:45:00-04:00' // 05:45 UTC: first
const EST = '2026-11-01T01:15:00-05:00' // 06:15 UTC: half an hour later
const DAY = '2026-10-31' // both before the 04:00 day start

const cleanups: (() => void)[] = []
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!()
})

async function journal() {
  const files = tempDir('pj-files-')
  const platform = filePlatform(files.dir)
  const running = await tempRunningJournal({
    platform,
    now: () => new Date('2026-11-02T12:00:00Z'),
  })
  cleanups.push(files.cleanup, running.cleanup)
  return running
}

/** The later one saved first, so that id order cannot hide a wrong sort either. */
async function theHourThatRepeats(running: Awaited<ReturnType<typeof journal>>) {
  const later = await call<{ id: number }>(running, 'checkins:save', {
    at: EST,
    pain: 8,
    remedies: [{ remedyId: 13, doseMg: 400 }],
    note: 'second, at 01:15 EST',
  })
  const earlier = await call<{ id: number }>(running, 'checkins:save', {
    at: EDT,
    pain: 4,
    remedies: [{ remedyId: 13, doseMg: 200 }],
    note: 'first, at 01:45 EDT',
  })
  return { earlier: earlier.id, later: later.id }
}

describe('in the hour the clocks go back', () => {
  it('lists, last check-in and last dose follow the instant', async () => {
    const running = await journal()
    const ids = await theHourThatRepeats(running)
    const listed = await call<{ id: number }[]>(running, 'checkins:list', { from: DAY, to: DAY })
    expect(listed.map((c) => c.id)).toEqual([ids.earlier, ids.later])
    expect(await call(running, 'checkins:last')).toMatchObject({ id: ids.later, pain: 8 })
    expect(await call(running, 'remedies:last-doses')).toEqual([
      { remedyId: 13, doseMg: 400, day: DAY },
    ])
  })

  it('the analysis reads the journal in that order, and keeps it after a write', async () => {
    const running = await journal()
    const db = running.db()
    const ids = await theHourThatRepeats(running)
    expect(allStatsCheckins(db).map((c) => c.id)).toEqual([ids.earlier, ids.later])
    journalCheckins(db)
    const before = dataVersion(db)
    const third = await call<{ id: number }>(running, 'checkins:save', {
      at: '2026-11-01T01:30:00-05:00',
      pain: 2,
    })
    keepCheckinsAfterWrite(db, before, third.id)
    expect(journalCheckins(db).map((c) => c.id)).toEqual([ids.earlier, ids.later, third.id])
    expect(journalCheckins(db)).toEqual(allStatsCheckins(db))
  })

  it('the CSV and FHIR exports and the report’s notes follow the instant', async () => {
    const running = await journal()
    await theHourThatRepeats(running)
    const csv = readFileSync(
      (await call<{ path: string }>(running, 'data:export-csv')).path,
      'utf8',
    )
    expect(csv.indexOf(EDT)).toBeLessThan(csv.indexOf(EST))
    expect(csv.indexOf(EDT)).toBeGreaterThan(0)

    const fhir = JSON.parse(
      readFileSync((await call<{ path: string }>(running, 'data:export-fhir')).path, 'utf8'),
    ) as { entry: { resource: { effectiveDateTime: string } }[] }
    expect(fhir.entry.map((e) => e.resource.effectiveDateTime)).toEqual([EDT, EST])

    const report = await call<{ body: string }>(running, 'report:preview', {
      from: '2026-10-01',
      to: '2026-11-02',
      patientName: '',
      dateOfBirth: null,
      sections: Object.fromEntries(REPORT_SECTIONS.map((s) => [s, true])),
    })
    expect(report.body.indexOf('first, at 01:45 EDT')).toBeGreaterThan(0)
    expect(report.body.indexOf('first, at 01:45 EDT')).toBeLessThan(
      report.body.indexOf('second, at 01:15 EST'),
    )
  })

  it('a CSV row naming the same moment with another offset is a duplicate', async () => {
    const running = await journal()
    await theHourThatRepeats(running)
    const csv = readFileSync(
      (await call<{ path: string }>(running, 'data:export-csv')).path,
      'utf8',
    )
    // 05:45 UTC is the EDT check-in, written the way another program might.
    const file = join(running.paths.dataDir, 'utc.csv')
    writeFileSync(file, csv.replace(EDT, '2026-11-01T05:45:00Z'))
    const preview = await call<{ duplicates: number; toImport: number }>(
      running,
      'data:preview-import',
      { path: file },
    )
    expect(preview).toMatchObject({ duplicates: 2, toImport: 0 })
  })
})
