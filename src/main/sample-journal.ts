/**
 * The "Explore with sample data" journal: a second SQLite file next to the person's own, made
 * fresh each time it is opened from the one seeded generator (DESIGN.md section 2), so it always
 * ends today and nothing typed into it lingers. It is never mixed into the real journal.
 */
import { DEFAULT_DAY_START_HOUR, journalDayAt } from '../shared/journal-day'
import { futureCheckinProblem } from '../shared/not-future'
import { generateJournal } from '../shared/sample-data'
import type { Settings } from '../shared/settings-schema'
import { openJournal, type Db } from './db/open'
import { makeWayFor } from './db/recovery'
import { loadJournal } from './db/repositories/journal-loader'
import { updateSettings } from './db/repositories/settings'

/** The seed of the sample journal: fixed, so everyone exploring sees the same year. */
export const SAMPLE_SEED = 42
export const SAMPLE_DAYS = 365

export interface SampleOptions {
  file: string
  backupDir: string
  nativeBinding?: string
  now: () => Date
  /** Carried over from the person's journal so the look does not jump when switching. */
  theme: Settings['theme']
}

export async function createSampleJournal(options: SampleOptions): Promise<Db> {
  // The last sample goes, with its companion files (a stale -wal must not be replayed into the
  // new file); a file there that is not a sample of ours is moved aside instead.
  makeWayFor(options.file, options.now(), options.nativeBinding)
  const { db } = await openJournal(options.file, {
    backupDir: options.backupDir,
    nativeBinding: options.nativeBinding,
    now: options.now,
  })
  try {
    const now = options.now()
    const generated = generateJournal({
      seed: SAMPLE_SEED,
      // The generator writes times from 06:00: the default day start keeps days as generated.
      endDay: journalDayAt(now, DEFAULT_DAY_START_HOUR),
      days: SAMPLE_DAYS,
      // The local offset, so that times read as local times.
      utcOffsetMinutes: -now.getTimezoneOffset(),
    })
    // Check-ins later today than now would be entries from the future.
    const checkins = generated.checkins.filter((c) => futureCheckinProblem(c.at, now) === null)
    loadJournal(db, { ...generated, checkins }, now.toISOString())
    updateSettings(db, {
      theme: options.theme,
      dayStartHour: DEFAULT_DAY_START_HOUR,
      welcomeDismissed: true,
    })
    return db
  } catch (error) {
    db.close()
    throw error
  }
}
