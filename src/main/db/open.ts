/**
 * Opening the journal file: refuse a newer format untouched, apply the pragmas, check the file,
 * then migrate. Pragmas follow DESIGN.md section 6:
 * - WAL lets reads go on while a save is written (https://sqlite.org/wal.html);
 * - synchronous=FULL makes a committed save survive power loss in WAL mode, which NORMAL does
 *   not promise (https://sqlite.org/pragma.html#pragma_synchronous);
 * - foreign_keys is off by default in SQLite and must be turned on per connection.
 */
import Database from 'better-sqlite3'
import { existsSync, statSync } from 'node:fs'
import { DamagedDatabaseError, NewerDatabaseError } from './errors'
import { migrate, type MigrationOutcome } from './migrate'
import { LATEST_VERSION } from './migrations'

export type Db = Database.Database

export interface OpenOptions {
  /** better-sqlite3's `nativeBinding` (the Electron build of the addon); see native-binding.ts. */
  nativeBinding?: string
  /** Where the backup taken before a migration goes. */
  backupDir: string
  now?: () => Date
}

export interface OpenedJournal {
  db: Db
  migration: MigrationOutcome
}

export function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
}

function isSqliteError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && typeof (error as { code?: unknown }).code === 'string'
}

/**
 * Only these mean the file itself is damaged. A full disk, a read-only folder or a locked file
 * are not: treating them as damage would move a good journal aside for nothing.
 */
export function isDamageError(error: unknown): error is Error & { code: string } {
  if (!isSqliteError(error)) return false
  return error.code.startsWith('SQLITE_CORRUPT') || error.code === 'SQLITE_NOTADB'
}

/** Reads the format version without writing a byte to the file. */
export function readUserVersion(file: string, nativeBinding?: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding })
  try {
    return db.pragma('user_version', { simple: true }) as number
  } catch (error) {
    if (isDamageError(error)) throw new DamagedDatabaseError(file, error.message)
    throw error
  } finally {
    db.close()
  }
}

export async function openJournal(file: string, options: OpenOptions): Promise<OpenedJournal> {
  if (existsSync(file) && statSync(file).size > 0) {
    const version = readUserVersion(file, options.nativeBinding)
    if (version > LATEST_VERSION) throw new NewerDatabaseError(version, LATEST_VERSION)
  }
  const db = new Database(file, { nativeBinding: options.nativeBinding })
  try {
    applyPragmas(db)
    const check = db.pragma('quick_check', { simple: true })
    if (check !== 'ok') throw new DamagedDatabaseError(file, String(check))
    const migration = await migrate(db, { backupDir: options.backupDir, now: options.now })
    return { db, migration }
  } catch (error) {
    db.close()
    if (isDamageError(error)) throw new DamagedDatabaseError(file, error.message)
    throw error
  }
}
