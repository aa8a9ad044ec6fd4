/** Schemas of the backup and link channels (contract.ts attaches them to their channels). */
import { z } from 'zod'
import { localDateTime } from './schemas'

/** A backup's file name as listed by `backups:list`: never a path, so nothing outside the folder. */
export const backupName = z
  .string()
  .max(120)
  .regex(
    /^pain-journal-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*\.sqlite$/,
    'Not the name of a Pain Journal backup',
  )

export const backupEntry = z.strictObject({
  name: backupName,
  /** Local time it was taken, `YYYY-MM-DDTHH:mm:ss`. */
  at: localDateTime,
  sizeBytes: z.number().int().nonnegative(),
  /** daily, manual, before-restore, before-import, before-v<N>… (see backupReasonLabel). */
  reason: z.string(),
})
export type BackupEntry = z.infer<typeof backupEntry>

export const restoreOutcome = z.strictObject({
  restored: backupEntry,
  /** The backup of the state just before the restore. */
  safety: backupEntry,
})

/** Longer than any page address the app links to; a longer one is refused unread (links.ts). */
export const MAX_URL_LENGTH = 2048

export const linkInput = z.strictObject({ url: z.string().max(MAX_URL_LENGTH) })
