/**
 * Numbered migrations. Append only: a released migration is never edited. Versions must be
 * 1, 2, 3… in order; a unit test asserts it.
 */
import type { Database } from 'better-sqlite3'
import * as m001 from './001-initial'
import * as m002 from './002-application-id'
import * as m003 from './003-doctor-visits'
import * as m004 from './004-faster-start-check'

export interface Migration {
  version: number
  name: string
  up: (db: Database) => void
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial', up: m001.up },
  { version: 2, name: 'application-id', up: m002.up },
  { version: 3, name: 'doctor-visits', up: m003.up },
  { version: 4, name: 'faster-start-check', up: m004.up },
]

export const LATEST_VERSION = MIGRATIONS.length
