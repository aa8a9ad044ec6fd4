/**
 * The whole journal as one JSON document (docs/json-backup.md), and restoring one. Rows keep
 * their ids and time stamps, so a restored journal is the same journal, table for table.
 */
import type { Database } from 'better-sqlite3'
import { z } from 'zod'
import { BODY_REGIONS, CONTEXTS, RED_FLAGS, REMEDY_KINDS } from '../../shared/domain'
import { dayFitsStamp } from '../../shared/journal-day'
import { futureCheckinProblem, futureDayProblem } from '../../shared/not-future'
import * as s from '../../shared/schemas'
import { DomainError } from '../db/errors'

export const BACKUP_FORMAT = 'pain-journal-backup'
export const BACKUP_VERSION = 1

const bit = z.union([z.literal(0), z.literal(1)])
const text = z.string().max(100_000)
const nullableInt = z.number().int().nullable()

const entry = z.strictObject({
  id: s.id,
  key: z.string().max(80).nullable(),
  name: z.string().min(1).max(s.MAX_NAME_LENGTH),
  archived: bit,
})

/**
 * A stored setting: a key this version knows and its value as JSON text that the setting's own
 * schema accepts (getSettings would fall back to the default otherwise, silently).
 */
const settingRow = z
  .strictObject({
    key: z.enum(Object.keys(s.DEFAULT_SETTINGS) as [keyof s.Settings]),
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
    const checked = s.settings.shape[row.key].safeParse(value)
    if (!checked.success) {
      const issue = checked.error.issues[0]
      ctx.addIssue({ code: 'custom', path: ['value'], message: issue?.message ?? 'Not valid' })
    }
  }, s.WHEN_FIELDS_VALID)

const checkinRow = z
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
        minutes: nullableInt,
        relief: s.relief.nullable(),
      }),
    ),
    red_flags: z.array(z.enum(RED_FLAGS)),
  })
  .refine((c) => dayFitsStamp(c.day, c.at), {
    path: ['day'],
    message: 'Does not fit the check-in time (that date, or the day before before noon)',
    ...s.WHEN_FIELDS_VALID,
  })

export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT, { error: 'This is not a Pain Journal backup file.' }),
  version: z.literal(BACKUP_VERSION, {
    error: `This backup is from another version of Pain Journal (this one reads version ${BACKUP_VERSION}).`,
  }),
  exported_at: s.timestamp,
  app_version: text,
  settings: z.array(settingRow),
  triggers: z.array(entry),
  remedies: z.array(entry.extend({ kind: z.enum(REMEDY_KINDS) })),
  medication_limits: z.array(
    z.strictObject({ remedy_id: s.id, daily_limit_mg: z.number().positive() }),
  ),
  checkins: z.array(checkinRow),
  day_records: z.array(
    z.strictObject({
      day: s.dayString,
      sleep_quality: s.zeroToTen.nullable(),
      enjoyment_interference: s.zeroToTen.nullable(),
      activity_interference: s.zeroToTen.nullable(),
      minutes_walked: nullableInt,
      note: s.note,
      updated_at: s.timestamp,
    }),
  ),
  acknowledgements: z.array(z.strictObject({ day: s.dayString, kind: s.acknowledgementKind })),
})
export type Backup = z.infer<typeof backupSchema>

const all = <T>(db: Database, sql: string): T[] => db.prepare(sql).all() as T[]

export function buildBackup(db: Database, exportedAt: string, appVersion: string): Backup {
  const checkins = all<
    Omit<Backup['checkins'][number], 'regions' | 'trigger_ids' | 'remedies' | 'red_flags'>
  >(
    db,
    `SELECT id, at, day, pain, spasm, context, note, created_at, updated_at, deleted_at
     FROM checkins ORDER BY id`,
  )
  const group = <T extends { checkin_id: number }>(rows: T[]) => {
    const map = new Map<number, T[]>()
    for (const r of rows) map.set(r.checkin_id, [...(map.get(r.checkin_id) ?? []), r])
    return map
  }
  const regions = group(
    all<{ checkin_id: number; region: string }>(db, 'SELECT * FROM checkin_regions ORDER BY 1, 2'),
  )
  const triggers = group(
    all<{ checkin_id: number; trigger_id: number }>(
      db,
      'SELECT * FROM checkin_triggers ORDER BY 1, 2',
    ),
  )
  const remedies = group(
    all<{ id: number; checkin_id: number; remedy_id: number } & Record<string, number | null>>(
      db,
      'SELECT id, checkin_id, remedy_id, dose_mg, minutes, relief FROM checkin_remedies ORDER BY id',
    ),
  )
  const flags = group(
    all<{ checkin_id: number; flag: string }>(db, 'SELECT * FROM checkin_red_flags ORDER BY 1, 2'),
  )
  const backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exported_at: exportedAt,
    app_version: appVersion,
    settings: all(db, 'SELECT key, value FROM settings ORDER BY key'),
    triggers: all(db, 'SELECT id, key, name, archived FROM triggers ORDER BY id'),
    remedies: all(db, 'SELECT id, key, name, kind, archived FROM remedies ORDER BY id'),
    medication_limits: all(
      db,
      'SELECT remedy_id, daily_limit_mg FROM medication_limits ORDER BY remedy_id',
    ),
    checkins: checkins.map((c) => ({
      ...c,
      regions: (regions.get(c.id) ?? []).map((r) => r.region),
      trigger_ids: (triggers.get(c.id) ?? []).map((t) => t.trigger_id),
      remedies: (remedies.get(c.id) ?? []).map(({ checkin_id: _, ...r }) => r),
      red_flags: (flags.get(c.id) ?? []).map((f) => f.flag),
    })),
    day_records: all(
      db,
      `SELECT day, sleep_quality, enjoyment_interference, activity_interference, minutes_walked,
         note, updated_at FROM day_records ORDER BY day`,
    ),
    acknowledgements: all(db, 'SELECT day, kind FROM acknowledgements ORDER BY day, kind'),
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

function refused(message: string, path: readonly PropertyKey[]): DomainError {
  const where = path.length > 0 ? ` (at ${path.map(String).join('.')})` : ''
  return new DomainError('validation', `This backup cannot be restored: ${message}${where}.`)
}

/** Where the backup records something after `now` (check-in times, days), if anywhere. */
function fromTheFuture(backup: Backup, now: Date): DomainError | null {
  for (const [i, c] of backup.checkins.entries()) {
    const future = futureCheckinProblem(c.at, now)
    if (future !== null) return refused(future, ['checkins', i, 'at'])
  }
  for (const [i, d] of backup.day_records.entries()) {
    const future = futureDayProblem(d.day, now)
    if (future !== null) return refused(future, ['day_records', i, 'day'])
  }
  return null
}

/**
 * Reads a backup file's text; a DomainError says in words what is wrong with it, and where.
 * `now` is for the rule that nothing in a journal is from the future.
 */
export function readBackup(json: string, now: Date): Backup {
  let data: unknown
  try {
    data = JSON.parse(json.replace(/^\uFEFF/, ''))
  } catch {
    throw new DomainError('validation', 'This file is not a Pain Journal backup (it is not JSON).')
  }
  const parsed = backupSchema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw refused(issue?.message ?? 'it is not valid', issue?.path ?? [])
  }
  const future = fromTheFuture(parsed.data, now)
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

const TABLES_CHILD_FIRST = [
  'checkin_red_flags',
  'checkin_remedies',
  'checkin_triggers',
  'checkin_regions',
  'checkins',
  'day_records',
  'acknowledgements',
  'medication_limits',
  'remedies',
  'triggers',
  'settings',
] as const

/** Replaces every row of the journal with the backup's, in one transaction. */
export function restoreBackup(db: Database, b: Backup): void {
  try {
    writeAll(db, b)
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) {
      throw new DomainError(
        'validation',
        `This backup does not fit together (${(error as Error).message}); your journal was not changed.`,
      )
    }
    throw error
  }
}

function writeAll(db: Database, b: Backup): void {
  const insert = (sql: string) => db.prepare(sql)
  db.transaction(() => {
    for (const table of TABLES_CHILD_FIRST) db.prepare(`DELETE FROM ${table}`).run()
    const setting = insert('INSERT INTO settings (key, value) VALUES (?, ?)')
    for (const r of b.settings) setting.run(r.key, r.value)
    const trigger = insert('INSERT INTO triggers (id, key, name, archived) VALUES (?, ?, ?, ?)')
    for (const t of b.triggers) trigger.run(t.id, t.key, t.name, t.archived)
    const remedy = insert(
      'INSERT INTO remedies (id, key, name, kind, archived) VALUES (?, ?, ?, ?, ?)',
    )
    for (const r of b.remedies) remedy.run(r.id, r.key, r.name, r.kind, r.archived)
    const limit = insert('INSERT INTO medication_limits (remedy_id, daily_limit_mg) VALUES (?, ?)')
    for (const l of b.medication_limits) limit.run(l.remedy_id, l.daily_limit_mg)
    const checkin = insert(
      `INSERT INTO checkins (id, at, day, pain, spasm, context, note, created_at, updated_at,
         deleted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    const region = insert('INSERT INTO checkin_regions (checkin_id, region) VALUES (?, ?)')
    const usedTrigger = insert(
      'INSERT INTO checkin_triggers (checkin_id, trigger_id) VALUES (?, ?)',
    )
    const use = insert(
      `INSERT INTO checkin_remedies (id, checkin_id, remedy_id, dose_mg, minutes, relief)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    const flag = insert('INSERT INTO checkin_red_flags (checkin_id, flag) VALUES (?, ?)')
    for (const c of b.checkins) {
      checkin.run(
        c.id,
        c.at,
        c.day,
        c.pain,
        c.spasm,
        c.context,
        c.note,
        c.created_at,
        c.updated_at,
        c.deleted_at,
      )
      for (const r of c.regions) region.run(c.id, r)
      for (const t of c.trigger_ids) usedTrigger.run(c.id, t)
      for (const u of c.remedies) use.run(u.id, c.id, u.remedy_id, u.dose_mg, u.minutes, u.relief)
      for (const f of c.red_flags) flag.run(c.id, f)
    }
    const day = insert(
      `INSERT INTO day_records (day, sleep_quality, enjoyment_interference,
         activity_interference, minutes_walked, note, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    for (const d of b.day_records) {
      day.run(
        d.day,
        d.sleep_quality,
        d.enjoyment_interference,
        d.activity_interference,
        d.minutes_walked,
        d.note,
        d.updated_at,
      )
    }
    const ack = insert('INSERT INTO acknowledgements (day, kind) VALUES (?, ?)')
    for (const a of b.acknowledgements) ack.run(a.day, a.kind)
    // Ids in a backup could point nowhere; the foreign keys say so before anything is kept.
    const broken = db.pragma('foreign_key_check') as unknown[]
    if (broken.length > 0) {
      throw new DomainError('validation', 'This backup refers to entries it does not contain.')
    }
  })()
}
