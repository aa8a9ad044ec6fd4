/**
 * Opening the journal file: refuse a file that is not ours and a newer format, both untouched;
 * then apply the pragmas, check the file and migrate. Pragmas follow DESIGN.md section 6:
 * - WAL lets reads go on while a save is written (https://sqlite.org/wal.html);
 * - synchronous=FULL makes a committed save survive power loss in WAL mode, which NORMAL does
 *   not promise (https://sqlite.org/pragma.html#pragma_synchronous);
 * - foreign_keys is off by default in SQLite and must be turned on per connection.
 */
import Database from 'better-sqlite3'
import {
  DamagedDatabaseError,
  ForeignDatabaseError,
  isDamageError,
  NewerDatabaseError,
} from './errors'
import { migrate, type MigrationOutcome } from './migrate'
import { LATEST_VERSION } from './migrations'
import { inspectFile } from './ownership'

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

/**
 * Opens a journal for writing — only once it is known to be ours: another program's file is
 * refused (ForeignDatabaseError) and a newer format too (NewerDatabaseError), both untouched.
 */
export async function openJournal(file: string, options: OpenOptions): Promise<OpenedJournal> {
  const ownership = inspectFile(file, options.nativeBinding)
  if (ownership.kind === 'foreign') throw new ForeignDatabaseError(file, ownership.reason)
  if (ownership.kind === 'ours' && ownership.version > LATEST_VERSION) {
    throw new NewerDatabaseError(ownership.version, LATEST_VERSION)
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
