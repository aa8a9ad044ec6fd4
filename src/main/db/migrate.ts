/**
 * The migration runner. Versions live in `PRAGMA user_version`; every pending migration runs in
 * one transaction, so a failure leaves the file exactly as it was. A copy is taken with
 * `db.backup()` before an existing journal is migrated.
 */
import type { Database } from 'better-sqlite3'
import { backupDatabase } from './backup'
import { NewerDatabaseError } from './errors'
import { LATEST_VERSION, MIGRATIONS, type Migration } from './migrations'

export interface MigrateOptions {
  backupDir: string
  now?: () => Date
  /** Stop at this version (tests migrate to N-1, insert, then to N). */
  target?: number
  migrations?: readonly Migration[]
}

export interface MigrationOutcome {
  from: number
  to: number
  backupFile: string | null
}

export function userVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number
}

export async function migrate(db: Database, options: MigrateOptions): Promise<MigrationOutcome> {
  const migrations = options.migrations ?? MIGRATIONS
  const latest = migrations === MIGRATIONS ? LATEST_VERSION : migrations.length
  const target = options.target ?? latest
  const from = userVersion(db)
  if (from > latest) throw new NewerDatabaseError(from, latest)
  const pending = migrations.filter((m) => m.version > from && m.version <= target)
  if (pending.length === 0) return { from, to: from, backupFile: null }

  const backupFile =
    from > 0
      ? await backupDatabase(
          db,
          options.backupDir,
          `before-v${target}`,
          options.now?.() ?? new Date(),
        )
      : null
  withForeignKeysOff(db, () =>
    db.transaction(() => {
      // With the keys off nothing is checked as it is written: the references are counted
      // before and after, and a migration that leaves one more pointing nowhere is rolled back.
      // (One already broken before is the file's, not the migration's: it does not stop it.)
      const brokenBefore = brokenReferences(db).length
      for (const migration of pending) {
        migration.up(db)
        db.pragma(`user_version = ${migration.version}`)
      }
      const broken = brokenReferences(db)
      if (broken.length > brokenBefore) {
        const { table, parent } = broken[broken.length - 1]!
        throw new Error(
          `The update to version ${target} would leave rows of ${table} pointing at no row of ${parent}; the journal was left as it was.`,
        )
      }
    })(),
  )
  return { from, to: target, backupFile }
}

const brokenReferences = (db: Database) =>
  db.pragma('foreign_key_check') as { table: string; parent: string }[]

/**
 * Runs `work` with foreign keys off, as SQLite asks for a change to a table's definition
 * (https://sqlite.org/lang_altertable.html#otheralter): with them on, dropping the old copy of a
 * table would delete every row that refers to it. The pragma does nothing inside a transaction,
 * so a call from inside one is refused rather than left to cascade.
 */
function withForeignKeysOff(db: Database, work: () => void): void {
  if (db.inTransaction) throw new Error('Migrations cannot run inside another transaction.')
  const wasOn = db.pragma('foreign_keys', { simple: true }) === 1
  db.pragma('foreign_keys = OFF')
  try {
    work()
  } finally {
    if (wasOn) db.pragma('foreign_keys = ON')
  }
}
