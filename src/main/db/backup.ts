/**
 * Backups use SQLite's online backup API (`db.backup()`), never a file copy: a copy of a live
 * WAL database can miss committed pages that still sit in the -wal file.
 *
 * A backup is written under a `.partial` name and renamed when complete, so a crash halfway
 * through never leaves a half-written file that looks like a good backup.
 */
import Database from 'better-sqlite3'
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, join } from 'node:path'
import { format } from 'date-fns'
import { planRetention, type RetentionRules } from '../../shared/backup-retention'
import { BACKUP_NAME_PATTERN, BACKUP_PREFIX } from '../../shared/backup-schemas'
import { formatDay } from '../../shared/days'
import { toLocalDateTime } from '../../shared/journal-day'
import { ensureFolder } from './folder'
import { ownershipOf } from './ownership'

type Db = Database.Database

export interface BackupInfo {
  name: string
  file: string
  /** Local time the backup was taken, `YYYY-MM-DDTHH:mm:ss`. */
  at: string
  sizeBytes: number
  reason: string
}

/**
 * The local moment in a file name the app writes (a backup, a damaged journal set aside):
 * `2026-02-14T14-30-05`, dashes for colons since Windows allows none in a name. NAME_PATTERN
 * reads it back.
 */
export function fileStamp(at: Date): string {
  return format(at, "yyyy-MM-dd'T'HH-mm-ss")
}

export function backupFileName(reason: string, at: Date): string {
  return `${BACKUP_PREFIX}${fileStamp(at)}-${reason}.sqlite`
}

/** The time and reason in a backup's name, or null when the name is not one of ours. */
export function parseBackupName(name: string): { at: Date; reason: string } | null {
  const m = BACKUP_NAME_PATTERN.exec(name)
  if (!m) return null
  const [, y, mo, d, h, mi, s, reason] = m
  const at = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s))
  if (Number.isNaN(at.getTime()) || formatDay(at) !== `${y}-${mo}-${d}`) return null
  return { at, reason: reason ?? '' }
}

export function isBackupName(name: string): boolean {
  return parseBackupName(name) !== null
}

function uniqueFile(dir: string, reason: string, at: Date): string {
  for (let n = 1; ; n++) {
    const file = join(dir, backupFileName(n === 1 ? reason : `${reason}-${n}`, at))
    if (!existsSync(file) && !existsSync(`${file}.partial`)) return file
  }
}

/**
 * A backup of a WAL journal is itself in WAL mode, and every later read of it would leave -wal and
 * -shm files beside it. Switching it to rollback mode makes it one self-contained file.
 */
function selfContained(db: Db, file: string): void {
  // Through the same connection (ATTACH), so the same native module is used in Electron.
  db.prepare('ATTACH DATABASE ? AS backup_copy').run(file)
  try {
    db.pragma('backup_copy.journal_mode = DELETE')
  } finally {
    db.prepare('DETACH DATABASE backup_copy').run()
  }
}

export async function backupDatabase(
  db: Db,
  dir: string,
  reason: string,
  at: Date,
): Promise<string> {
  ensureFolder(dir)
  const file = uniqueFile(dir, reason, at)
  const partial = `${file}.partial`
  try {
    await db.backup(partial)
    selfContained(db, partial)
    renameSync(partial, file)
  } catch (error) {
    rmSync(partial, { force: true })
    throw error
  }
  return file
}

/**
 * Deletes what a backup cut off halfway (the app stopped, the disk filled) left behind: our own
 * names with `.partial` after them. Called at start-up, when no backup can be under way (one app
 * at a time). Anything else in the folder is left alone; returns the names removed.
 */
export function removeUnfinishedBackups(dir: string): string[] {
  if (!existsSync(dir)) return []
  const removed: string[] = []
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.partial') || !isBackupName(name.slice(0, -'.partial'.length))) continue
    rmSync(join(dir, name), { force: true })
    removed.push(name)
  }
  return removed
}

/** Every backup in the folder, newest first. Files that are not ours are left out (and alone). */
export function listBackups(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return []
  const found: (BackupInfo & { time: number })[] = []
  for (const name of readdirSync(dir)) {
    const parsed = parseBackupName(name)
    if (!parsed) continue
    const file = join(dir, name)
    let sizeBytes: number
    try {
      sizeBytes = statSync(file).size
    } catch {
      continue
    }
    found.push({
      name,
      file,
      at: toLocalDateTime(parsed.at),
      sizeBytes,
      reason: parsed.reason,
      time: parsed.at.getTime(),
    })
  }
  found.sort((a, b) => b.time - a.time || b.name.localeCompare(a.name))
  return found.map(({ time: _time, ...info }) => info)
}

/**
 * Deletes the backups the retention rules no longer keep; returns their names. `protect` names
 * a backup that must stay whatever the rules say (the one just taken: several taken in the same
 * second cannot be ordered by their names).
 */
export function pruneBackups(dir: string, rules?: RetentionRules, protect?: string): string[] {
  const dated = listBackups(dir).map((b) => ({
    name: b.name,
    at: parseBackupName(b.name)!.at,
    reason: b.reason,
  }))
  const remove = planRetention(dated, rules).remove.filter((name) => name !== protect)
  for (const name of remove) rmSync(join(dir, name), { force: true })
  return remove
}

function infoOf(file: string, dir: string): BackupInfo {
  const info = listBackups(dir).find((b) => b.file === file)
  if (!info) throw new Error(`The backup ${file} disappeared right after it was written.`)
  return info
}

/**
 * Takes a backup now and applies retention. Restore and import call this before they change the
 * journal (reason `before-restore`, `before-import`).
 */
export async function backupNow(
  db: Db,
  dir: string,
  reason: string,
  now: Date,
): Promise<BackupInfo> {
  const file = await backupDatabase(db, dir, reason, now)
  pruneBackups(dir, undefined, basename(file))
  return infoOf(file, dir)
}

/** The once-a-day backup: taken on the first start of a day, unless today's exists already. */
export async function ensureDailyBackup(
  db: Db,
  dir: string,
  now: Date,
): Promise<BackupInfo | null> {
  const today = formatDay(now)
  const hasToday = listBackups(dir).some(
    (b) => b.reason.startsWith('daily') && b.at.startsWith(today),
  )
  if (hasToday) return null
  return backupNow(db, dir, 'daily', now)
}

/**
 * Opens a backup read-only and checks it page by page. Returns its format version when it is a
 * sound Pain Journal, or null when it is damaged, not a database at all, or another program's
 * file that happens to carry a backup's name.
 */
export function checkBackupFile(file: string, nativeBinding?: string): number | null {
  let db: Db | null = null
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding })
    const result = db.pragma('integrity_check', { simple: true })
    if (result !== 'ok') return null
    const ownership = ownershipOf(db)
    return ownership.kind === 'ours' ? ownership.version : null
  } catch {
    return null
  } finally {
    db?.close()
  }
}

/** Writes a copy of a backup file to `target` with `db.backup()` (target must not exist). */
export async function copyBackupTo(
  backupFile: string,
  target: string,
  nativeBinding?: string,
): Promise<void> {
  const source = new Database(backupFile, { readonly: true, fileMustExist: true, nativeBinding })
  try {
    await source.backup(target)
  } finally {
    source.close()
  }
}
