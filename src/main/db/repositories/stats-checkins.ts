/**
 * Every live check-in as the pure rules and statistics want them (src/shared): plain rows with
 * catalog keys instead of ids. Episodes, flags, Trends and History all start from this one read,
 * which src/main/analysis remembers per state of the data (analysis/analysis.ts).
 *
 * Ten years are about 4,000 check-ins and as many child rows, so each table is read once, whole,
 * in its own key order and as plain arrays: a scan is cheaper than looking each row up through
 * an index, and arrays cheaper than objects. Rows of deleted check-ins are dropped here.
 */
import type { Database } from 'better-sqlite3'
import type { BodyRegion, PainContext, RedFlag } from '../../../shared/domain'
import type { StatsCheckin } from '../../../shared/stats'
import { remedyFlagKey, statsKey } from './analysis-input'
import { instantSql } from './checkins-read'

/** statsKey of a trigger. */
export const triggerStatsKey = (id: number, key: string | null): string =>
  statsKey('trigger', id, key)

export interface JournalCheckin extends StatsCheckin {
  /** The row's id: lets one check-in be replaced after it is saved, deleted or brought back. */
  id: number
  redFlags: readonly RedFlag[]
}

/** Shared by every check-in without any: most name no trigger and no warning sign. */
const NONE: readonly never[] = Object.freeze([])

/** `list` with `item` added: a new array in place of NONE, the same one otherwise. */
function add<T>(list: readonly T[], item: T): readonly T[] {
  if (list === NONE) return [item]
  ;(list as T[]).push(item)
  return list
}

type CheckinRow = [id: number, day: string, pain: number, context: PainContext | null]
type RemedyRow = [
  checkinId: number,
  remedyId: number,
  doseMg: number | null,
  minutes: number | null,
  relief: number | null,
]

/** Live check-ins in journal order: by day, then by the moment within it, then id. */
export function allStatsCheckins(db: Database): JournalCheckin[] {
  return readStatsCheckins(db, null)
}

/** Check-in `id` as the statistics want it, or null when it is deleted or does not exist. */
export function statsCheckin(db: Database, id: number): JournalCheckin | null {
  return readStatsCheckins(db, id)[0] ?? null
}

/**
 * How many live check-ins of its own day come before check-in `id` in journal order (by moment,
 * then id). Only that day is read (through the index by day), so a save costs the same in a
 * journal of any length; the days before it are found in the remembered list (see analysis.ts).
 */
export function sameDayCheckinsBefore(db: Database, id: number): number {
  return db
    .prepare(
      `SELECT count(*) FROM checkins me, checkins c WHERE me.id = ? AND c.day = me.day
       AND c.deleted_at IS NULL
       AND (${instantSql('c.at')}, c.id) < (${instantSql('me.at')}, me.id)`,
    )
    .pluck()
    .get(id) as number
}

/** Every live check-in, or with `only` just that one. */
function readStatsCheckins(db: Database, only: number | null): JournalCheckin[] {
  const byId = new Map<number, JournalCheckin>()
  const out: JournalCheckin[] = []
  // The whole journal is read table by table; one check-in through its keys.
  const whereOne = only === null ? '' : 'WHERE checkin_id = ?'
  const params = only === null ? [] : [only]
  const rows = db
    .prepare(
      only === null
        ? `SELECT id, day, pain, context FROM checkins NOT INDEXED
           WHERE deleted_at IS NULL ORDER BY day, ${instantSql()}, id`
        : `SELECT id, day, pain, context FROM checkins WHERE id = ? AND deleted_at IS NULL`,
    )
    .raw(true)
    .all(...params) as CheckinRow[]
  for (const [id, day, pain, context] of rows) {
    const checkin: JournalCheckin = {
      id,
      day,
      pain,
      context,
      regions: NONE,
      triggerKeys: NONE,
      remedies: NONE,
      redFlags: NONE,
    }
    byId.set(id, checkin)
    out.push(checkin)
  }
  const keys = (
    table: 'triggers' | 'remedies',
    keyOf: (id: number, key: string | null) => string,
  ) =>
    new Map(
      (db.prepare(`SELECT id, key FROM ${table}`).raw(true).all() as [number, string | null][]).map(
        ([id, key]) => [id, keyOf(id, key)],
      ),
    )
  const pairs = <T>(sql: string) =>
    db
      .prepare(sql)
      .raw(true)
      .all(...params) as [number, T][]

  if (out.length === 0) return out
  for (const [id, region] of pairs<BodyRegion>(
    `SELECT checkin_id, region FROM checkin_regions ${whereOne}`,
  )) {
    const c = byId.get(id)
    if (c) c.regions = add(c.regions, region)
  }
  const triggerKeys = keys('triggers', triggerStatsKey)
  for (const [id, triggerId] of pairs<number>(
    `SELECT checkin_id, trigger_id FROM checkin_triggers ${whereOne}`,
  )) {
    const c = byId.get(id)
    if (c)
      c.triggerKeys = add(
        c.triggerKeys,
        triggerKeys.get(triggerId) ?? triggerStatsKey(triggerId, null),
      )
  }
  const remedyKeys = keys('remedies', remedyFlagKey)
  const uses = db
    .prepare(
      `SELECT checkin_id, remedy_id, dose_mg, minutes, relief FROM checkin_remedies
       ${whereOne} ORDER BY id`,
    )
    .raw(true)
    .all(...params) as RemedyRow[]
  for (const [id, remedyId, doseMg, minutes, relief] of uses) {
    const c = byId.get(id)
    if (!c) continue
    const key = remedyKeys.get(remedyId) ?? remedyFlagKey(remedyId, null)
    c.remedies = add(c.remedies, { key, doseMg, minutes, relief })
  }
  for (const [id, flag] of pairs<RedFlag>(
    `SELECT checkin_id, flag FROM checkin_red_flags ${whereOne}`,
  )) {
    const c = byId.get(id)
    if (c) c.redFlags = add(c.redFlags, flag)
  }
  return out
}
