/**
 * Opens the journal in a data folder and builds the router on it. Electron-free: the app shell
 * and the e2e harness both start Pain Journal through this one function.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { backupNow, ensureDailyBackup } from './db/backup'
import type { Db } from './db/open'
import { openWithRecovery } from './db/recovery'
import { restoreBackup } from './db/restore'
import type { Platform } from './platform'
import type { AppFacts, ServiceContext } from './service/context'
import { createRouter, type Router } from './service/router'

export interface JournalPaths {
  dataDir: string
  databasePath: string
  backupDir: string
}

export function journalPaths(dataDir: string): JournalPaths {
  return {
    dataDir,
    databasePath: join(dataDir, 'journal.sqlite'),
    backupDir: join(dataDir, 'backups'),
  }
}

export interface StartOptions {
  dataDir: string
  version: string
  platform: Platform
  nativeBinding?: string
  now?: () => Date
}

export interface RunningJournal {
  router: Router
  paths: JournalPaths
  /** The open database, for tests that simulate a failing disk. */
  db(): Db
  /** Takes today's backup if there is none yet (at start-up, and hourly from the shell). */
  ensureDailyBackup(): Promise<void>
  close(): void
}

export async function startJournal(options: StartOptions): Promise<RunningJournal> {
  const paths = journalPaths(options.dataDir)
  mkdirSync(paths.dataDir, { recursive: true })
  const now = options.now ?? (() => new Date())
  // Damage is recovered from here (moved aside, newest good backup restored); a newer-version
  // journal is still refused untouched.
  const opened = await openWithRecovery(paths.databasePath, {
    backupDir: paths.backupDir,
    nativeBinding: options.nativeBinding,
    now,
  })
  let current: Db = opened.db
  const facts: AppFacts = {
    version: options.version,
    dataDir: paths.dataDir,
    databasePath: paths.databasePath,
    journal: 'real',
    startupNotice: opened.notice,
  }
  const ctx: ServiceContext = {
    db: () => current,
    now,
    facts: () => facts,
    platform: options.platform,
    backups: {
      dir: paths.backupDir,
      create: (reason) => backupNow(current, paths.backupDir, reason, now()),
      restore: (name) =>
        restoreBackup(current, (db) => (current = db), name, {
          databasePath: paths.databasePath,
          backupDir: paths.backupDir,
          nativeBinding: options.nativeBinding,
          now,
        }),
    },
  }
  // A journal created just now holds nothing worth a copy; from the next day on, one a day.
  const daily = async () => {
    await ensureDailyBackup(current, paths.backupDir, now())
  }
  if (opened.migration.from > 0) {
    // A backup that cannot be written (a full disk) must not keep the journal from opening:
    // reading keeps working, and the next start or the hourly check tries again.
    await daily().catch(() => undefined)
  }
  return {
    router: createRouter(ctx),
    paths,
    db: ctx.db,
    ensureDailyBackup: daily,
    close: () => current.close(),
  }
}
