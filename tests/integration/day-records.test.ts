/** Day records: a day card the person cleared is no record, wherever the journal is read. */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_SECTIONS } from '../../src/shared/report/options'
import { filePlatform, type FilePlatform } from '../support/portability'
import { tempDir, tempRunningJournal } from '../support/temp-journal'

type J = Awaited<ReturnType<typeof tempRunningJournal>>
let journal: J
let files: { dir: string; cleanup: () => void }
let platform: FilePlatform
beforeEach(async () => {
  files = tempDir('pj-hunt-files-')
  platform = filePlatform(files.dir)
  journal = await tempRunningJournal({ platform, now: () => new Date('2026-11-25T22:00:00Z') })
})
afterEach(() => {
  journal.cleanup()
  files.cleanup()
})

async function call<T = unknown>(channel: string, payload?: unknown): Promise<T> {
  const result = await journal.router.handle(channel, payload)
  if (!result.ok) throw new Error(`${channel}: ${result.error.kind}: ${result.error.message}`)
  return result.value as T
}

const DAY = '2026-11-20'
const filled = {
  day: DAY,
  sleepQuality: 7,
  enjoymentInterference: 4,
  activityInterference: 5,
  minutesWalked: 30,
  note: 'Walked to the shop',
}
const cleared = {
  day: DAY,
  sleepQuality: null,
  enjoymentInterference: null,
  activityInterference: null,
  minutesWalked: null,
  note: '',
}
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')

describe('a cleared day record', () => {
  it('is not counted as a day record in the report', async () => {
    await call('days:save', filled)
    await call('days:save', cleared) // the person empties every field of the day card
    const doc = await call<{ body: string }>('report:preview', {
      from: '2026-11-01',
      to: '2026-11-25',
      patientName: '',
      dateOfBirth: null,
      sections: DEFAULT_SECTIONS,
    })
    const body = text(doc.body)
    // It said "1 day record in the period" over a table of dashes.
    expect(body).not.toContain('1 day record in the period')
    expect(body).toContain('No day records in this period.')
  })

  it('does not stop a CSV import from bringing that day record back', async () => {
    await call('checkins:save', { at: `${DAY}T09:00:00+00:00`, pain: 4 })
    await call('days:save', filled)
    const exported = await call<{ path: string }>('data:export-csv')
    const csv = readFileSync(exported.path)
    // The person clears the day card by mistake, then imports their own export to get it back.
    await call('days:save', cleared)
    const path = join(files.dir, 'again.csv')
    writeFileSync(path, csv)
    const preview = await call<{ dayRecords: number; dayRecordsKept: number }>(
      'data:preview-import',
      { path },
    )
    expect(preview).toMatchObject({ dayRecords: 1, dayRecordsKept: 0 })
    await call('data:import-csv', { path })
    expect(await call('days:get', { day: DAY })).toEqual(filled)
  })

  it('stored empty by an earlier version, is passed over by every read and by an import', async () => {
    journal
      .db()
      .prepare(
        `INSERT INTO day_records (day, sleep_quality, enjoyment_interference,
           activity_interference, minutes_walked, note, updated_at)
         VALUES (?, NULL, NULL, NULL, NULL, '', '2026-11-20T20:00:00Z')`,
      )
      .run(DAY)
    expect(await call('days:get', { day: DAY })).toBeNull()
    const path = join(files.dir, 'day.csv')
    await call('checkins:save', { at: `${DAY}T09:00:00+00:00`, pain: 4 })
    await call('days:save', filled)
    writeFileSync(path, readFileSync((await call<{ path: string }>('data:export-csv')).path))
    await call('days:save', cleared)
    expect(journal.db().prepare('SELECT count(*) FROM day_records').pluck().get()).toBe(0)
    await call('data:import-csv', { path })
    expect(await call('days:get', { day: DAY })).toEqual(filled)
  })
})
