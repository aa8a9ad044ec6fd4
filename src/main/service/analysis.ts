/**
 * Episodes and flags for a journal as of a day: the one place that turns the database into the
 * inputs of the pure rules, shared by Today, History, Trends and the report.
 */
import type { Database } from 'better-sqlite3'
import { detectEpisodes, type Episode } from '../../shared/episodes'
import { computeFlags, type Flag, type FlagInput } from '../../shared/flags'
import {
  dailyLimitsByKey,
  dailyWorst,
  redFlagDays,
  remedyDays,
} from '../db/repositories/analysis-input'
import { getSettings } from '../db/repositories/settings'

const EARLIEST = '0001-01-01'

export interface Analysis {
  input: FlagInput
  episodes: Episode[]
  flags: Flag[]
}

export function analyse(db: Database, asOf: string): Analysis {
  const rules = getSettings(db).episodeRules
  const input: FlagInput = {
    asOf,
    days: dailyWorst(db, EARLIEST, asOf),
    redFlags: redFlagDays(db, EARLIEST, asOf),
    remedyDays: remedyDays(db, EARLIEST, asOf),
    dailyLimitsMg: dailyLimitsByKey(db),
    rules,
  }
  const episodes = detectEpisodes(input.days, asOf, rules)
  return { input, episodes, flags: computeFlags({ ...input, episodes }) }
}
