/** zod schemas of the data and report channels (import, export, backup, report). */
import { z } from 'zod'
import { onFirstUse } from '../on-first-use'
import { REMEDY_KINDS } from '../domain'
import { dayString, timestamp } from '../schemas'

/** A file the person chose; null when they cancelled the dialog. */
export const savedFile = onFirstUse(() =>
  z.strictObject({ path: z.string().nullable(), count: z.number().int() }),
)

export const filePath = onFirstUse(() => z.string().min(1).max(4096))

export const rowIssue = onFirstUse(() =>
  z.strictObject({
    row: z.number().int(),
    field: z.string(),
    message: z.string(),
  }),
)

export const importPreview = onFirstUse(() =>
  z.strictObject({
    path: z.string(),
    fileName: z.string(),
    rowCount: z.number().int(),
    toImport: z.number().int(),
    duplicates: z.number().int(),
    duplicateExamples: z.array(z.strictObject({ row: z.number().int(), at: timestamp })),
    from: dayString.nullable(),
    to: dayString.nullable(),
    newTriggers: z.array(z.string()),
    newRemedies: z.array(z.strictObject({ name: z.string(), kind: z.enum(REMEDY_KINDS) })),
    dayRecords: z.number().int(),
    dayRecordsKept: z.number().int(),
    issues: z.array(rowIssue),
    issueCount: z.number().int(),
  }),
)
export type ImportPreview = z.infer<typeof importPreview>

export const importOutcome = onFirstUse(() =>
  z.strictObject({
    imported: z.number().int(),
    duplicatesSkipped: z.number().int(),
    triggersCreated: z.number().int(),
    remediesCreated: z.number().int(),
    dayRecordsAdded: z.number().int(),
  }),
)

export const backupSummary = onFirstUse(() =>
  z.strictObject({
    exportedAt: timestamp,
    appVersion: z.string(),
    checkins: z.number().int(),
    dayRecords: z.number().int(),
    from: dayString.nullable(),
    to: dayString.nullable(),
  }),
)

export const restorePreview = onFirstUse(() =>
  z.strictObject({
    path: z.string(),
    fileName: z.string(),
    summary: backupSummary,
  }),
)

export const restoreOutcome = onFirstUse(() =>
  z.strictObject({
    /** The copy of the journal taken just before it was replaced. */
    safetyBackup: z.string(),
    summary: backupSummary,
  }),
)

export const optionalPath = onFirstUse(() =>
  z.strictObject({ path: filePath.optional() }).default({}),
)
