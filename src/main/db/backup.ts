/**
 * Backups use SQLite's online backup API (`db.backup()`), never a file copy: a copy of a live
 * WAL database can miss committed pages that still sit in the -wal file.
 *
 * A backup is written under a `.partial` name and renamed when complete, so a crash halfway
 * through never leaves a half-written file that looks like a good backup.
 */
import Database from 'better-sqlite3'
import { existsSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs'
import { basename, join } from 'node:path'
import { format } from 'date-fns'
import {
  newestFirst,
  planRetention,
  type DatedBackup,
  type RetentionRules,
} from '../../shared/backup-retention'
import { BACKUP_NAME_PATTERN, BACKUP_PREFIX } from '../../shared/backup-schemas'
import { formatDay } from '../../shared/days'
import { toLocalDateTime } from '../../shared/journal-day'
import { ensureFolder, folderEntries } from './folder'
import { inspectFile, ownershipOf } from './ownership'

type Db = Database.Database

export interface BackupInfo {
  name: string
  file: string
  /** Local time the backup was taken, `YYYY-MM-DDTHH:mm:ss`. */
  at: string
  /** The real instant it was taken, as best known (see takenAt). */
  takenAt: Date
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
    // The file's time records the real instant it was taken (see takenAt); `at` is the app's
    // one clock, which tests set.
    utimesSync(partial, at, at)
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
  const removed: string[] = []
  for (const name of folderEntries(dir)) {
    if (!name.endsWith('.partial') || !isBackupName(name.slice(0, -'.partial'.length))) continue
    rmSync(join(dir, name), { force: true })
    removed.push(name)
  }
  return removed
}

/** Local time in a name and the real instant differ by at most UTC-12 to UTC+14, and a bit. */
const MOST_ZONES_APART_MS = 27 * 60 * 60 * 1000

/**
 * When a backup was really taken. The name holds a local time without its zone; the file's
 * modification time (set to the moment it was taken, see backupDatabase) is an instant. A copy
 * of the folder that did not keep file times moves that time far from the name: then the name
 * is all there is.
 */
function takenAt(named: Date, modified: Date): Date {
  return Math.abs(modified.getTime() - named.getTime()) <= MOST_ZONES_APART_MS ? modified : named
}

/**
 * Every file in the folder with a backup's name, newest first (newestFirst, as of `now`). Other
 * names are left out (and alone). A name does not make a file ours: check before writing.
 */
export function listBackups(dir: string, now: Date): BackupInfo[] {
  const found: (DatedBackup & { info: BackupInfo })[] = []
  for (const name of folderEntries(dir)) {
    const parsed = parseBackupName(name)
    if (!parsed) continue
    const file = join(dir, name)
    let stat
    try {
      stat = statSync(file)
    } catch {
      continue
    }
    const info: BackupInfo = {
      name,
      file,
      at: toLocalDateTime(parsed.at),
      takenAt: takenAt(parsed.at, stat.mtime),
      sizeBytes: stat.size,
      reason: parsed.reason,
    }
    found.push({ name, at: parsed.at, takenAt: info.takenAt, info })
  }
  return newestFirst(found, now).map((b) => b.info)
}

/** Whether the file is a journal of ours, found out read-only; when in doubt, it is not. */
function isOurs(file: string, nativeBinding?: string): boolean {
  try {
    return inspectFile(file, nativeBinding).kind === 'ours'
  } catch {
    return false
  }
}

export interface PruneOptions {
  rules?: RetentionRules
  /**
   * A backup that must stay whatever the rules say (the one just taken: several taken in the
   * same second cannot be ordered by their names).
   */
  protect?: string
  nativeBinding?: string
}

/**
 * Deletes the backups the retention rules no longer keep; returns their names. Only files that
 * are journals of ours count: another program's file with a backup's name (or one that cannot be
 * read) is neither kept in a slot nor deleted.
 */
export function pruneBackups(dir: string, now: Date, options: PruneOptions = {}): string[] {
  const ours = listBackups(dir, now)
    .filter((b) => isOurs(b.file, options.nativeBinding))
    .map((b) => ({ ...b, at: parseBackupName(b.name)!.at }))
  const remove = planRetention(ours, now, options.rules).remove.filter(
    (name) => name !== options.protect,
  )
  for (const name of remove) rmSync(join(dir, name), { force: true })
  return remove
}

function infoOf(file: string, dir: string, now: Date): BackupInfo {
  const info = listBackups(dir, now).find((b) => b.file === file)
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
  nativeBinding?: string,
): Promise<BackupInfo> {
  const file = await backupDatabase(db, dir, reason, now)
  pruneBackups(dir, now, { protect: basename(file), nativeBinding })
  return infoOf(file, dir, now)
}

/** The once-a-day backup: taken on the first start of a day, unless today's exists already. */
export async function ensureDailyBackup(
  db: Db,
  dir: string,
  now: Date,
  nativeBinding?: string,
): Promise<BackupInfo | null> {
  const today = formatDay(now)
  const hasToday = listBackups(dir, now).some(
    (b) => b.reason.startsWith('daily') && b.at.startsWith(today),
  )
  if (hasToday) return null
  return backupNow(db, dir, 'daily', now, nativeBinding)
}

/** What a backup file is: a sound Pain Journal of a format version, damaged, or not ours. */
export type BackupCheck = number | 'damaged' | 'not-ours'

/**
 * Opens a backup read-only and checks it page by page. Returns its format version when it is a
 * sound Pain Journal; 'damaged' when it is cut short, corrupt or not a database at all;
 * 'not-ours' for another program's database that happens to carry a backup's name.
 */
export function checkBackupFile(file: string, nativeBinding?: string): BackupCheck {
  let db: Db | null = null
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, nativeBinding })
    const result = db.pragma('integrity_check', { simple: true })
    if (result !== 'ok') return 'damaged'
    const ownership = ownershipOf(db)
    return ownership.kind === 'ours' ? ownership.version : 'not-ours'
  } catch {
    return 'damaged'
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
