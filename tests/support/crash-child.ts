/**
 * The child process of the crash-safety test (tests/integration/crash-safety.test.ts). Bundled
 * at test time with rolldown so it runs the real code: it starts the journal exactly as the app
 * does (startJournal: pragmas, checks, migrations, daily backup) and saves check-ins through the
 * real router in a loop. After each save has committed it prints `saved <id> <note>`; pipes are
 * synchronous on Linux, so a printed line means the save was reported before any kill.
 */
import { startJournal } from '../../src/main/journal'
import type { Platform } from '../../src/main/platform'

const platform: Platform = {
  chooseSavePath: async () => null,
  chooseOpenPath: async () => null,
  printToPdf: async () => new Uint8Array(),
  openPath: async () => {},
  openExternal: async () => {},
}

async function main(): Promise<void> {
  const [dataDir, run] = process.argv.slice(2)
  if (!dataDir || !run) throw new Error('usage: crash-child <dataDir> <run>')
  const journal = await startJournal({ dataDir, version: 'crash-test', platform })
  process.stdout.write('ready\n')
  for (let n = 0; ; n++) {
    const note = `run ${run} save ${n}`
    const result = await journal.router.handle('checkins:save', {
      at: `2026-11-${String(1 + (n % 28)).padStart(2, '0')}T09:00:00+01:00`,
      pain: n % 11,
      spasm: n % 2 === 0,
      regions: ['lower-back-left', 'lower-back-right'].slice(0, 1 + (n % 2)),
      remedies: [],
      note,
    })
    if (!result.ok) {
      process.stderr.write(`save failed: ${result.error.message}\n`)
      process.exit(2)
    }
    process.stdout.write(`saved ${(result.value as { id: number }).id} ${note}\n`)
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`)
  process.exit(1)
})
