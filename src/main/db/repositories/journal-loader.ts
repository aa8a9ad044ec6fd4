/**
 * Writes a whole generated journal (src/shared/sample-data.ts) into a database in one
 * transaction: for the "Explore with sample data" journal, the test fixtures and the benchmark.
 * Catalog entries are referred to by key and resolved here.
 */
import type { Database } from 'better-sqlite3'
import type { SampleJournal } from '../../../shared/sample-data'
import { DomainError } from '../errors'

function idsByKey(db: Database, table: 'triggers' | 'remedies'): Map<string, number> {
  const rows = db.prepare(`SELECT key, id FROM ${table} WHERE key IS NOT NULL`).all() as {
    key: string
    id: number
  }[]
  return new Map(rows.map((r) => [r.key, r.id]))
}

export function loadJournal(db: Database, journal: SampleJournal, now: string): void {
  const triggers = idsByKey(db, 'triggers')
  const remedies = idsByKey(db, 'remedies')
  const idOf = (map: Map<string, number>, key: string, what: string) => {
    const id = map.get(key)
    if (id === undefined) throw new DomainError('validation', `Unknown ${what} "${key}"`)
    return id
  }
  const insertCheckin = db.prepare(
    `INSERT INTO checkins (at, day, pain, spasm, context, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertRegion = db.prepare('INSERT INTO checkin_regions (checkin_id, region) VALUES (?, ?)')
  const insertTrigger = db.prepare(
    'INSERT OR IGNORE INTO checkin_triggers (checkin_id, trigger_id) VALUES (?, ?)',
  )
  const insertRemedy = db.prepare(
    `INSERT INTO checkin_remedies (checkin_id, remedy_id, dose_mg, minutes, relief)
     VALUES (?, ?, ?, ?, ?)`,
  )
  const insertFlag = db.prepare(
    'INSERT OR IGNORE INTO checkin_red_flags (checkin_id, flag) VALUES (?, ?)',
  )
  const insertDay = db.prepare(
    `INSERT OR REPLACE INTO day_records (day, sleep_quality, enjoyment_interference,
       activity_interference, minutes_walked, note, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  )
  db.transaction(() => {
    for (const c of journal.checkins) {
      const spasm = c.spasm === null ? null : c.spasm ? 1 : 0
      const id = insertCheckin.run(
        c.at,
        c.day,
        c.pain,
        spasm,
        c.context,
        c.note,
        now,
        now,
      ).lastInsertRowid
      for (const r of new Set(c.regions)) insertRegion.run(id, r)
      for (const t of c.triggerKeys) insertTrigger.run(id, idOf(triggers, t, 'trigger'))
      for (const r of c.remedies) {
        insertRemedy.run(id, idOf(remedies, r.key, 'remedy'), r.doseMg, r.minutes, r.relief)
      }
      for (const f of c.redFlags) insertFlag.run(id, f)
    }
    for (const d of journal.dayRecords) {
      insertDay.run(
        d.day,
        d.sleepQuality,
        d.enjoymentInterference,
        d.activityInterference,
        d.minutesWalked,
        d.note,
        now,
      )
    }
  })()
}
