/**
 * Which backups to keep. Pure, so it is tested on its own (Actual Budget's `updateBackups` is the
 * model): the newest backup of each of the last 7 days, 4 weeks and 12 months that have backups,
 * plus the few most recent ones whatever their day, so a backup taken just before a restore is
 * never pruned by the next "Back up now". A copy taken before a restore replaced the journal is
 * the only place what the journal held then still lives (the restore message names it): it is
 * kept for 30 days, however many backups follow it, so someone who tries several backup files in
 * one sitting still has their own journal afterwards.
 *
 * Periods are counted among days that HAVE backups, not calendar days back from today: someone
 * who does not open the app for a month still has a week of daily history when they come back.
 */
import { subDays } from 'date-fns'
import { formatDay, weekStartOf } from './days'
import { monthOfDay } from './months'
import { latestMoment } from './not-future'

export interface RetentionRules {
  daily: number
  weekly: number
  monthly: number
  /** The newest this-many backups are always kept. */
  recent: number
  /**
   * A copy of the journal taken before a restore replaced it is kept this many days, counted
   * back from now.
   */
  replacedDays: number
}

export const DEFAULT_RETENTION: RetentionRules = {
  daily: 7,
  weekly: 4,
  monthly: 12,
  recent: 3,
  replacedDays: 30,
}

export interface DatedBackup {
  name: string
  /** When the backup was taken, as the local time in its name says (its day, week and month). */
  at: Date
  /**
   * The real instant it was taken, when known (main/db/backup.ts reads it from the file); else
   * `at`. A local time says nothing of the zone: after a flight west, a later backup has an
   * earlier name.
   */
  takenAt?: Date
  /** Why it was taken (`daily`, `before-restore`…), as its name says. */
  reason?: string
}

/** A backup's reason without the number that sets apart several taken in one second. */
const baseReason = (reason: string) => reason.replace(/-\d+$/, '')

/** Reasons of the copies taken just before the journal was replaced by another. */
const REPLACED = new Set(['before-restore', 'before-recovery'])

function newestPerPeriod(
  sorted: readonly DatedBackup[],
  periodOf: (at: Date) => string,
  count: number,
): string[] {
  const seen = new Set<string>()
  const kept: string[] = []
  for (const backup of sorted) {
    const period = periodOf(backup.at)
    if (seen.has(period)) continue
    if (seen.size >= count) break
    seen.add(period)
    kept.push(backup.name)
  }
  return kept
}

const instant = (b: DatedBackup) => (b.takenAt ?? b.at).getTime()

/**
 * The one order of backups, newest first: the one recovery restores, the one retention keeps
 * longest, the one Settings lists first. By the real instant each was taken, never by the text
 * of its name. A backup dated after `now` was taken while the clock was wrong (a year typed in
 * wrongly, a dead clock battery), so its date tells nothing of when: it comes after every
 * backup with a believable date. Restoring it first would pass over newer copies for one that
 * only looks new, and bring back an older journal; it is still used when nothing else is good.
 */
export function newestFirst<T extends DatedBackup>(backups: readonly T[], now: Date): T[] {
  const latest = latestMoment(now).getTime()
  const future = (b: DatedBackup) => (instant(b) > latest ? 1 : 0)
  return [...backups].sort(
    (a, b) => future(a) - future(b) || instant(b) - instant(a) || b.name.localeCompare(a.name),
  )
}

/**
 * Splits backups into those to keep and those to delete. Input order does not matter. The
 * copies taken before a restore are kept for 30 days counted back from `now`, not from the
 * newest backup: one dated in the future by a wrong clock must not end their keep early.
 */
export function planRetention(
  backups: readonly DatedBackup[],
  now: Date,
  rules: RetentionRules = DEFAULT_RETENTION,
): { keep: string[]; remove: string[] } {
  const sorted = newestFirst(backups, now)
  const replacedSince = subDays(now, rules.replacedDays).getTime()
  const keep = new Set<string>([
    ...sorted.slice(0, rules.recent).map((b) => b.name),
    ...sorted
      .filter((b) => REPLACED.has(baseReason(b.reason ?? '')) && instant(b) >= replacedSince)
      .map((b) => b.name),
    ...newestPerPeriod(sorted, formatDay, rules.daily),
    ...newestPerPeriod(sorted, (at) => weekStartOf(formatDay(at)), rules.weekly),
    ...newestPerPeriod(sorted, (at) => monthOfDay(formatDay(at)), rules.monthly),
  ])
  return {
    keep: sorted.filter((b) => keep.has(b.name)).map((b) => b.name),
    remove: sorted.filter((b) => !keep.has(b.name)).map((b) => b.name),
  }
}

/** Words for a backup's reason, for the list in Settings. */
export function backupReasonLabel(reason: string): string {
  const base = baseReason(reason)
  if (base === 'daily') return 'Daily'
  if (base === 'manual') return 'Made by you'
  if (base === 'before-restore') return 'Before a restore'
  if (base === 'before-import') return 'Before an import'
  if (base === 'before-recovery') return 'Before a recovery'
  if (/^before-v\d+$/.test(base)) return 'Before an app update'
  return base
}
