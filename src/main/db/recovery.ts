/**
 * Opening the journal with recovery (DESIGN.md section 6). When the file is damaged, or is not a
 * Pain Journal at all (another program's SQLite file, found out before a byte is written to it),
 * it is moved aside as it is (never written to, overwritten or deleted), the newest backup of
 * ours that passes `integrity_check` takes its place, and the person is told in words which date
 * their journal now reflects and where the file went. A journal from a newer app version is not
 * damage: it is refused untouched.
 */
import { existsSync, renameSync, rmSync, statSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { formatLocalDateTime } from '../../shared/locale-format'
import { checkBackupFile, copyBackupTo, fileStamp, listBackups, type BackupInfo } from './backup'
import { DamagedDatabaseError, ForeignDatabaseError } from './errors'
import { NotAFolderError } from './folder'
import { LATEST_VERSION } from './migrations'
import { openJournal, type OpenedJournal, type OpenOptions } from './open'
import { inspectFile } from './ownership'

export interface RecoveredJournal extends OpenedJournal {
  /** A sentence for the person, or null when nothing unusual happened. */
  notice: string | null
  /** Where the damaged file was put, when there was one. */
  damagedFile: string | null
  /** The backup now in use, when one was restored. */
  restoredFrom: BackupInfo | null
}

const SIDE_FILES = ['-wal', '-shm', '-journal']

/**
 * Moves the journal and its side files to `<name>.damaged-<time>.sqlite` in the same folder,
 * choosing a name that does not exist yet. Returns the new path of the main file.
 */
export function moveAside(file: string, now: Date): string {
  const dir = dirname(file)
  const stem = basename(file).replace(/\.sqlite$/, '')
  const stamp = fileStamp(now)
  let target = ''
  for (let n = 1; ; n++) {
    target = join(dir, `${stem}.damaged-${stamp}${n === 1 ? '' : `-${n}`}.sqlite`)
    if (![target, ...SIDE_FILES.map((s) => target + s)].some((f) => existsSync(f))) break
  }
  moveWithSideFiles(file, target)
  return target
}

export function removeWithSideFiles(file: string): void {
  for (const f of [file, ...SIDE_FILES.map((s) => file + s)]) rmSync(f, { force: true })
}

/**
 * Makes way for a database the app is about to create at `file` (the sample journal, a restore's
 * staging copy): what is there goes only when it is ours (or empty); a damaged file, or another
 * program's, is moved aside instead, since nothing not known to be ours is ever deleted.
 */
export function makeWayFor(file: string, now: Date, nativeBinding?: string): void {
  let ours: boolean
  try {
    ours = inspectFile(file, nativeBinding).kind !== 'foreign'
  } catch (error) {
    if (!(error instanceof DamagedDatabaseError)) throw error
    ours = false
  }
  if (ours) removeWithSideFiles(file)
  else moveAside(file, now)
}

/** Why the file was set aside: damaged, or another program's. */
export type SetAsideReason = 'damaged' | 'foreign'

/** What was found and where it went, in the person's words. */
function setAsideSentence(reason: SetAsideReason, file: string): string {
  return reason === 'damaged'
    ? `Your journal file was damaged. It was kept, as it was, at ${file}.`
    : 'The file where your journal should be belongs to another program, not to Pain Journal. ' +
        `Pain Journal did not change it: it moved it, exactly as it was, to ${file}.`
}

export function restoredNotice(
  backup: BackupInfo,
  setAside: string,
  reason: SetAsideReason = 'damaged',
): string {
  return (
    `${setAsideSentence(reason, setAside)} Your most recent good backup was restored: your ` +
    `journal now reflects ${formatLocalDateTime(backup.at)}; anything entered after that is not ` +
    `in it.`
  )
}

export function freshNotice(setAside: string, reason: SetAsideReason = 'damaged'): string {
  return (
    `${setAsideSentence(reason, setAside)} No good backup of your journal was found, so a new, ` +
    `empty journal was started.`
  )
}

/**
 * A zero-byte journal next to existing backups has lost everything: treat it as damaged.
 * Without backups it is simply a journal that was never written (e.g. a first start cut short).
 */
function isEmptyWithBackups(file: string, backupDir: string, now: Date): boolean {
  return existsSync(file) && statSync(file).size === 0 && listBackups(backupDir, now).length > 0
}

/**
 * Makes, at `staging`, what will take the journal's place: a copy of the newest backup of ours
 * that opens (checked, migrated), or else a new, empty journal. Returns the backup used.
 */
async function stageReplacement(
  staging: string,
  options: OpenOptions,
  now: () => Date,
): Promise<BackupInfo | null> {
  makeWayFor(staging, now(), options.nativeBinding)
  try {
    for (const backup of listBackups(options.backupDir, now())) {
      const version = checkBackupFile(backup.file, options.nativeBinding)
      if (typeof version !== 'number' || version > LATEST_VERSION) continue
      try {
        await copyBackupTo(backup.file, staging, options.nativeBinding)
        ;(await openJournal(staging, options)).db.close()
        return backup
      } catch (error) {
        if (!(error instanceof DamagedDatabaseError || error instanceof ForeignDatabaseError)) {
          throw error
        }
        // This copy did not open after all (the backup itself is kept): try the next older one.
        removeWithSideFiles(staging)
      }
    }
    ;(await openJournal(staging, options)).db.close()
    return null
  } catch (error) {
    // Only our own copy goes; the damaged journal has not been touched.
    removeWithSideFiles(staging)
    if (error instanceof NotAFolderError) {
      throw new Error(
        'Your journal file is damaged, and Pain Journal could not look through its backups. ' +
          `${error.message} Nothing in your journal was changed.`,
        { cause: error },
      )
    }
    throw error
  }
}

/**
 * Renames a journal and any companion file of it (its -wal, -shm, -journal) to `to`. Side files
 * first: if it stopped halfway, a -wal must never be left to meet another main file.
 */
function moveWithSideFiles(from: string, to: string): void {
  for (const suffix of SIDE_FILES) {
    if (existsSync(from + suffix)) renameSync(from + suffix, to + suffix)
  }
  renameSync(from, to)
}

/** Moves the staged replacement (and any companion file) to the journal's name. */
function putInPlace(staging: string, file: string, damagedFile: string): void {
  try {
    moveWithSideFiles(staging, file)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new Error(
      `Your damaged journal was moved to ${damagedFile}, but the journal made to replace it ` +
        `could not be put in its place (${detail}). It is at ${staging}; your backups were ` +
        'not changed.',
      { cause: error },
    )
  }
}

/** Where a recovery makes what will take the journal's place, beside it. */
const stagingFor = (file: string) =>
  join(dirname(file), `${basename(file).replace(/\.sqlite$/, '')}.recovering.sqlite`)

export const FINISHED_RECOVERY_NOTICE =
  'The last start was cut short while Pain Journal was replacing a damaged journal. The ' +
  'replacement it had made and checked is now your journal; the damaged file was kept beside it.'

/**
 * A recovery cut short between its two moves (the damaged journal set aside, the replacement
 * not yet in its place) leaves no journal and a checked replacement beside it: put in place, it
 * finishes that recovery, instead of a new, empty journal started without a word.
 */
function finishCutShortRecovery(file: string): boolean {
  const staging = stagingFor(file)
  if (existsSync(file) || !existsSync(staging)) return false
  moveWithSideFiles(staging, file)
  return true
}

export async function openWithRecovery(
  file: string,
  options: OpenOptions,
): Promise<RecoveredJournal> {
  const now = options.now ?? (() => new Date())
  const finished = finishCutShortRecovery(file)
  let reason: SetAsideReason
  try {
    if (isEmptyWithBackups(file, options.backupDir, now())) {
      throw new DamagedDatabaseError(file, 'the file is empty')
    }
    const opened = await openJournal(file, options)
    const notice = finished ? FINISHED_RECOVERY_NOTICE : null
    return { ...opened, notice, damagedFile: null, restoredFrom: null }
  } catch (error) {
    if (error instanceof DamagedDatabaseError) reason = 'damaged'
    else if (error instanceof ForeignDatabaseError) reason = 'foreign'
    else throw error
  }

  // Nothing is moved until what takes the journal's place is ready beside it: a recovery cut
  // short (a full disk, a backups folder that cannot be read) leaves the damaged file where it
  // was, so "nothing was changed" stays true and the next start simply tries again, instead of
  // finding no journal and quietly starting an empty one.
  const staging = stagingFor(file)
  const restoredFrom = await stageReplacement(staging, options, now)
  const damagedFile = moveAside(file, now())
  putInPlace(staging, file, damagedFile)
  const opened = await openJournal(file, options)
  const notice = restoredFrom
    ? restoredNotice(restoredFrom, damagedFile, reason)
    : freshNotice(damagedFile, reason)
  return { ...opened, notice, damagedFile, restoredFrom }
}
