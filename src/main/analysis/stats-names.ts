/**
 * What the statistics call each trigger and remedy, and which remedies are medicines. The
 * statistics key a catalog entry by its built-in key, or `trigger-<id>` / `remedy-<id>` for the
 * person's own (the keys `journalCheckins` gives the check-ins); Trends and the report both name
 * their rows through this one map, so a row is called the same on the screen and on paper.
 */
import type { Database } from 'better-sqlite3'
import { remedyFlagKey } from '../db/repositories/analysis-input'
import { listRemedies, listTriggers } from '../db/repositories/catalog'
import { triggerStatsKey } from '../db/repositories/stats-checkins'

export interface StatsNames {
  /** Each key's name, as the catalog has it now. */
  names: Record<string, string>
  /** The keys of the remedies that are medicines, in catalog order. */
  medicineKeys: string[]
}

export function statsNames(db: Database): StatsNames {
  const names: Record<string, string> = {}
  for (const t of listTriggers(db)) names[triggerStatsKey(t.id, t.key)] = t.name
  const medicineKeys: string[] = []
  for (const r of listRemedies(db)) {
    const key = remedyFlagKey(r.id, r.key)
    names[key] = r.name
    if (r.kind === 'medication') medicineKeys.push(key)
  }
  return { names, medicineKeys }
}
