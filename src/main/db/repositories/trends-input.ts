/**
 * Check-ins as the pure statistics want them (src/shared/stats): plain rows with catalog keys
 * instead of ids. Five aggregate queries over the range rather than one per check-in, so ten
 * years load in one pass.
 */
import type { Database } from 'better-sqlite3'
import type { BodyRegion, PainContext } from '../../../shared/domain'
import type { StatsCheckin, StatsRemedyUse } from '../../../shared/stats'
import { remedyFlagKey } from './analysis-input'

/** The key statistics use for a trigger: its built-in key, or `trigger-<id>` for the user's own. */
export function triggerStatsKey(id: number, key: string | null): string {
  return key ?? `trigger-${id}`
}

interface Row {
  id: number
  day: string
  pain: number
  context: PainContext | null
}

const LIVE = 'c.deleted_at IS NULL AND c.day BETWEEN ? AND ?'

export function statsCheckins(db: Database, from: string, to: string): StatsCheckin[] {
  const rows = db
    .prepare(
      `SELECT c.id AS id, c.day AS day, c.pain AS pain, c.context AS context FROM checkins c
       WHERE ${LIVE} ORDER BY c.day, c.at, c.id`,
    )
    .all(from, to) as Row[]
  const byId = new Map<number, StatsCheckin & { regions: BodyRegion[]; triggerKeys: string[] }>()
  const remedies = new Map<number, StatsRemedyUse[]>()
  const redFlags = new Map<number, string[]>()
  for (const r of rows) {
    byId.set(r.id, {
      day: r.day,
      pain: r.pain,
      context: r.context,
      regions: [],
      triggerKeys: [],
      remedies: [],
      redFlags: [],
    })
  }
  const each = <T>(sql: string, fn: (row: T) => void): void => {
    for (const row of db.prepare(sql).iterate(from, to)) fn(row as T)
  }
  each<{ id: number; region: BodyRegion }>(
    `SELECT x.checkin_id AS id, x.region AS region FROM checkin_regions x
     JOIN checkins c ON c.id = x.checkin_id WHERE ${LIVE}`,
    (row) => byId.get(row.id)?.regions.push(row.region),
  )
  each<{ id: number; tid: number; key: string | null }>(
    `SELECT x.checkin_id AS id, t.id AS tid, t.key AS key FROM checkin_triggers x
     JOIN checkins c ON c.id = x.checkin_id JOIN triggers t ON t.id = x.trigger_id WHERE ${LIVE}`,
    (row) => byId.get(row.id)?.triggerKeys.push(triggerStatsKey(row.tid, row.key)),
  )
  each<{
    id: number
    rid: number
    key: string | null
    doseMg: number | null
    minutes: number | null
    relief: number | null
  }>(
    `SELECT u.checkin_id AS id, r.id AS rid, r.key AS key, u.dose_mg AS doseMg,
            u.minutes AS minutes, u.relief AS relief FROM checkin_remedies u
     JOIN checkins c ON c.id = u.checkin_id JOIN remedies r ON r.id = u.remedy_id
     WHERE ${LIVE} ORDER BY u.id`,
    (row) => {
      const list = remedies.get(row.id) ?? []
      list.push({
        key: remedyFlagKey(row.rid, row.key),
        doseMg: row.doseMg,
        minutes: row.minutes,
        relief: row.relief,
      })
      remedies.set(row.id, list)
    },
  )
  each<{ id: number; flag: string }>(
    `SELECT x.checkin_id AS id, x.flag AS flag FROM checkin_red_flags x
     JOIN checkins c ON c.id = x.checkin_id WHERE ${LIVE}`,
    (row) => {
      const list = redFlags.get(row.id) ?? []
      list.push(row.flag)
      redFlags.set(row.id, list)
    },
  )
  return [...byId.entries()].map(([id, c]) => ({
    ...c,
    remedies: remedies.get(id) ?? [],
    redFlags: redFlags.get(id) ?? [],
  }))
}

/** The first day with a live check-in, or null for an empty journal. */
export function firstLoggedDay(db: Database): string | null {
  return (
    (db.prepare('SELECT min(day) FROM checkins WHERE deleted_at IS NULL').pluck().get() as
      string | null | undefined) ?? null
  )
}
