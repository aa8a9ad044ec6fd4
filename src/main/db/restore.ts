/**
 * Restoring a backup over the open journal, safely:
 * 1. check the backup page by page (`integrity_check`) and its format version;
 * 2. back up the current state (`before-restore`), so a restore can itself be undone;
 * 3. copy the backup with `db.backup()` to a staging file beside the journal and open it once
 *    (pragmas, quick_check, migrations if it is from an older version);
 * 4. close the journal (its WAL is checkpointed on close), swap the staging file in with one
 *    atomic rename, and open it again.
 * If anything fails after the close, the journal file (old or new, never half of each) is opened
 * again so the app keeps working.
 */
import { existsSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { backupNow, checkBackupFile, copyBackupTo, listBackups, type BackupInfo } from './backup'
import { DomainError } from '../../shared/domain-error'
import { LATEST_VERSION } from './migrations'
import { openJournal, type Db } from './open'
import { makeWayFor, removeWithSideFiles } from './recovery'

export interface RestoreTarget {
  databasePath: string
  backupDir: string
  nativeBinding?: string
  now: () => Date
}

export interface RestoreOutcome {
  restored: BackupInfo
  safety: BackupInfo
}

export function findBackup(backupDir: string, name: string, now: Date): BackupInfo {
  const backup = listBackups(backupDir, now).find((b) => b.name === name)
  if (!backup) throw new DomainError('not-found', 'That backup is no longer there.', 'name')
  return backup
}

/**
 * `setCurrent` receives the journal opened again after the swap (or after a failed swap), so the
 * caller never keeps a closed handle.
 */
export async function restoreBackup(
  current: Db,
  setCurrent: (db: Db) => void,
  name: string,
  target: RestoreTarget,
): Promise<RestoreOutcome> {
  const backup = findBackup(target.backupDir, name, target.now())
  const version = checkBackupFile(backup.file, target.nativeBinding)
  if (version === 'damaged') {
    throw new DomainError(
      'validation',
      'This backup is damaged, so it was not restored. Your journal has not been changed.',
      'name',
    )
  }
  if (version === 'not-ours') {
    throw new DomainError(
      'validation',
      'This file has the name of a backup but is not a Pain Journal backup (another program made ' +
        'it), so it was not restored. Your journal has not been changed.',
      'name',
    )
  }
  if (version > LATEST_VERSION) {
    throw new DomainError(
      'validation',
      'This backup was made by a newer version of Pain Journal. Update the app to restore it.',
      'name',
    )
  }
  const safety = await backupNow(
    current,
    target.backupDir,
    'before-restore',
    target.now(),
    target.nativeBinding,
  )

  const staging = join(dirname(target.databasePath), 'journal.restoring.sqlite')
  // A leftover of an earlier restore cut short goes; a file there that is not ours is set aside.
  makeWayFor(staging, target.now(), target.nativeBinding)
  await copyBackupTo(backup.file, staging, target.nativeBinding)
  const check = await openJournal(staging, {
    backupDir: target.backupDir,
    nativeBinding: target.nativeBinding,
    now: target.now,
  })
  check.db.close()

  const reopen = async () => {
    const opened = await openJournal(target.databasePath, {
      backupDir: target.backupDir,
      nativeBinding: target.nativeBinding,
      now: target.now,
    })
    setCurrent(opened.db)
  }
  current.pragma('wal_checkpoint(TRUNCATE)')
  current.close()
  const live = target.databasePath
  try {
    // After a clean close the WAL is empty or gone. If it is not, another process still has the
    // journal open: stop before swapping anything.
    if (existsSync(`${live}-wal`) && statSync(`${live}-wal`).size > 0) {
      throw new DomainError(
        'conflict',
        'Your journal is open in another Pain Journal window. Close it and try again.',
      )
    }
    rmSync(`${live}-wal`, { force: true })
    rmSync(`${live}-shm`, { force: true })
    renameSync(staging, live)
  } catch (error) {
    removeWithSideFiles(staging)
    await reopen()
    throw error
  }
  await reopen()
  return { restored: backup, safety }
}
