import type { Database } from 'better-sqlite3'
import type { HandlerMap } from '../router'
import { addDaysToDay } from '../../../shared/days'
import {
  computeTrends,
  mergeParts,
  orderedCheckinsInRange,
  ROLLING_WINDOW_DAYS,
  statsPart,
} from '../../../shared/stats'
import { byMonth } from '../../analysis/by-month'
import { dailyLimitsByKey } from '../../db/repositories/analysis-input'
import { analyse, journalCheckins, journalNames, remember } from '../../analysis/analysis'
import { nameFrom } from '../../../shared/catalog'

/** Without anything logged, "all" shows the last 30 days, so the screen has a period to name. */
const EMPTY_PERIOD_DAYS = 30

export const trendsHandlers: HandlerMap<'trends:get'> = {
  'trends:get': ({ from, to, asOf }, ctx) => {
    const db = ctx.db()
    return remember(db, `trends|${from}|${to}|${asOf}`, () => trendsOf(db, from, to, asOf))
  },
}

/** Every statistic of the Trends screen for a period. */
function trendsOf(db: Database, from: string | null, to: string, asOf: string) {
  const checkins = journalCheckins(db)
  const first = checkins[0]?.day ?? null
  const start =
    from ?? (first === null ? addDaysToDay(to, -(EMPTY_PERIOD_DAYS - 1)) : first < to ? first : to)
  const { names, medicineKeys } = journalNames(db)
  const trends = computeTrends({
    from: start,
    to,
    // The week before feeds the rolling mean at the start of the period.
    checkins: orderedCheckinsInRange(checkins, addDaysToDay(start, -ROLLING_WINDOW_DAYS), to),
    ordered: true,
    episodes: analyse(db, asOf).episodes,
    medicineKeys,
    limitsMg: dailyLimitsByKey(db),
    nameOf: nameFrom(names),
    // Each month's part remembered: after a save only its month is worked out again.
    partOf: (inRange, keys) =>
      byMonth(inRange, `stats|${keys.join(',')}`, (month) => statsPart(month, keys), mergeParts),
  })
  return { ...trends, asOf, firstLoggedDay: first, names }
}
