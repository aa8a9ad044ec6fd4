/**
 * Crash safety (DESIGN.md section 6): a child process saves check-ins through the real code and
 * reports each one after it committed; the test kills it with SIGKILL at random moments
 * (seeded, so a failure can be replayed) — during start-up, migration, the daily backup and
 * saves. After every kill the journal must pass `integrity_check` and hold every check-in that
 * was reported saved, and no start-up may ever have found it damaged.
 *
 * `npm run soak` runs the same test with 1,000 kills (CRASH_KILLS, CRASH_SEED override).
 */
import Database from 'better-sqlite3'
import { spawn } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundleChild, CHILD_NODE_PATH } from '../support/bundle-child'
import { tempDir } from '../support/temp-journal'

const KILLS = Number(process.env['CRASH_KILLS'] ?? 100)
const SEED = Number(process.env['CRASH_SEED'] ?? 20261125)

/** mulberry32: a small seeded generator, so the kill moments can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface RunOutcome {
  saved: Map<number, string>
  sawReady: boolean
  stderr: string
}

/**
 * Starts the child and kills it with SIGKILL `delayMs` after it started (`from: 'spawn'`, to hit
 * start-up) or `delayMs` after it reported its `saves`-th save (`from: 'saves'`, to hit a later
 * save); collects what it reported. Kills among saves are placed by the child's own progress,
 * not by the clock alone, so a slow or busy machine puts them among saves all the same.
 */
function runAndKill(
  child: string,
  dataDir: string,
  run: number,
  kill: { from: 'spawn'; delayMs: number } | { from: 'saves'; saves: number; delayMs: number },
) {
  return new Promise<RunOutcome>((done, fail) => {
    const proc = spawn(process.execPath, [child, dataDir, String(run)], {
      env: { ...process.env, NODE_PATH: CHILD_NODE_PATH },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const outcome: RunOutcome = { saved: new Map(), sawReady: false, stderr: '' }
    let buffer = ''
    proc.stdout.setEncoding('utf8')
    proc.stdout.on('data', (chunk: string) => {
      buffer += chunk
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      for (const line of lines) {
        if (line === 'ready') outcome.sawReady = true
        const m = /^saved (\d+) (.+)$/.exec(line)
        if (m) {
          outcome.saved.set(Number(m[1]), m[2]!)
          if (kill.from === 'saves' && outcome.saved.size === kill.saves) {
            timer = setTimeout(() => proc.kill('SIGKILL'), kill.delayMs)
          }
        }
      }
    })
    proc.stderr.setEncoding('utf8')
    proc.stderr.on('data', (chunk: string) => (outcome.stderr += chunk))
    let timer =
      kill.from === 'spawn' ? setTimeout(() => proc.kill('SIGKILL'), kill.delayMs) : undefined
    proc.on('error', fail)
    proc.on('close', (code, signal) => {
      clearTimeout(timer)
      if (signal !== 'SIGKILL') {
        fail(new Error(`the child ended by itself (code ${code}): ${outcome.stderr}`))
      } else done(outcome)
    })
  })
}

describe('crash safety', () => {
  let child = ''
  let workDir: ReturnType<typeof tempDir>
  beforeAll(async () => {
    workDir = tempDir('pj-crash-')
    child = await bundleChild(resolve(__dirname, '../support/crash-child.ts'), workDir.dir)
  }, 60_000)
  afterAll(() => workDir.cleanup())

  it(
    `keeps every reported save through ${KILLS} SIGKILLs at random moments (seed ${SEED})`,
    async () => {
      const next = random(SEED)
      const dataDir = join(workDir.dir, 'data')
      const file = join(dataDir, 'journal.sqlite')
      const reported = new Map<number, string>()
      let killsDuringSaves = 0

      for (let run = 1; run <= KILLS; run++) {
        // Most kills land among saves; about one in five during start-up.
        const kill =
          next() < 0.2
            ? { from: 'spawn' as const, delayMs: next() * 400 }
            : { from: 'saves' as const, saves: 1 + Math.floor(next() * 20), delayMs: next() * 20 }
        const outcome = await runAndKill(child, dataDir, run, kill)
        for (const [id, note] of outcome.saved) reported.set(id, note)
        if (outcome.saved.size > 0) killsDuringSaves++
        // Killed before the journal file was even created: nothing to check yet.
        if (!existsSync(file)) {
          expect(reported.size).toBe(0)
          continue
        }

        const db = new Database(file, { readonly: true, fileMustExist: true })
        try {
          expect(db.pragma('integrity_check', { simple: true }), `after kill ${run}`).toBe('ok')
          if (db.pragma('user_version', { simple: true }) === 0) {
            // Killed during the first migration: it is one transaction, so nothing of it is here.
            expect(reported.size).toBe(0)
            expect(
              db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'").pluck().get(),
            ).toBe(0)
            continue
          }
          const stored = new Map(
            (
              db.prepare('SELECT id, note FROM checkins WHERE deleted_at IS NULL').all() as {
                id: number
                note: string
              }[]
            ).map((r) => [r.id, r.note]),
          )
          for (const [id, note] of reported) {
            expect(stored.get(id), `check-in ${id} ("${note}") after kill ${run}`).toBe(note)
          }
          // Parts of a check-in are saved with it or not at all.
          const orphans = db
            .prepare(
              'SELECT count(*) FROM checkin_regions WHERE checkin_id NOT IN (SELECT id FROM checkins)',
            )
            .pluck()
            .get()
          expect(orphans).toBe(0)
        } finally {
          db.close()
        }
      }
      // The journal was never found damaged, so nothing was ever moved aside or restored.
      expect(readdirSync(dataDir).filter((f) => f.includes('damaged'))).toEqual([])
      expect(reported.size).toBeGreaterThan(KILLS)
      expect(killsDuringSaves).toBeGreaterThan(KILLS / 2)
    },
    Math.max(60_000, KILLS * 1_500),
  )
})
