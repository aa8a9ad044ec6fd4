/**
 * Every live check-in as the pure rules and statistics want them (src/shared): plain rows with
 * catalog keys instead of ids. Episodes, flags, Trends and History all start from this one read,
 * which the service remembers per state of the data (service/analysis.ts).
 *
 * Ten years are about 4,000 check-ins and as many child rows, so each table is read once, whole,
 * in its own key order and as plain arrays: a scan is cheaper than looking each row up through
 * an index, and arrays cheaper than objects. Rows of deleted check-ins are dropped here.
 */
import type { Database } from 'better-sqlite3'
import type { BodyRegion, PainContext, RedFlag } from '../../../shared/domain'
import type { StatsCheckin } from '../../../shared/stats'
import { remedyFlagKey } from './analysis-input'

/** The key statistics use for a trigger: its built-in key, or `trigger-<id>` for the user's own. */
export function triggerStatsKey(id: number, key: string | null): string {
  return key ?? `trigger-${id}`
}

export interface JournalCheckin extends StatsCheckin {
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

/** Live check-ins, oldest first (by day, then time, then id). */
export function allStatsCheckins(db: Database): JournalCheckin[] {
  const byId = new Map<number, JournalCheckin>()
  const out: JournalCheckin[] = []
  const rows = db
    .prepare(
      `SELECT id, day, pain, context FROM checkins NOT INDEXED
       WHERE deleted_at IS NULL ORDER BY day, at, id`,
    )
    .raw(true)
    .all() as CheckinRow[]
  for (const [id, day, pain, context] of rows) {
    const checkin: JournalCheckin = {
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
  const pairs = <T>(sql: string) => db.prepare(sql).raw(true).all() as [number, T][]

  for (const [id, region] of pairs<BodyRegion>('SELECT checkin_id, region FROM checkin_regions')) {
    const c = byId.get(id)
    if (c) c.regions = add(c.regions, region)
  }
  const triggerKeys = keys('triggers', triggerStatsKey)
  for (const [id, triggerId] of pairs<number>(
    'SELECT checkin_id, trigger_id FROM checkin_triggers',
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
      'SELECT checkin_id, remedy_id, dose_mg, minutes, relief FROM checkin_remedies ORDER BY id',
    )
    .raw(true)
    .all() as RemedyRow[]
  for (const [id, remedyId, doseMg, minutes, relief] of uses) {
    const c = byId.get(id)
    if (!c) continue
    const key = remedyKeys.get(remedyId) ?? remedyFlagKey(remedyId, null)
    c.remedies = add(c.remedies, { key, doseMg, minutes, relief })
  }
  for (const [id, flag] of pairs<RedFlag>('SELECT checkin_id, flag FROM checkin_red_flags')) {
    const c = byId.get(id)
    if (c) c.redFlags = add(c.redFlags, flag)
  }
  return out
}
