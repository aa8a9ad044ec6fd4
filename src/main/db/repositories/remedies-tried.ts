/**
 * The remedies used in a stretch of days and how each one helped: the list a person brings to a
 * doctor visit ("what have you tried, and did it help?").
 */
import type { Database } from 'better-sqlite3'
import type { RemedyKind } from '../../../shared/domain'
import type { RemedyTried } from '../../../shared/insights-schema'

interface Row {
  remedyId: number
  name: string
  kind: RemedyKind
  uses: number
  days: number
  minDose: number | null
  maxDose: number | null
  lot: number
  little: number
  none: number
  worse: number
  unrated: number
}

/**
 * Every remedy logged on a (not deleted) check-in from..to, most used first. Counts are `total`,
 * not `sum`: over uses none of which has a rating, SQL's sum is NULL, not 0.
 */
export function remediesTried(db: Database, from: string, to: string): RemedyTried[] {
  const rows = db
    .prepare(
      `SELECT r.id AS remedyId, r.name AS name, r.kind AS kind,
         count(*) AS uses, count(DISTINCT c.day) AS days,
         min(u.dose_mg) AS minDose, max(u.dose_mg) AS maxDose,
         total(u.relief = 2) AS lot, total(u.relief = 1) AS little, total(u.relief = 0) AS none,
         total(u.relief = -1) AS worse, total(u.relief IS NULL) AS unrated
       FROM checkin_remedies u
       JOIN checkins c ON c.id = u.checkin_id JOIN remedies r ON r.id = u.remedy_id
       WHERE c.deleted_at IS NULL AND c.day BETWEEN ? AND ?
       GROUP BY r.id ORDER BY uses DESC, r.name COLLATE NOCASE`,
    )
    .all(from, to) as Row[]
  return rows.map((r) => ({
    remedyId: r.remedyId,
    name: r.name,
    kind: r.kind,
    uses: r.uses,
    days: r.days,
    doseMg: r.minDose === null || r.maxDose === null ? null : { min: r.minDose, max: r.maxDose },
    relief: {
      helpedALot: r.lot,
      helpedALittle: r.little,
      noChange: r.none,
      madeItWorse: r.worse,
      notRated: r.unrated,
    },
  }))
}
