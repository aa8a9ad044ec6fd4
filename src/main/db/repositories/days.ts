/** Day records: the once-a-day items (sleep, interference, minutes walked, day note). */
import type { Database } from 'better-sqlite3'
import type { DayRecord } from '../../../shared/domain'

interface DayRow {
  day: string
  sleep_quality: number | null
  enjoyment_interference: number | null
  activity_interference: number | null
  minutes_walked: number | null
  note: string
}

const COLUMNS =
  'day, sleep_quality, enjoyment_interference, activity_interference, minutes_walked, note'

/**
 * A row that holds something. A day card saved with every field empty is no day record: the
 * save removes the row, and a row stored empty before it did is passed over by every read (the
 * report did count one as "1 day record", and a CSV import would not bring the day back over it).
 */
const HOLDS_SOMETHING = `NOT (sleep_quality IS NULL AND enjoyment_interference IS NULL
  AND activity_interference IS NULL AND minutes_walked IS NULL AND note = '')`

function fromRow(row: DayRow): DayRecord {
  return {
    day: row.day,
    sleepQuality: row.sleep_quality,
    enjoymentInterference: row.enjoyment_interference,
    activityInterference: row.activity_interference,
    minutesWalked: row.minutes_walked,
    note: row.note,
  }
}

export function getDayRecord(db: Database, day: string): DayRecord | null {
  const row = db
    .prepare(`SELECT ${COLUMNS} FROM day_records WHERE day = ? AND ${HOLDS_SOMETHING}`)
    .get(day) as DayRow | undefined
  return row ? fromRow(row) : null
}

export function listDayRecords(db: Database, from: string, to: string): DayRecord[] {
  const rows = db
    .prepare(
      `SELECT ${COLUMNS} FROM day_records
       WHERE day BETWEEN ? AND ? AND ${HOLDS_SOMETHING} ORDER BY day`,
    )
    .all(from, to) as DayRow[]
  return rows.map(fromRow)
}

/** Every day that has a day record. */
export function recordedDays(db: Database): string[] {
  return db
    .prepare(`SELECT day FROM day_records WHERE ${HOLDS_SOMETHING}`)
    .pluck()
    .all() as string[]
}

/**
 * Writes day records — a new one, or over the one already there; one with nothing in it removes
 * the day's record — with the statements prepared once: saving a day, importing a CSV and
 * loading a generated journal all write through it.
 */
export function dayRecordWriter(db: Database): (record: DayRecord, now: string) => void {
  const upsert = db.prepare(
    `INSERT INTO day_records (${COLUMNS}, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (day) DO UPDATE SET sleep_quality = excluded.sleep_quality,
       enjoyment_interference = excluded.enjoyment_interference,
       activity_interference = excluded.activity_interference,
       minutes_walked = excluded.minutes_walked, note = excluded.note,
       updated_at = excluded.updated_at`,
  )
  const dropEmpty = db.prepare(`DELETE FROM day_records WHERE day = ? AND NOT ${HOLDS_SOMETHING}`)
  return (record, now) => {
    upsert.run(
      record.day,
      record.sleepQuality,
      record.enjoymentInterference,
      record.activityInterference,
      record.minutesWalked,
      record.note,
      now,
    )
    dropEmpty.run(record.day)
  }
}

export function saveDayRecord(db: Database, record: DayRecord, now: string): void {
  dayRecordWriter(db)(record, now)
}

/** A day record as stored, with when it was last written. */
export type StoredDayRecord = DayRow & { updated_at: string }

/** Replaces every day record with `rows`, as stored (restoring a backup). Inside a transaction. */
export function replaceDayRecords(db: Database, rows: readonly StoredDayRecord[]): void {
  db.prepare('DELETE FROM day_records').run()
  const insert = db.prepare(
    `INSERT INTO day_records (${COLUMNS}, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  )
  for (const d of rows) {
    insert.run(
      d.day,
      d.sleep_quality,
      d.enjoyment_interference,
      d.activity_interference,
      d.minutes_walked,
      d.note,
      d.updated_at,
    )
  }
}
