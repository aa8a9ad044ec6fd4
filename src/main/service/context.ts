/** What every handler gets: the open journal, a clock, facts about the app, the platform. */
import type { Db } from '../db/open'
import type { Platform } from '../platform'

export interface AppFacts {
  version: string
  dataDir: string
  databasePath: string
  journal: 'real' | 'sample'
  startupNotice: string | null
}

export interface ServiceContext {
  /** The journal currently open. A function, because the sample journal can be swapped in. */
  db: () => Db
  now: () => Date
  facts: () => AppFacts
  platform: Platform
}
