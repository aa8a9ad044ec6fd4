import Database from 'better-sqlite3'
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { RunningJournal } from '../../src/main/journal'
import { dumpDatabase, tempDir, tempRunningJournal } from '../support/temp-journal'
import {
  call,
  filePlatform,
  journalWithFilesFor,
  fillWithNastyJournal,
} from '../support/portability'

const cleanups: (() => void)[] = []
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!()
})

const journalWithFiles = () => journalWithFilesFor(cleanups)

/** Extra state only a backup carries: settings, limits, archived entries, deleted check-ins. */
async function addEverythingElse(running: RunningJournal): Promise<void> {
  await call(running, 'settings:update', { dayStartHour: 5, theme: 'dark' })
  const db = running.db()
  db.prepare('UPDATE medication_limits SET daily_limit_mg = 1000 WHERE remedy_id = 13').run()
  db.prepare("UPDATE remedies SET archived = 1 WHERE key = 'manipulation'").run()
  db.prepare("INSERT INTO acknowledgements (day, kind) VALUES ('2026-03-02', 'red-flag')").run()
  const saved = await call<{ id: number }>(running, 'checkins:save', {
    at: '2026-03-02T22:00:00+01:00',
    pain: 3,
  })
  await call(running, 'checkins:delete', { id: saved.id })
  await call(running, 'visits:add', { day: '2026-03-02', note: 'GP: physio, “review” in 4 weeks' })
}

describe('JSON backup and restore', () => {
  it('backup → restore into a fresh journal gives every table equal', async () => {
    const a = await journalWithFiles()
    await fillWithNastyJournal(a.running)
    await addEverythingElse(a.running)
    const saved = await call<{ path: string; count: number }>(a.running, 'data:export-json')
    expect(saved.path).toMatch(/pain-journal-backup-2026-03-06\.json$/)

    const b = await journalWithFiles()
    const preview = await call<{ summary: { checkins: number; to: string } }>(
      b.running,
      'data:preview-restore',
      { path: saved.path },
    )
    expect(preview.summary.to).toBe('2026-03-02')
    const outcome = await call<{ safetyBackup: string }>(b.running, 'data:restore-json', {
      path: saved.path,
      confirmed: true,
    })
    expect(readdirSync(join(b.running.paths.dataDir, 'backups'))).toContain(
      outcome.safetyBackup.split(/[\\/]/).pop(),
    )
    expect(dumpDatabase(b.running.db())).toEqual(dumpDatabase(a.running.db()))
  })

  it('keeps doctor visits through a backup and a restore', async () => {
    const a = await journalWithFiles()
    await addEverythingElse(a.running)
    const saved = await call<{ path: string }>(a.running, 'data:export-json')
    const file = JSON.parse(readFileSync(saved.path, 'utf8')) as {
      version: number
      doctor_visits: unknown[]
    }
    expect(file.version).toBe(2)
    expect(file.doctor_visits).toEqual([
      {
        id: 1,
        day: '2026-03-02',
        note: 'GP: physio, “review” in 4 weeks',
        recorded_at: expect.any(String),
      },
    ])
    const b = await journalWithFiles()
    await call(b.running, 'data:restore-json', { path: saved.path, confirmed: true })
    expect(await call(b.running, 'visits:list')).toEqual(await call(a.running, 'visits:list'))
  })

  it('restores a version 1 backup (before visits) with the catalogue brought up to date', async () => {
    const a = await journalWithFiles()
    await fillWithNastyJournal(a.running)
    const saved = await call<{ path: string }>(a.running, 'data:export-json')
    // What an older Pain Journal wrote: no visits, no bed rest, "Short rest" as v1 named it.
    const old = JSON.parse(readFileSync(saved.path, 'utf8')) as Record<string, unknown> & {
      remedies: { key: string | null; name: string }[]
    }
    old['version'] = 1
    delete old['doctor_visits']
    old.remedies = old.remedies
      .filter((r) => r.key !== 'bed-rest')
      .map((r) => (r.key === 'rest' ? { ...r, name: 'Short rest' } : r))
    writeFileSync(saved.path, JSON.stringify(old))

    const b = await journalWithFiles()
    await call(b.running, 'data:restore-json', { path: saved.path, confirmed: true })
    const remedies = b.running.db().prepare('SELECT key, name FROM remedies ORDER BY id').all()
    expect(remedies).toContainEqual({ key: 'rest', name: 'Short rest (an hour or two)' })
    expect(remedies).toContainEqual({
      key: 'bed-rest',
      name: 'Bed rest (lying down most of the day)',
    })
    expect(await call(b.running, 'visits:list')).toEqual([])
  })

  it('keeps the copy taken before a restore when more restores follow the same day', async () => {
    const files = tempDir('pj-files-')
    cleanups.push(files.cleanup)
    let clock = new Date('2026-03-06T10:00:00Z').getTime()
    const now = () => new Date(clock)
    const journal = async () => {
      const running = await tempRunningJournal({ platform: filePlatform(files.dir), now })
      cleanups.push(running.cleanup)
      return running
    }
    const other = await journal()
    await call(other, 'checkins:save', { at: '2026-03-01T08:00:00+01:00', pain: 1, note: 'old' })
    const backup = await call<{ path: string }>(other, 'data:export-json')
    const mine = await journal()
    await call(mine, 'checkins:save', { at: '2026-03-05T08:00:00+01:00', pain: 6, note: 'mine' })
    const first = await call<{ safetyBackup: string }>(mine, 'data:restore-json', {
      path: backup.path,
      confirmed: true,
    })
    // Trying the same file again, and again: each restore copies what it replaces first.
    for (let i = 0; i < 4; i++) {
      clock += 60_000
      await call(mine, 'data:restore-json', { path: backup.path, confirmed: true })
    }
    const dir = mine.paths.backupDir
    expect(readdirSync(dir)).toContain(basename(first.safetyBackup))
    const notes = new Database(first.safetyBackup, { readonly: true })
    try {
      expect(notes.prepare('SELECT note FROM checkins').pluck().all()).toEqual(['mine'])
    } finally {
      notes.close()
    }
  })

  it('restores only when confirmed', async () => {
    const a = await journalWithFiles()
    const saved = await call<{ path: string }>(a.running, 'data:export-json')
    const result = await a.running.router.handle('data:restore-json', { path: saved.path })
    expect(result.ok).toBe(false)
  })

  for (const [name, content, message] of [
    ['not JSON', '{ this is not json', /not JSON/],
    ['another app’s JSON', '{"hello": "world"}', /not a Pain Journal backup/],
  ] as const) {
    it(`refuses a file that is ${name} and leaves the journal as it was`, async () => {
      const { running } = await journalWithFiles()
      await fillWithNastyJournal(running)
      const before = dumpDatabase(running.db())
      const file = join(running.paths.dataDir, 'bad.json')
      writeFileSync(file, content)
      const result = await running.router.handle('data:restore-json', {
        path: file,
        confirmed: true,
      })
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error.message).toMatch(message)
      expect(dumpDatabase(running.db())).toEqual(before)
    })
  }

  // Each made from a good backup of a full journal, as a file goes wrong in real life.
  for (const [name, spoil, message] of [
    [
      'saved again as Latin-1 by an editor',
      (text: string) => Buffer.from(text, 'latin1'),
      /not UTF-8 text/,
    ],
    [
      'cut off half-way',
      (text: string) => text.slice(0, Math.floor(text.length / 2)),
      /cut off or damaged/,
    ],
    [
      'from a newer version',
      (text: string) => JSON.stringify({ ...(JSON.parse(text) as object), version: 3 }),
      /newer version of Pain Journal \(backup format 3; this version reads up to 2\)\. Nothing was changed\. Please update/,
    ],
  ] as const) {
    it(`refuses a backup ${name}, saying so, and leaves the journal as it was`, async () => {
      const { running } = await journalWithFiles()
      await fillWithNastyJournal(running)
      const saved = await call<{ path: string }>(running, 'data:export-json')
      writeFileSync(saved.path, spoil(readFileSync(saved.path, 'utf8')))
      const before = dumpDatabase(running.db())
      for (const [channel, input] of [
        ['data:preview-restore', { path: saved.path }],
        ['data:restore-json', { path: saved.path, confirmed: true }],
      ] as const) {
        const result = await running.router.handle(channel, input)
        expect(result.ok, channel).toBe(false)
        if (!result.ok) expect(result.error.message, channel).toMatch(message)
      }
      expect(dumpDatabase(running.db())).toEqual(before)
    })
  }

  it('refuses a backup whose check-ins point at remedies it does not contain, changing nothing', async () => {
    const a = await journalWithFiles()
    await fillWithNastyJournal(a.running)
    const saved = await call<{ path: string }>(a.running, 'data:export-json')
    const backup = JSON.parse(readFileSync(saved.path, 'utf8')) as {
      remedies: { key: string }[]
      medication_limits: unknown[]
    }
    backup.remedies = backup.remedies.filter((r) => r.key !== 'ibuprofen')
    backup.medication_limits = []
    writeFileSync(saved.path, JSON.stringify(backup))
    const before = dumpDatabase(a.running.db())
    const result = await a.running.router.handle('data:restore-json', {
      path: saved.path,
      confirmed: true,
    })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.message).toMatch(/not changed/)
    expect(dumpDatabase(a.running.db())).toEqual(before)
  })
})

/** The R4 fields the export uses, written from the FHIR spec rather than from our builder. */
const fhirDateTime =
  /^([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]{1,9})?(Z|[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00))$/
const coding = z.strictObject({ system: z.url(), code: z.string().min(1), display: z.string() })
const observation = z.strictObject({
  resourceType: z.literal('Observation'),
  id: z.string().regex(/^[A-Za-z0-9\-.]{1,64}$/),
  status: z.literal('final'),
  category: z.array(z.strictObject({ coding: z.array(coding) })),
  code: z.strictObject({
    coding: z.tuple([
      z.strictObject({
        system: z.literal('http://loinc.org'),
        code: z.literal('72514-3'),
        display: z.literal('Pain severity - 0-10 verbal numeric rating [Score] - Reported'),
      }),
    ]),
    text: z.string(),
  }),
  effectiveDateTime: z.string().regex(fhirDateTime),
  valueQuantity: z.strictObject({
    value: z.number().int().min(0).max(10),
    unit: z.literal('{score}'),
    system: z.literal('http://unitsofmeasure.org'),
    code: z.literal('{score}'),
  }),
  note: z.array(z.strictObject({ text: z.string().min(1) })).optional(),
})
const bundle = z.strictObject({
  resourceType: z.literal('Bundle'),
  type: z.literal('collection'),
  timestamp: z.string().regex(fhirDateTime),
  entry: z.array(z.strictObject({ resource: observation })),
})

describe('FHIR export', () => {
  it('writes an R4 Bundle with one pain Observation per check-in', async () => {
    const { running } = await journalWithFiles()
    await fillWithNastyJournal(running)
    await call(running, 'checkins:save', { at: '2026-03-02T23:30+01:00', pain: 6 })
    const saved = await call<{ path: string; count: number }>(running, 'data:export-fhir')
    const parsed = bundle.parse(JSON.parse(readFileSync(saved.path, 'utf8')))
    const count = running.db().prepare('SELECT count(*) FROM checkins').pluck().get()
    expect(parsed.entry).toHaveLength(count as number)
    expect(saved.count).toBe(count)
    const ids = parsed.entry.map((e) => e.resource.id)
    expect(new Set(ids).size).toBe(ids.length)
    const last = parsed.entry.at(-1)!.resource
    expect(last.effectiveDateTime).toBe('2026-03-02T23:30:00+01:00')
    expect(last.valueQuantity.value).toBe(6)
  })
})
