/**
 * Every row of a journal, table by table and as stored — ids, time stamps, deleted check-ins —
 * and putting such rows back in place of a journal's own: what the JSON backup writes and
 * restores (src/main/portability/json-backup.ts keeps the file's format and its checks). Each
 * table is written by its own repository; this only reads them all and sets the order.
 */
import type { Database } from 'better-sqlite3'
import { DomainError } from '../../shared/domain-error'
import { upgradeRestRemedies } from './migrations/003-doctor-visits'
import type { StoredAcknowledgement } from './repositories/acknowledgements'
import { replaceAcknowledgements } from './repositories/acknowledgements'
import {
  replaceCatalog,
  type StoredEntry,
  type StoredLimit,
  type StoredRemedy,
} from './repositories/catalog'
import { clearCheckins, insertStoredCheckins, type StoredCheckin } from './repositories/checkins'
import { replaceDayRecords, type StoredDayRecord } from './repositories/days'
import { replaceDoctorVisits, type StoredVisit } from './repositories/doctor-visits'
import { replaceSettings, type StoredSetting } from './repositories/settings'

/** The tables of a journal, named and shaped as the backup file writes them. */
export interface JournalDump {
  settings: StoredSetting[]
  triggers: StoredEntry[]
  remedies: StoredRemedy[]
  medication_limits: StoredLimit[]
  checkins: StoredCheckin[]
  day_records: StoredDayRecord[]
  acknowledgements: StoredAcknowledgement[]
  doctor_visits: StoredVisit[]
}

const all = <T>(db: Database, sql: string): T[] => db.prepare(sql).all() as T[]

/** Every row of the journal, each table in its key order. */
export function dumpJournal(db: Database): JournalDump {
  const checkins = all<Omit<StoredCheckin, 'regions' | 'trigger_ids' | 'remedies' | 'red_flags'>>(
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
    all<StoredCheckin['remedies'][number] & { checkin_id: number }>(
      db,
      'SELECT id, checkin_id, remedy_id, dose_mg, minutes, relief FROM checkin_remedies ORDER BY id',
    ),
  )
  const flags = group(
    all<{ checkin_id: number; flag: string }>(db, 'SELECT * FROM checkin_red_flags ORDER BY 1, 2'),
  )
  return {
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
    doctor_visits: all(db, 'SELECT id, day, note, recorded_at FROM doctor_visits ORDER BY id'),
  }
}

/**
 * Replaces every row of the journal with the dump's, in one transaction: all of it, or — when
 * the rows do not fit together — nothing, with a DomainError saying so. `catalogBeforeV3`: the
 * dump was taken before schema v3, so its catalogue is brought up to date the way migration 3
 * brings a journal, and both end with the same remedies.
 */
export function restoreDump(
  db: Database,
  dump: Readonly<JournalDump>,
  options: { catalogBeforeV3: boolean },
): void {
  try {
    db.transaction(() => {
      // The check-ins go first, as they name catalogue entries; then every table is written
      // parents first.
      clearCheckins(db)
      replaceSettings(db, dump.settings)
      replaceCatalog(db, dump)
      insertStoredCheckins(db, dump.checkins)
      replaceDayRecords(db, dump.day_records)
      replaceAcknowledgements(db, dump.acknowledgements)
      replaceDoctorVisits(db, dump.doctor_visits)
      if (options.catalogBeforeV3) upgradeRestRemedies(db)
      // Ids in a dump could point nowhere; the foreign keys say so before anything is kept.
      const broken = db.pragma('foreign_key_check') as unknown[]
      if (broken.length > 0) {
        throw new DomainError('validation', 'This backup refers to entries it does not contain.')
      }
    })()
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
