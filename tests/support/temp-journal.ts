/** Real journals in temp folders for the integration tests, and a way to compare them whole. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Database } from 'better-sqlite3'
import { startJournal, type RunningJournal } from '../../src/main/journal'
import type { Platform } from '../../src/main/platform'

export function tempDir(prefix = 'pj-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}

export const nullPlatform: Platform = {
  chooseSavePath: async () => null,
  chooseOpenPath: async () => null,
  printToPdf: async () => new Uint8Array(),
  openPath: async () => {},
  openExternal: async () => {},
}

export async function tempRunningJournal(
  options: { platform?: Platform; now?: () => Date } = {},
): Promise<RunningJournal & { dir: string; cleanup: () => void }> {
  const { dir, cleanup } = tempDir()
  const running = await startJournal({
    dataDir: dir,
    version: 'test',
    platform: options.platform ?? nullPlatform,
    now: options.now,
  })
  return {
    ...running,
    dir,
    cleanup: () => {
      running.close()
      cleanup()
    },
  }
}

/** Every row of every table, in a stable order: equal dumps mean equal journals. */
export function dumpDatabase(db: Database): Record<string, unknown[]> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .pluck()
    .all() as string[]
  const dump: Record<string, unknown[]> = {}
  for (const table of tables) {
    dump[table] = db.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).all()
  }
  return dump
}
