/** What every handler gets: the open journal, a clock, facts about the app, the platform. */
import type { BackupInfo } from '../db/backup'
import type { Db } from '../db/open'
import type { Platform } from '../platform'

export interface AppFacts {
  version: string
  dataDir: string
  databasePath: string
  journal: 'real' | 'sample'
  startupNotice: string | null
}

/** Swaps which journal is open: the person's own, or the sample one to explore. */
export interface JournalSwitcher {
  /** Opens a freshly generated sample journal; the person's own stays closed to writes. */
  openSample(): Promise<void>
  /** Closes the sample journal and goes back to the person's own. */
  openReal(): void
}

/** Backups of the person's journal (backup.ts, restore.ts); import and restore call `create` first. */
export interface BackupControl {
  dir: string
  /** Takes a backup now with db.backup() and applies retention. */
  create(reason: string): Promise<BackupInfo>
  /** Backs up the current state, then replaces the open journal with the named backup. */
  restore(name: string): Promise<{ restored: BackupInfo; safety: BackupInfo }>
}

export interface ServiceContext {
  /** The journal currently open. A function, because the sample journal can be swapped in. */
  db: () => Db
  now: () => Date
  facts: () => AppFacts
  platform: Platform
  journals: JournalSwitcher
  backups: BackupControl
}
