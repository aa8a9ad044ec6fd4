/**
 * Opens the journal in a data folder and builds the router on it. Electron-free: the app shell
 * and the e2e harness both start Pain Journal through this one function.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { openJournal, type Db } from './db/open'
import type { Platform } from './platform'
import type { AppFacts, ServiceContext } from './service/context'
import { getSettings } from './db/repositories/settings'
import { createSampleJournal } from './sample-journal'
import { createRouter, type Router } from './service/router'

export interface JournalPaths {
  dataDir: string
  databasePath: string
  backupDir: string
  /** The "Explore with sample data" journal: a separate file, never the person's own. */
  sampleDatabasePath: string
}

export function journalPaths(dataDir: string): JournalPaths {
  return {
    dataDir,
    databasePath: join(dataDir, 'journal.sqlite'),
    backupDir: join(dataDir, 'backups'),
    sampleDatabasePath: join(dataDir, 'sample-journal.sqlite'),
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
  /** The open database (the sample one while it is explored), for tests. */
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
  const real: Db = db
  // The sample journal, while the person explores it; every handler reads ctx.db().
  let sample: Db | null = null
  const current = (): Db => sample ?? real
  const facts: AppFacts = {
    version: options.version,
    dataDir: paths.dataDir,
    databasePath: paths.databasePath,
    journal: 'real',
    startupNotice: null,
  }
  const closeSample = () => {
    sample?.close()
    sample = null
    facts.journal = 'real'
    facts.databasePath = paths.databasePath
  }
  const ctx: ServiceContext = {
    db: current,
    now,
    facts: () => facts,
    platform: options.platform,
    journals: {
      async openSample() {
        closeSample()
        sample = await createSampleJournal({
          file: paths.sampleDatabasePath,
          backupDir: paths.backupDir,
          nativeBinding: options.nativeBinding,
          now,
          theme: getSettings(real).theme,
        })
        facts.journal = 'sample'
        facts.databasePath = paths.sampleDatabasePath
      },
      openReal: closeSample,
    },
  }
  return {
    router: createRouter(ctx),
    paths,
    db: current,
    close: () => {
      closeSample()
      real.close()
    },
  }
}
