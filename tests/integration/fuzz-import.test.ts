/**
 * Arbitrary files into CSV import and JSON restore (issue 7): each one is either rejected cleanly
 * (a validation error, the journal exactly as it was) or imported whole — never a partial import,
 * never an internal error. Inputs are random bytes, random JSON, and random damage to real
 * exports, which reach much deeper into the readers than noise does.
 */
import fc from 'fast-check'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningJournal } from '../../src/main/journal'
import { call, fillWithNastyJournal, filePlatform } from '../support/portability'
import { dumpDatabase, tempDir, tempRunningJournal } from '../support/temp-journal'

const cleanups: (() => void)[] = []
let source: RunningJournal
let target: RunningJournal
let csv: string
let json: string

beforeAll(async () => {
  const files = tempDir('pj-fuzz-files-')
  cleanups.push(files.cleanup)
  const platform = filePlatform(files.dir)
  const now = () => new Date('2026-03-06T10:00:00Z')
  const a = await tempRunningJournal({ platform, now })
  const b = await tempRunningJournal({ platform, now })
  cleanups.push(a.cleanup, b.cleanup)
  source = a
  target = b
  await fillWithNastyJournal(source)
  csv = readFileSync((await call<{ path: string }>(source, 'data:export-csv')).path, 'utf8')
  json = readFileSync((await call<{ path: string }>(source, 'data:export-json')).path, 'utf8')
})
afterAll(() => cleanups.forEach((c) => c()))

/** Random damage to a text: cut a piece out, insert noise, or repeat a piece. */
const damaged = (text: () => string) =>
  fc
    .tuple(
      fc.constantFrom('cut', 'insert', 'repeat', 'truncate'),
      fc.nat(),
      fc.nat(),
      fc.string({ maxLength: 40, unit: 'binary' }),
    )
    .map(([how, a, b, noise]) => {
      const t = text()
      const i = a % (t.length + 1)
      const j = Math.min(t.length, i + (b % 200))
      if (how === 'cut') return t.slice(0, i) + t.slice(j)
      if (how === 'insert') return t.slice(0, i) + noise + t.slice(i)
      if (how === 'repeat') return t.slice(0, j) + t.slice(i, j) + t.slice(j)
      return t.slice(0, i)
    })

let n = 0
async function tryFile(
  running: RunningJournal,
  channel: string,
  content: string | Uint8Array,
  extra: object,
) {
  const file = join(running.paths.dataDir, `fuzz-${n++}.txt`)
  writeFileSync(file, content)
  const before = dumpDatabase(running.db())
  const countBefore = running.db().prepare('SELECT count(*) FROM checkins').pluck().get() as number
  const result = await running.router.handle(channel, { path: file, ...extra })
  if (!result.ok) {
    expect(result.error.kind).not.toBe('internal')
    expect(result.error.message.length).toBeGreaterThan(5)
    expect(dumpDatabase(running.db())).toEqual(before)
  } else {
    expect(running.db().pragma('integrity_check', { simple: true })).toBe('ok')
    if (channel === 'data:import-csv') {
      const { imported } = result.value as { imported: number }
      const countAfter = running.db().prepare('SELECT count(*) FROM checkins').pluck().get()
      expect(countAfter).toBe(countBefore + imported)
    }
  }
  return result.ok
}

describe('fuzzing the importers', { timeout: 120_000 }, () => {
  it('CSV import: random bytes and damaged exports are rejected cleanly or imported whole', async () => {
    let accepted = 0
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }),
          fc.string({ maxLength: 400 }),
          damaged(() => csv),
        ),
        async (content) => {
          if (await tryFile(target, 'data:import-csv', content, {})) accepted++
        },
      ),
      { numRuns: 150, seed: 7 },
    )
    // Some damage leaves a valid file (a repeated row is a duplicate, a cut note is still text).
    expect(accepted).toBeGreaterThan(0)
  })

  it('JSON restore: random JSON and damaged backups are refused cleanly or restored whole', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.json({ maxDepth: 4 }),
          fc.string({ maxLength: 200 }),
          damaged(() => json),
        ),
        async (content) => {
          await tryFile(target, 'data:restore-json', content, { confirmed: true })
        },
      ),
      { numRuns: 80, seed: 11 },
    )
  })
})
