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
  db.transaction(() => {
    for (const migration of pending) {
      migration.up(db)
      db.pragma(`user_version = ${migration.version}`)
    }
  })()
  return { from, to: target, backupFile }
}
