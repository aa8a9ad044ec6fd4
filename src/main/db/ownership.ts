/**
 * Whether a file is a Pain Journal, found out without writing a byte to it (README, "If the file
 * is damaged"; DESIGN.md section 6). Ours: a file marked with our `PRAGMA application_id`
 * (every journal from migration 2 on), a version 1 journal from before the mark (application_id
 * 0 and exactly our tables), or a file with nothing in it yet. Anything else — another program's
 * SQLite file, even one that happens to have a `settings` table — is not ours, and is never
 * written to. A file SQLite cannot read is damaged; that is for the caller to handle.
 */
import Database from 'better-sqlite3'
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
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
 * What a read-only connection answers for a file left mid-write by a crash: a -journal (or -wal)
 * that must be rolled back (or replayed) before the file can be read, which needs writing.
 */
const LEFT_MID_WRITE = new Set(['SQLITE_READONLY_ROLLBACK', 'SQLITE_READONLY_RECOVERY'])

function ownershipIn(file: string, readonly: boolean, nativeBinding?: string): Ownership {
  const db = new Database(file, { readonly, fileMustExist: true, nativeBinding })
  try {
    return ownershipOf(db)
  } finally {
    db.close()
  }
}

/**
 * Such a file is looked at in a private copy, with its -journal or -wal, where SQLite may finish
 * what the crash left: the file itself is written to only once it is known to be ours (opening
 * it then rolls it back as SQLite always does). The copy stays on the same disk, in the data
 * folder, and is gone right after.
 */
function ownershipOfCopy(file: string, nativeBinding?: string): Ownership {
  const dir = mkdtempSync(join(dirname(file), '.inspecting-'))
  try {
    const copy = join(dir, 'journal.sqlite')
    copyFileSync(file, copy)
    for (const suffix of ['-journal', '-wal']) {
      if (existsSync(file + suffix)) copyFileSync(file + suffix, copy + suffix)
    }
    return ownershipIn(copy, false, nativeBinding)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Opens `file` read-only and says whose it is. Throws DamagedDatabaseError when SQLite cannot
 * read it as a database; other errors (a locked or unreadable file) are thrown as they are.
 */
export function inspectFile(file: string, nativeBinding?: string): Ownership {
  if (!existsSync(file) || statSync(file).size === 0) return { kind: 'new' }
  try {
    try {
      return ownershipIn(file, true, nativeBinding)
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code
      if (typeof code === 'string' && LEFT_MID_WRITE.has(code)) {
        return ownershipOfCopy(file, nativeBinding)
      }
      throw error
    }
  } catch (error) {
    if (isDamageError(error)) throw new DamagedDatabaseError(file, error.message)
    throw error
  }
}
