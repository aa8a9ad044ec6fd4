/**
 * "What did I do last time?": the most recent check-in (for "same as last time") and the last
 * dose taken of each medicine (to prefill a dose). Read-only; deleted check-ins do not count.
 */
import type { Database } from 'better-sqlite3'
import type { Checkin } from '../../../shared/domain'
import { getCheckin } from './checkins'

export interface LastDose {
  remedyId: number
  doseMg: number
  /** The journal day of the check-in the dose comes from. */
  day: string
}

/**
 * The latest check-in by journal day and time (not by when it was typed, so a past day edited in
 * History does not become "last time"), or null for an empty journal.
 */
export function lastCheckin(db: Database): Checkin | null {
  const id = db
    .prepare(
      `SELECT id FROM checkins WHERE deleted_at IS NULL
       ORDER BY day DESC, at DESC, id DESC LIMIT 1`,
    )
    .pluck()
    .get() as number | undefined
  return id === undefined ? null : getCheckin(db, id)
}

/** For every remedy ever logged with a dose: the dose of its latest use, by remedy id. */
export function lastDoses(db: Database): LastDose[] {
  return db
    .prepare(
      `SELECT remedyId, doseMg, day FROM (
         SELECT cr.remedy_id AS remedyId, cr.dose_mg AS doseMg, c.day AS day,
           ROW_NUMBER() OVER (
             PARTITION BY cr.remedy_id ORDER BY c.day DESC, c.at DESC, c.id DESC, cr.id DESC
           ) AS newest
         FROM checkin_remedies cr JOIN checkins c ON c.id = cr.checkin_id
         WHERE c.deleted_at IS NULL AND cr.dose_mg IS NOT NULL
       ) WHERE newest = 1 ORDER BY remedyId`,
    )
    .all() as LastDose[]
}
