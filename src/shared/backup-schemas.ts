/** Schemas of the backup and link channels (contract.ts attaches them to their channels). */
import { z } from 'zod'
import { onFirstUse } from './on-first-use'
import { localDateTime } from './schemas'

export const BACKUP_PREFIX = 'pain-journal-'

/**
 * The one shape of a backup's file name, `pain-journal-2026-03-14T20-15-00-daily.sqlite`: when
 * it was taken (local time), then why. Groups: year, month, day, hours, minutes, seconds, reason.
 * main/db/backup.ts names and lists files with it; `backupName` checks a name that comes in.
 */
export const BACKUP_NAME_PATTERN = new RegExp(
  `^${BACKUP_PREFIX}(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\\.sqlite$`,
)

/** A backup's file name as listed by `backups:list`: never a path, so nothing outside the folder. */
export const backupName = onFirstUse(() =>
  z.string().max(120).regex(BACKUP_NAME_PATTERN, 'Not the name of a Pain Journal backup'),
)

export const backupEntry = onFirstUse(() =>
  z.strictObject({
    name: backupName,
    /** Local time it was taken, `YYYY-MM-DDTHH:mm:ss`. */
    at: localDateTime,
    sizeBytes: z.number().int().nonnegative(),
    /** daily, manual, before-restore, before-import, before-v<N>… (see backupReasonLabel). */
    reason: z.string(),
  }),
)
export type BackupEntry = z.infer<typeof backupEntry>

export const restoreOutcome = onFirstUse(() =>
  z.strictObject({
    restored: backupEntry,
    /** The backup of the state just before the restore. */
    safety: backupEntry,
  }),
)

/** Longer than any page address the app links to; a longer one is refused unread (links.ts). */
export const MAX_URL_LENGTH = 2048

export const linkInput = onFirstUse(() => z.strictObject({ url: z.string().max(MAX_URL_LENGTH) }))
