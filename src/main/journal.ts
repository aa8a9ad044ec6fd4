/**
 * Opens the journal in a data folder and builds the router on it. Electron-free: the app shell
 * and the e2e harness both start Pain Journal through this one function.
 */
import { join, resolve } from 'node:path'
import { backupNow, ensureDailyBackup, removeUnfinishedBackups } from './db/backup'
import { ensureFolder } from './db/folder'
import type { Db } from './db/open'
import { openWithRecovery } from './db/recovery'
import { getSettings } from './db/repositories/settings'
import { restoreBackup } from './db/restore'
import type { Platform } from './platform'
import { createSampleJournal } from './sample-journal'
import type { AppFacts, ServiceContext } from './service/context'
import { createRouter, type Router } from './service/router'

export interface JournalPaths {
  dataDir: string
  databasePath: string
  backupDir: string
  /** The "Explore with sample data" journal: a separate file, never the person's own. */
  sampleDatabasePath: string
}

/**
 * The data folder: `PAIN_JOURNAL_DATA_DIR` when it names one, else the standard folder. An empty
 * value names none (a relative path of nothing would be whatever folder the app was started
 * from); see journalPaths for why it is made absolute.
 */
export function chooseDataDir(override: string | undefined, standard: string): string {
  return journalPaths(override?.trim() ? override : standard).dataDir
}

/**
 * Every path made absolute once, here: a relative one would mean a different folder depending
 * on where the app was started from, and is shown to the person in Settings as it is.
 */
export function journalPaths(folder: string): JournalPaths {
  const dataDir = resolve(folder)
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
  /** Takes today's backup if there is none yet (after start-up, and hourly from the shell). */
  ensureDailyBackup(): Promise<void>
  /**
   * What start-up leaves until the journal can answer: today's backup, on the first start of a
   * day. Settles, never rejects, once it is done or has failed (the hourly check tries again).
   */
  afterStart: Promise<void>
  close(): void
}

export async function startJournal(options: StartOptions): Promise<RunningJournal> {
  const paths = journalPaths(options.dataDir)
  ensureFolder(paths.dataDir)
  const now = options.now ?? (() => new Date())
  // Damage is recovered from here (moved aside, newest good backup restored); a newer-version
  // journal is still refused untouched.
  const opened = await openWithRecovery(paths.databasePath, {
    backupDir: paths.backupDir,
    nativeBinding: options.nativeBinding,
    now,
  })
  // Half-written backups from a run that stopped mid-copy were never backups: clear them away
  // (a folder that cannot be written to is reported when a backup is next taken).
  try {
    removeUnfinishedBackups(paths.backupDir)
  } catch {
    // Nothing lost: they are only ever ignored.
  }
  // The person's own journal (replaced when a backup is restored) and, while they explore it,
  // the sample journal. Every handler reads ctx.db(); backups always concern the real one.
  let real: Db = opened.db
  let sample: Db | null = null
  const current = (): Db => sample ?? real
  const facts: AppFacts = {
    version: options.version,
    dataDir: paths.dataDir,
    databasePath: paths.databasePath,
    journal: 'real',
    startupNotice: opened.notice,
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
    backups: {
      dir: paths.backupDir,
      create: (reason) => backupNow(real, paths.backupDir, reason, now(), options.nativeBinding),
      restore: (name) => {
        // Show the person the journal they just restored, not the sample.
        closeSample()
        return restoreBackup(real, (db) => (real = db), name, {
          databasePath: paths.databasePath,
          backupDir: paths.backupDir,
          nativeBinding: options.nativeBinding,
          now,
        })
      },
    },
  }
  // A journal created just now holds nothing worth a copy; from the next day on, one a day.
  const daily = async () => {
    await ensureDailyBackup(real, paths.backupDir, now(), options.nativeBinding)
  }
  // The window's first questions need not wait for today's copy of the file (on twenty years of
  // check-ins it takes longer than the rest of start-up): it begins on the next turn of the event
  // loop and goes on in steps between answers. A backup that cannot be written (a full disk)
  // must not keep the journal from opening: reading keeps working, and the hourly check tries
  // again.
  const afterStart =
    opened.migration.from > 0
      ? new Promise((next) => setImmediate(next)).then(daily).catch(() => undefined)
      : Promise.resolve()
  return {
    router: createRouter(ctx),
    paths,
    db: current,
    ensureDailyBackup: daily,
    afterStart,
    close: () => {
      closeSample()
      real.close()
    },
  }
}
