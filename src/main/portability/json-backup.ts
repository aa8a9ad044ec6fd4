/**
 * The whole journal as one JSON document (docs/json-backup.md), and restoring one. Rows keep
 * their ids and time stamps, so a restored journal is the same journal, table for table. Here:
 * the file's format, its checks and its summary; db/journal-dump.ts reads and writes the rows.
 */
import type { Database } from 'better-sqlite3'
import { z } from 'zod'
import { onFirstUse } from '../../shared/on-first-use'
import { BODY_REGIONS, CONTEXTS, RED_FLAGS, REMEDY_KINDS } from '../../shared/domain'
import { MAX_VISIT_NOTE_LENGTH } from '../../shared/insights-schema'
import { dayMisfitProblem } from '../../shared/journal-day'
import { futureCheckinProblem, futureDayProblem } from '../../shared/not-future'
import * as s from '../../shared/schemas'
import { DEFAULT_SETTINGS, settings, type Settings } from '../../shared/settings-schema'
import { DomainError } from '../../shared/domain-error'
import { dumpJournal, restoreDump } from '../db/journal-dump'

export const BACKUP_FORMAT = 'pain-journal-backup'
/** 2 added doctor visits (schema v3); version 1 files are still read, with none. */
export const BACKUP_VERSION = 2
const READABLE_VERSIONS = [1, 2] as const

const bit = onFirstUse(() => z.union([z.literal(0), z.literal(1)]))
const text = onFirstUse(() =>
  z.string().max(100_000).refine(s.isWellFormedText, { message: s.BROKEN_CHARACTER }),
)

const entry = onFirstUse(() =>
  z.strictObject({
    id: s.id,
    key: z.string().max(80).nullable(),
    name: z.string().min(1).max(s.MAX_NAME_LENGTH),
    archived: bit,
  }),
)

/**
 * A stored setting: a key this version knows and its value as JSON text that the setting's own
 * schema accepts (getSettings would fall back to the default otherwise, silently).
 */
const settingRow = onFirstUse(() =>
  z
    .strictObject({
      key: z.enum(Object.keys(DEFAULT_SETTINGS) as [keyof Settings]),
      value: text,
    })
    .superRefine((row, ctx) => {
      let value: unknown
      try {
        value = JSON.parse(row.value)
      } catch {
        ctx.addIssue({ code: 'custom', path: ['value'], message: 'Must be JSON text' })
        return
      }
      const checked = settings.shape[row.key].safeParse(value)
      if (!checked.success) {
        const issue = checked.error.issues[0]
        ctx.addIssue({ code: 'custom', path: ['value'], message: issue?.message ?? 'Not valid' })
      }
    }, s.WHEN_FIELDS_VALID),
)

const checkinRow = onFirstUse(() =>
  z
    .strictObject({
      id: s.id,
      at: s.timestamp,
      day: s.dayString,
      pain: s.painScore,
      spasm: bit.nullable(),
      context: z.enum(CONTEXTS).nullable(),
      note: s.note,
      created_at: s.timestamp,
      updated_at: s.timestamp,
      deleted_at: s.timestamp.nullable(),
      regions: z.array(z.enum(BODY_REGIONS)),
      trigger_ids: z.array(s.id),
      remedies: z.array(
        z.strictObject({
          id: s.id,
          remedy_id: s.id,
          dose_mg: s.doseMg.nullable(),
          minutes: s.minutesInADay.nullable(),
          relief: s.relief.nullable(),
        }),
      ),
      red_flags: z.array(z.enum(RED_FLAGS)),
    })
    .superRefine((c, ctx) => {
      const problem = dayMisfitProblem(c.day, c.at)
      if (problem !== null) ctx.addIssue({ code: 'custom', path: ['day'], message: problem })
    }, s.WHEN_FIELDS_VALID),
)

export const backupSchema = onFirstUse(() =>
  z.strictObject({
    format: z.literal(BACKUP_FORMAT, { error: 'This is not a Pain Journal backup file.' }),
    version: z.union(
      READABLE_VERSIONS.map((v) => z.literal(v)),
      {
        error: `This backup is from another version of Pain Journal (this one reads versions ${READABLE_VERSIONS.join(' and ')}).`,
      },
    ),
    exported_at: s.timestamp,
    app_version: text,
    settings: z.array(settingRow),
    triggers: z.array(entry),
    remedies: z.array(entry.extend({ kind: z.enum(REMEDY_KINDS) })),
    medication_limits: z.array(z.strictObject({ remedy_id: s.id, daily_limit_mg: s.dailyLimitMg })),
    checkins: z.array(checkinRow),
    day_records: z.array(
      z.strictObject({
        day: s.dayString,
        sleep_quality: s.zeroToTen.nullable(),
        enjoyment_interference: s.zeroToTen.nullable(),
        activity_interference: s.zeroToTen.nullable(),
        minutes_walked: s.minutesInADay.nullable(),
        note: s.note,
        updated_at: s.timestamp,
      }),
    ),
    acknowledgements: z.array(z.strictObject({ day: s.dayString, kind: s.acknowledgementKind })),
    doctor_visits: z
      .array(
        z.strictObject({
          id: s.id,
          day: s.dayString,
          note: z.string().max(MAX_VISIT_NOTE_LENGTH),
          recorded_at: s.timestamp,
        }),
      )
      .default([]),
  }),
)
export type Backup = z.infer<typeof backupSchema>

export function buildBackup(db: Database, exportedAt: string, appVersion: string): Backup {
  const backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exported_at: exportedAt,
    app_version: appVersion,
    ...dumpJournal(db),
  }
  // Parsing our own output keeps the writer and the reader of the format honest with each other.
  return backupSchema.parse(backup)
}

export interface BackupSummary {
  exportedAt: string
  appVersion: string
  checkins: number
  dayRecords: number
  from: string | null
  to: string | null
}

/** The format version of a backup of ours that is newer than this app reads, or null. */
function newerVersion(data: unknown): number | null {
  if (typeof data !== 'object' || data === null) return null
  const { format, version } = data as Record<string, unknown>
  return format === BACKUP_FORMAT && typeof version === 'number' && version > BACKUP_VERSION
    ? version
    : null
}

function refused(message: string, path: readonly PropertyKey[]): DomainError {
  const where = path.length > 0 ? ` (at ${path.map(String).join('.')})` : ''
  return new DomainError('validation', `This backup cannot be restored: ${message}${where}.`)
}

/** Where the backup records something after `now` (check-in times, days), if anywhere. */
function fromTheFuture(backup: Backup, now: Date, dayStartHour: number): DomainError | null {
  for (const [i, c] of backup.checkins.entries()) {
    const future = futureCheckinProblem(c.at, now)
    if (future !== null) return refused(future, ['checkins', i, 'at'])
  }
  for (const [i, d] of backup.day_records.entries()) {
    const future = futureDayProblem(d.day, now, dayStartHour)
    if (future !== null) return refused(future, ['day_records', i, 'day'])
  }
  for (const [i, v] of backup.doctor_visits.entries()) {
    const future = futureDayProblem(v.day, now, dayStartHour)
    if (future !== null) return refused(future, ['doctor_visits', i, 'day'])
  }
  return null
}

/** A backup's text from its bytes: UTF-8, as written, or a sentence saying what it is instead. */
function backupText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '')
  } catch {
    // A backup re-saved in another encoding would come back with its letters replaced.
    throw new DomainError(
      'validation',
      'This file is not UTF-8 text, as Pain Journal writes its backups: was it saved again by another program? Choose the file as Pain Journal saved it.',
    )
  }
}

/**
 * The backup in `bytes` (a file's), checked to the letter: a DomainError says in words what is
 * wrong with it, and where. `now` and the journal's day-start hour are for the rule that nothing
 * in a journal is from the future.
 */
export function readBackup(bytes: Uint8Array, now: Date, dayStartHour: number): Backup {
  const json = backupText(bytes)
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch {
    if (json.trimStart().startsWith('{') && json.includes(`"${BACKUP_FORMAT}"`)) {
      throw new DomainError(
        'validation',
        'This Pain Journal backup is cut off or damaged: its text ends or breaks before the whole journal is in it. Choose another copy.',
      )
    }
    throw new DomainError('validation', 'This file is not a Pain Journal backup (it is not JSON).')
  }
  const newer = newerVersion(data)
  if (newer !== null) {
    throw new DomainError(
      'validation',
      `This backup was made by a newer version of Pain Journal (backup format ${newer}; this version reads up to ${BACKUP_VERSION}). Nothing was changed. Please update Pain Journal to restore it.`,
    )
  }
  const parsed = backupSchema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw refused(issue?.message ?? 'it is not valid', issue?.path ?? [])
  }
  const future = fromTheFuture(parsed.data, now, dayStartHour)
  if (future !== null) throw future
  return parsed.data
}

export function summarise(backup: Backup): BackupSummary {
  const days = backup.checkins
    .filter((c) => c.deleted_at === null)
    .map((c) => c.day)
    .sort()
  return {
    exportedAt: backup.exported_at,
    appVersion: backup.app_version,
    checkins: days.length,
    dayRecords: backup.day_records.length,
    from: days[0] ?? null,
    to: days.at(-1) ?? null,
  }
}

/** Replaces every row of the journal with the backup's, in one transaction. */
export function restoreBackup(db: Database, b: Backup): void {
  restoreDump(db, b, { catalogBeforeV3: b.version === 1 })
}
