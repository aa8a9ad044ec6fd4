/**
 * Opens the journal in a data folder and builds the router on it. Electron-free: the app shell
 * and the e2e harness both start Pain Journal through this one function.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { openJournal, type Db } from './db/open'
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
  close(): void
}

export async function startJournal(options: StartOptions): Promise<RunningJournal> {
  const paths = journalPaths(options.dataDir)
  mkdirSync(paths.dataDir, { recursive: true })
  const now = options.now ?? (() => new Date())
  const { db } = await openJournal(paths.databasePath, {
    backupDir: paths.backupDir,
    nativeBinding: options.nativeBinding,
    now,
  })
  const current: Db = db
  const facts: AppFacts = {
    version: options.version,
    dataDir: paths.dataDir,
    databasePath: paths.databasePath,
    journal: 'real',
    startupNotice: null,
  }
  const ctx: ServiceContext = {
    db: () => current,
    now,
    facts: () => facts,
    platform: options.platform,
  }
  return {
    router: createRouter(ctx),
    paths,
    db: ctx.db,
    close: () => current.close(),
  }
}
