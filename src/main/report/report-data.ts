/**
 * Everything the doctor report shows (DESIGN.md section 5), gathered from the journal for one
 * period. The numbers come from the shared rules (episodes, flags) and statistics
 * (src/shared/stats), so the report says what Today and Trends say.
 */
import type { Database } from 'better-sqlite3'
import { isLabelMaximum, nameFrom } from '../../shared/catalog'
import { addDaysToDay, compareDays, eachDay, type DayRun } from '../../shared/days'
import {
  redFlagTier,
  type Checkin,
  type DayRecord,
  type DoctorVisit,
  type RedFlag,
} from '../../shared/domain'
import {
  currentEpisode,
  episodeDayNumber,
  type Episode,
  type EpisodeRules,
} from '../../shared/episodes'
import type { Flag } from '../../shared/flags'
import {
  acetaminophenHighDays,
  antiInflammatoriesTogetherDays,
  longAntiInflammatoryRuns,
} from '../../shared/flags-medication'
import type { ReportOptions } from '../../shared/report/options'
import type { WarningTier } from '../../shared/severity'
import { compareInstants } from '../../shared/timestamp'
import {
  periodSeries,
  dayRecordPeriods,
  meanPainBetween,
  medicineDailyTotals,
  medicineSummaries,
  orderedCheckinsInRange,
  overLimitDays,
  painByContext,
  painByRegion,
  redFlagDays,
  remedyStats,
  spreadAndSpasms,
  summariseDays,
  triggerComparison,
  type ContextStat,
  type DailyPoint,
  type DayRecordPeriod,
  type MedicinePoint,
  type MedicationDayTotal,
  type MedicineSummary,
  type PeriodUnit,
  type RegionStat,
  type RemedyStat,
  type TriggerComparison,
} from '../../shared/stats'
import { dailyLimitsByKey } from '../db/repositories/analysis-input'
import { listCheckins } from '../db/repositories/checkins-read'
import { listDayRecords } from '../db/repositories/days'
import { getSettings } from '../db/repositories/settings'
import { analyse, journalCheckins, journalNames } from '../analysis/analysis'

export interface ReportData {
  options: ReportOptions
  generatedOn: string
  /** Made from the sample journal: made-up entries, said at the top so it is never taken for a record. */
  sample: boolean
  periodDays: number
  daysLogged: number
  checkinCount: number
  /** Mean pain of the check-ins: over the period, its last 7 days, and the current episode. */
  meanPain: { period: number | null; last7: number | null; episode: number | null }
  worst: { pain: number; day: string } | null
  painDays: number
  painDayMin: number
  spasmDays: number
  spreadDays: number
  current: { episode: Episode; dayNumber: number } | null
  flags: Flag[]
  series: DailyPoint[]
  episodes: Episode[]
  /** The person's episode rules: the report says lengths by them, as History does. */
  episodeRules: EpisodeRules
  dayRecord: { unit: PeriodUnit; rows: DayRecordPeriod[]; recorded: number }
  regions: RegionStat[]
  contexts: ContextStat[]
  triggers: (TriggerComparison & { name: string })[]
  remedies: (RemedyStat & { name: string })[]
  medicines: (MedicineSummary & { name: string; labelMaximum: boolean })[]
  medicineDays: MedicinePoint[]
  overLimit: MedicationDayTotal[]
  medicineName: (key: string) => string
  /** The days of the period each medicine rule of the flags finds (overLimit is the fourth). */
  medicineRules: {
    acetaminophenHigh: MedicationDayTotal[]
    antiInflammatoriesTogether: string[]
    longAntiInflammatoryRuns: DayRun[]
  }
  redFlags: { day: string; flag: RedFlag; tier: WarningTier }[]
  visits: DoctorVisit[]
  notes: { day: string; at: string | null; text: string }[]
}

export function gatherReport(
  db: Database,
  options: ReportOptions,
  today: string,
  sample = false,
): ReportData {
  const { from, to } = options
  const rules = getSettings(db).episodeRules
  const checkins = listCheckins(db, from, to)
  // The statistics read the check-ins as Trends does, under the same keys and names.
  const journal = journalCheckins(db)
  const stats = orderedCheckinsInRange(journal, from, to)
  const { names, medicineKeys } = journalNames(db)
  const nameOf = nameFrom(names)
  const days = summariseDays(stats)
  // Flags and the current episode as of the end of the period: what a doctor would be told then.
  const analysis = analyse(db, to)
  const current = currentEpisode(analysis.episodes)
  const ongoing = current && current.start <= to && current.status !== 'ended' ? current : null
  // The episode's mean, and the last 7 days', reach back before the period when they begin
  // earlier.
  const episodeCheckins =
    ongoing && ongoing.start < from ? listCheckins(db, ongoing.start, to) : checkins
  const weekFrom = addDaysToDay(to, -6)
  const lastWeek = weekFrom < from ? listCheckins(db, weekFrom, to) : checkins
  const worst = checkins.reduce<{ pain: number; day: string } | null>(
    (w, c) => (w === null || c.pain > w.pain ? { pain: c.pain, day: c.day } : w),
    null,
  )
  const limits = dailyLimitsByKey(db)
  const medicineDays = medicineDailyTotals(stats, medicineKeys)
  const remedies = remedyStats(stats, days)
  // The medicine rules' days of the period, by the flags' own rules and from the flags' own
  // remedy rows up to its end (DESIGN.md section 3: the report lists every such day in its
  // period, where the flags look at the last 30 days).
  const uses = analysis.input.remedyDays
  const records = listDayRecords(db, from, to)
  const body = spreadAndSpasms(checkins)

  return {
    options,
    generatedOn: today,
    sample,
    periodDays: eachDay(from, to).length,
    daysLogged: days.length,
    checkinCount: checkins.length,
    meanPain: {
      period: meanPainBetween(checkins, from, to),
      last7: meanPainBetween(lastWeek, weekFrom, to),
      episode: ongoing ? meanPainBetween(episodeCheckins, ongoing.start, to) : null,
    },
    worst,
    painDays: days.filter((d) => d.worst >= rules.painDayMin).length,
    painDayMin: rules.painDayMin,
    spasmDays: body.spasmDays,
    spreadDays: body.spreadDays,
    current: ongoing ? { episode: ongoing, dayNumber: episodeDayNumber(ongoing, to) } : null,
    flags: analysis.flags,
    series: periodSeries(journal, days, from, to),
    // The current episode is listed whenever the summary names it, even when settling has taken
    // it out of the period.
    episodes: analysis.episodes.filter((e) => (e.end >= from && e.start <= to) || e === ongoing),
    episodeRules: rules,
    dayRecord: { ...dayRecordPeriods(records, from, to), recorded: records.length },
    regions: painByRegion(stats, days.length),
    contexts: painByContext(stats),
    triggers: triggerComparison(days).map((t) => ({
      ...t,
      name: nameOf(t.key),
    })),
    remedies: remedies.map((r) => ({ ...r, name: nameOf(r.key) })),
    medicines: medicineSummaries(medicineDays, limits, remedies).map((m) => ({
      ...m,
      name: nameOf(m.key),
      labelMaximum: isLabelMaximum(m.key, m.limitMg),
    })),
    medicineDays,
    overLimit: overLimitDays(medicineDays, limits),
    medicineRules: {
      acetaminophenHigh: acetaminophenHighDays(uses, from, to),
      antiInflammatoriesTogether: antiInflammatoriesTogetherDays(uses, from, to),
      longAntiInflammatoryRuns: longAntiInflammatoryRuns(uses, from, to),
    },
    medicineName: nameOf,
    redFlags: redFlagDays(checkins).map(({ day, flag }) => ({
      day,
      flag,
      tier: redFlagTier(flag),
    })),
    visits: analysis.visits.filter((v) => v.day >= from && v.day <= to),
    notes: options.sections.notes ? notesOf(checkins, records) : [],
  }
}

function notesOf(checkins: readonly Checkin[], records: readonly DayRecord[]) {
  const notes: { day: string; at: string | null; text: string }[] = [
    ...checkins
      .filter((c) => c.note.trim() !== '')
      .map((c) => ({ day: c.day, at: c.at, text: c.note })),
    ...records
      .filter((d) => d.note.trim() !== '')
      .map((d) => ({ day: d.day, at: null, text: d.note })),
  ]
  // By day, the day's own note first, then by the moment each check-in records.
  return notes.sort(
    (a, b) =>
      compareDays(a.day, b.day) ||
      (a.at === null ? (b.at === null ? 0 : -1) : b.at === null ? 1 : compareInstants(a.at, b.at)),
  )
}
