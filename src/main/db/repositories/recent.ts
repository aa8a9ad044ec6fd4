/**
 * "What did I do last time?": the most recent check-in (for "same as last time") and the last
 * dose taken of each medicine (to prefill a dose). Read-only; deleted check-ins do not count.
 */
import type { Database } from 'better-sqlite3'
import type { Checkin } from '../../../shared/domain'
import { latestMoment } from '../../../shared/not-future'
import { getCheckin, instantSql } from './checkins-read'

/** A check-in (`at`, or `c.at`) not after the moment given as the statement's `@now`. */
const NOT_AFTER = `${instantSql()} <= julianday(@now)`

export interface LastDose {
  remedyId: number
  doseMg: number
  /** The journal day of the check-in the dose comes from. */
  day: string
}

/**
 * How many days before the latest day holding a check-in up to now the latest moment can lie.
 * A check-in's journal day is its stamp's date, or the day before for one before noon
 * (journal-day.ts; saves, imports and restores all hold to it), and its offset is within ±14:00
 * (timestamp.ts): its moment lies between 14 hours before its day starts and 2 days and 2 hours
 * after. So a check-in of a day 3 or more days earlier is always earlier than any of that day's;
 * one day more is kept as a margin.
 */
const LATEST_MOMENT_SPAN_DAYS = 3

/**
 * The latest check-in by the moment it records (not by when it was typed, so a past day edited
 * in History does not become "last time"), or null for an empty journal. Never one from after
 * `now` (such a check-in could only come from before the rule against them: it is no "last time").
 * Only the last few days are compared (LATEST_MOMENT_SPAN_DAYS), found through the index by day:
 * comparing the moments of every check-in took 20–26 ms on twenty years at five a day.
 */
export function lastCheckin(db: Database, now: Date): Checkin | null {
  const id = db
    .prepare(
      `SELECT id FROM checkins WHERE deleted_at IS NULL AND ${NOT_AFTER}
         AND day >= (
           SELECT date(day, '-${LATEST_MOMENT_SPAN_DAYS} days') FROM checkins
           WHERE deleted_at IS NULL AND ${NOT_AFTER} ORDER BY day DESC LIMIT 1
         )
       ORDER BY ${instantSql()} DESC, id DESC LIMIT 1`,
    )
    .pluck()
    .get({ now: latestMoment(now).toISOString() }) as number | undefined
  return id === undefined ? null : getCheckin(db, id)
}

/** For every remedy ever logged with a dose: the dose of its latest use up to now, by remedy id. */
export function lastDoses(db: Database, now: Date): LastDose[] {
  return db
    .prepare(
      `SELECT remedyId, doseMg, day FROM (
         SELECT cr.remedy_id AS remedyId, cr.dose_mg AS doseMg, c.day AS day,
           ROW_NUMBER() OVER (
             PARTITION BY cr.remedy_id ORDER BY ${instantSql('c.at')} DESC, c.id DESC, cr.id DESC
           ) AS newest
         FROM checkin_remedies cr JOIN checkins c ON c.id = cr.checkin_id
         WHERE c.deleted_at IS NULL AND cr.dose_mg IS NOT NULL AND ${NOT_AFTER}
       ) WHERE newest = 1 ORDER BY remedyId`,
    )
    .all({ now: latestMoment(now).toISOString() }) as LastDose[]
}
