/**
 * Whether a file is a Pain Journal, found out without writing a byte to it (README, "If the file
 * is damaged"; DESIGN.md section 6). Ours: a file marked with our `PRAGMA application_id`
 * (every journal from migration 2 on), a version 1 journal from before the mark (application_id
 * 0 and exactly our tables), or a file with nothing in it yet. Anything else — another program's
 * SQLite file, even one that happens to have a `settings` table — is not ours, and is never
 * written to. A file SQLite cannot read is damaged; that is for the caller to handle.
 */
import Database from 'better-sqlite3'
import { existsSync, statSync } from 'node:fs'
import { DamagedDatabaseError, isDamageError } from './errors'
import { APPLICATION_ID } from './migrations/002-application-id'

export type Ownership =
  /** No file, an empty one, or an SQLite file with no tables at all: ours to fill. */
  | { kind: 'new' }
  /** A Pain Journal of this format version. */
  | { kind: 'ours'; version: number }
  /** Another program's file: never to be written to. */
  | { kind: 'foreign'; reason: string }

/** The tables of a version 1 journal (migration 001), the only version without the mark. */
const V1_TABLES = [
  'acknowledgements',
  'checkin_red_flags',
  'checkin_regions',
  'checkin_remedies',
  'checkin_triggers',
  'checkins',
  'day_records',
  'medication_limits',
  'remedies',
  'settings',
  'triggers',
]

/** Reads the mark, the version and the tables of an open database (read-only is enough). */
export function ownershipOf(db: Database.Database): Ownership {
  const applicationId = db.pragma('application_id', { simple: true }) as number
  const version = db.pragma('user_version', { simple: true }) as number
  if (applicationId === APPLICATION_ID) return { kind: 'ours', version }
  if (applicationId !== 0) {
    return { kind: 'foreign', reason: `it is marked as another program's (${applicationId})` }
  }
  const tables = (
    db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
      .pluck()
      .all() as string[]
  ).filter((name) => !name.startsWith('sqlite_'))
  if (tables.length === 0 && version === 0) return { kind: 'new' }
  if (version === 1 && tables.join() === V1_TABLES.join()) return { kind: 'ours', version }
  return {
    kind: 'foreign',
    reason: `it holds tables Pain Journal does not make (${tables.slice(0, 5).join(', ')})`,
  }
}

/**
 * Opens `file` read-only and says whose it is. Throws DamagedDatabaseError when SQLite cannot
 * read it as a database; other errors (a locked or unreadable file) are thrown as they are.
 */
export function inspectFile(file: string, nativeBinding?: string): Ownership {
  if (!existsSync(file) || statSync(file).size === 0) return { kind: 'new' }
  let db: Database.Database | null = null
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding })
    return ownershipOf(db)
  } catch (error) {
    if (isDamageError(error)) throw new DamagedDatabaseError(file, error.message)
    throw error
  } finally {
    db?.close()
  }
}
