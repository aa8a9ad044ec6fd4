/**
 * Backups use SQLite's online backup API (`db.backup()`), never a file copy: a copy of a live
 * WAL database can miss committed pages that still sit in the -wal file.
 */
import type { Database } from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { format } from 'date-fns'

export const BACKUP_PREFIX = 'pain-journal-'

export function backupFileName(reason: string, at: Date): string {
  return `${BACKUP_PREFIX}${format(at, "yyyy-MM-dd'T'HH-mm-ss")}-${reason}.sqlite`
}

export async function backupDatabase(
  db: Database,
  dir: string,
  reason: string,
  at: Date,
): Promise<string> {
  mkdirSync(dir, { recursive: true })
  const file = join(dir, backupFileName(reason, at))
  await db.backup(file)
  return file
}
