/**
 * Every live check-in as the pure rules and statistics want them (src/shared): plain rows with
 * catalog keys instead of ids. Episodes, flags, Trends and History all start from this one read,
 * which src/main/analysis remembers per state of the data (analysis/analysis.ts).
 *
 * Ten years are about 4,000 check-ins and as many child rows, so each table is read once, whole,
 * in its own key order and as plain arrays: a scan is cheaper than looking each row up through
 * an index, and arrays cheaper than objects. Rows of deleted check-ins are dropped here.
 *
 * Each table comes back as one JSON text of row arrays (`tuples`), parsed in one go: handing
 * rows over one by one costs better-sqlite3 about a microsecond a value, a good part of the
 * SQL side of reading twenty years at five check-ins a day (npm run bench, "reading the whole
 * journal again"). SQLite writes every number so that it reads back as the same double.
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

/**
 * The rows of `SELECT columns FROM source [WHERE where] [ORDER BY order]` as arrays, through one
 * JSON text (see the top of this file). The order is the aggregate's own, so it holds.
 */
function tuples<T extends unknown[]>(
  db: Database,
  query: { columns: string; from: string; where?: string | undefined; order?: string },
  params: readonly unknown[],
): T[] {
  const order = query.order ? ` ORDER BY ${query.order}` : ''
  const where = query.where ? ` WHERE ${query.where}` : ''
  const json = db
    .prepare(
      `SELECT json_group_array(json_array(${query.columns})${order}) FROM ${query.from}${where}`,
    )
    .pluck()
    .get(...params) as string
  return JSON.parse(json) as T[]
}

/** Every live check-in, or with `only` just that one. */
function readStatsCheckins(db: Database, only: number | null): JournalCheckin[] {
  const byId = new Map<number, JournalCheckin>()
  const out: JournalCheckin[] = []
  // The whole journal is read table by table; one check-in through its keys.
  const whereOne = only === null ? undefined : 'checkin_id = ?'
  const params = only === null ? [] : [only]
  const rows = tuples<CheckinRow>(
    db,
    only === null
      ? {
          columns: 'id, day, pain, context',
          from: 'checkins NOT INDEXED',
          where: 'deleted_at IS NULL',
          order: `day, ${instantSql()}, id`,
        }
      : {
          columns: 'id, day, pain, context',
          from: 'checkins',
          where: 'id = ? AND deleted_at IS NULL',
        },
    params,
  )
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
  const pairs = <T>(columns: string, from: string) =>
    tuples<[number, T]>(db, { columns, from, where: whereOne }, params)

  if (out.length === 0) return out
  for (const [id, region] of pairs<BodyRegion>('checkin_id, region', 'checkin_regions')) {
    const c = byId.get(id)
    if (c) c.regions = add(c.regions, region)
  }
  const triggerKeys = keys('triggers', triggerStatsKey)
  for (const [id, triggerId] of pairs<number>('checkin_id, trigger_id', 'checkin_triggers')) {
    const c = byId.get(id)
    if (c)
      c.triggerKeys = add(
        c.triggerKeys,
        triggerKeys.get(triggerId) ?? triggerStatsKey(triggerId, null),
      )
  }
  const remedyKeys = keys('remedies', remedyFlagKey)
  const uses = tuples<RemedyRow>(
    db,
    {
      columns: 'checkin_id, remedy_id, dose_mg, minutes, relief',
      from: 'checkin_remedies',
      where: whereOne,
      order: 'id',
    },
    params,
  )
  for (const [id, remedyId, doseMg, minutes, relief] of uses) {
    const c = byId.get(id)
    if (!c) continue
    const key = remedyKeys.get(remedyId) ?? remedyFlagKey(remedyId, null)
    c.remedies = add(c.remedies, { key, doseMg, minutes, relief })
  }
  for (const [id, flag] of pairs<RedFlag>('checkin_id, flag', 'checkin_red_flags')) {
    const c = byId.get(id)
    if (c) c.redFlags = add(c.redFlags, flag)
  }
  return out
}
