/**
 * Episodes and flags for a journal as of a day: the one place that turns the database into the
 * inputs of the pure rules, shared by Today, History, Trends and the report.
 */
import type { Database } from 'better-sqlite3'
import type { DoctorVisit } from '../../shared/domain'
import { detectEpisodes, type Episode } from '../../shared/episodes'
import {
  checkedUses,
  flagsAndSigns,
  type Flag,
  type FlagInput,
  type WarningState,
} from '../../shared/flags'
import { firstFrom, mergeRuleRows, orderedCheckinsInRange, ruleRowsOf } from '../../shared/stats'
import { byMonth } from './by-month'
import { statsNames, type StatsNames } from './stats-names'
import { dataVersion } from '../db/data-version'
import { dailyLimitsByKey, redFlagRecords } from '../db/repositories/analysis-input'
import { listDoctorVisits } from '../db/repositories/doctor-visits'
import { getSettings } from '../db/repositories/settings'
import {
  allStatsCheckins,
  statsCheckin,
  sameDayCheckinsBefore,
  type JournalCheckin,
} from '../db/repositories/stats-checkins'

export interface Analysis {
  input: FlagInput
  episodes: Episode[]
  flags: Flag[]
  /** The warning signs no visit has answered, as the red-flag flag read them (Today's notice). */
  warning: WarningState | null
  /** Every doctor visit recorded up to asOf, oldest first. */
  visits: DoctorVisit[]
}

/**
 * Results worked out from each open journal, for as long as its data has not changed: History
 * asks for the analysis once per month shown, Today several times a load, Trends again on every
 * visit. Ten years take tens of milliseconds or more to work through, so answering again from
 * here keeps every screen within its budget (npm run bench).
 */
const cache = new WeakMap<Database, { version: string; values: Map<string, unknown> }>()

/** `compute()`'s result for `key`, worked out once per state of the journal's data. */
export function remember<T>(db: Database, key: string, compute: () => T): T {
  const version = dataVersion(db)
  let entry = cache.get(db)
  if (entry?.version !== version) {
    entry = { version, values: new Map() }
    cache.set(db, entry)
  }
  if (entry.values.has(key)) return entry.values.get(key) as T
  const value = compute()
  entry.values.set(key, value)
  return value
}

/** Forgets what was remembered for a journal (the benchmark measures the work itself). */
export function forgetRemembered(db: Database): void {
  cache.delete(db)
}

const CHECKINS = 'checkins'

/** Every live check-in, oldest first: read once per state of the data, shared by all screens. */
export function journalCheckins(db: Database): readonly JournalCheckin[] {
  return remember(db, CHECKINS, () => allStatsCheckins(db))
}

/**
 * After a write that changed check-in `id` and nothing else (a save, a delete, an undo), whose
 * data version before was `before`: the remembered check-ins are brought up to date from that one
 * row, rather than read again whole for the next question (a tenth of the work after a save).
 * Only when they were remembered for exactly the state before the write; otherwise, as for any
 * other change, the next question reads the journal again. Everything else is worked out anew.
 */
export function keepCheckinsAfterWrite(db: Database, before: string, id: number): void {
  const entry = cache.get(db)
  const list = entry?.version === before ? entry.values.get(CHECKINS) : undefined
  if (list === undefined) return
  const next = (list as readonly JournalCheckin[]).slice()
  const old = next.findIndex((c) => c.id === id)
  if (old >= 0) next.splice(old, 1)
  const fresh = statsCheckin(db, id)
  if (fresh !== null)
    next.splice(firstFrom(next, fresh.day) + sameDayCheckinsBefore(db, id), 0, fresh)
  cache.set(db, { version: dataVersion(db), values: new Map([[CHECKINS, next]]) })
}

/** What the catalog calls each statistics key (statsNames), once per state of the data. */
export function journalNames(db: Database): StatsNames {
  return remember(db, 'names', () => statsNames(db))
}

export function analyse(db: Database, asOf: string): Analysis {
  return remember(db, `analysis|${asOf}`, () => analyseNow(db, asOf))
}

function analyseNow(db: Database, asOf: string): Analysis {
  const rules = getSettings(db).episodeRules
  const visits = listDoctorVisits(db).filter((v) => v.day <= asOf)
  const input: FlagInput = {
    asOf,
    ...ruleRowsUpTo(journalCheckins(db), asOf),
    // With their time stamps: a visit recorded the same day answers only the signs before it.
    redFlags: redFlagRecords(db).filter((r) => r.day <= asOf),
    dailyLimitsMg: dailyLimitsByKey(db),
    // The flags name medicines as Trends and the report do.
    names: journalNames(db).names,
    visits,
    rules,
  }
  const episodes = detectEpisodes(input.days, asOf, rules)
  const { flags, signs } = flagsAndSigns({ ...input, episodes })
  return { input, episodes, flags, warning: signs.raised, visits }
}

/**
 * ruleRowsOf(checkins, asOf), month by month: after a save only its month is read again. Each
 * month's rows are the same whatever the day asked about, once all its days are up to it. Its
 * remedy rows are checked as the month is read (checkedUses), so the flags do not check the
 * journal's thousands of rows again on every analysis.
 */
export function ruleRowsUpTo(checkins: Parameters<typeof ruleRowsOf>[0], asOf: string) {
  const upTo = orderedCheckinsInRange(checkins, '', asOf)
  const rows = byMonth(
    upTo,
    'rule rows',
    (month) => {
      const monthRows = ruleRowsOf(month, asOf)
      checkedUses(monthRows.remedyDays)
      return monthRows
    },
    mergeRuleRows,
  )
  return { ...rows, remedyDays: { checked: rows.remedyDays } }
}
