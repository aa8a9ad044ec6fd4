/**
 * Everything the doctor report shows, gathered from the journal for one period. The numbers
 * come from the shared rules (episodes, flags) and statistics (src/shared/stats), so the report
 * says what Today and Trends say.
 */
import type { Database } from 'better-sqlite3'
import { compareDays, eachDay } from '../../shared/days'
import { RED_FLAG_LABELS, type Checkin, type DayRecord, type Remedy } from '../../shared/domain'
import { currentEpisode, episodeDayNumber, type Episode } from '../../shared/episodes'
import { medicationOverLimitDays, type Flag, type MedicationDayTotal } from '../../shared/flags'
import type { ReportOptions } from '../../shared/report/options'
import { compareInstants } from '../../shared/timestamp'
import {
  dailySeries,
  medicineDailyTotals,
  medicineSummaries,
  remedyDaysOf,
  remedyStats,
  summariseDays,
  triggerComparison,
  type DailyPoint,
  type MedicinePoint,
  type MedicineSummary,
  type RemedyStat,
  type StatsCheckin,
  type TriggerComparison,
} from '../../shared/stats'
import { dailyLimitsByKey, remedyFlagKey } from '../db/repositories/analysis-input'
import { listRemedies, listTriggers } from '../db/repositories/catalog'
import { listCheckins } from '../db/repositories/checkins'
import { listDayRecords } from '../db/repositories/days'
import { getSettings } from '../db/repositories/settings'
import { analyse } from '../service/analysis'

export interface ReportData {
  options: ReportOptions
  generatedOn: string
  periodDays: number
  daysLogged: number
  checkinCount: number
  averagePain: number | null
  worst: { pain: number; day: string } | null
  painDays: number
  painDayMin: number
  current: { episode: Episode; dayNumber: number } | null
  flags: Flag[]
  series: DailyPoint[]
  episodes: Episode[]
  triggers: (TriggerComparison & { name: string })[]
  remedies: (RemedyStat & { name: string })[]
  medicines: (MedicineSummary & { name: string })[]
  medicineDays: MedicinePoint[]
  overLimit: MedicationDayTotal[]
  medicineName: (key: string) => string
  redFlags: { day: string; label: string }[]
  notes: { day: string; at: string | null; text: string }[]
}

const triggerKey = (id: number): string => `trigger-${id}`

export function gatherReport(db: Database, options: ReportOptions, today: string): ReportData {
  const { from, to } = options
  const rules = getSettings(db).episodeRules
  const checkins = listCheckins(db, from, to)
  const remedies = new Map<number, Remedy>(listRemedies(db).map((r) => [r.id, r]))
  const triggerNames = new Map(listTriggers(db).map((t) => [triggerKey(t.id), t.name]))
  const remedyByKey = new Map(
    [...remedies.values()].map((r) => [remedyFlagKey(r.id, r.key), r] as const),
  )
  const keyOf = (id: number) => remedyFlagKey(id, remedies.get(id)?.key ?? null)

  const stats: StatsCheckin[] = checkins.map((c) => ({
    day: c.day,
    pain: c.pain,
    context: c.context,
    regions: c.regions,
    triggerKeys: c.triggerIds.map(triggerKey),
    remedies: c.remedies.map((u) => ({
      key: keyOf(u.remedyId),
      doseMg: u.doseMg,
      minutes: u.minutes,
      relief: u.relief,
    })),
    redFlags: c.redFlags,
  }))
  const days = summariseDays(stats)
  // Flags and the current episode as of the end of the period: what a doctor would be told then.
  const analysis = analyse(db, to)
  const current = currentEpisode(analysis.episodes)
  const worst = checkins.reduce<{ pain: number; day: string } | null>(
    (w, c) => (w === null || c.pain > w.pain ? { pain: c.pain, day: c.day } : w),
    null,
  )
  const medicineKeys = [...remedyByKey.entries()]
    .filter(([, r]) => r.kind === 'medication')
    .map(([k]) => k)
  const limits = dailyLimitsByKey(db)
  const medicineDays = medicineDailyTotals(stats, medicineKeys)
  const nameOf = (key: string) => remedyByKey.get(key)?.name ?? key
  const remedyDays = remedyDaysOf(stats)

  return {
    options,
    generatedOn: today,
    periodDays: eachDay(from, to).length,
    daysLogged: days.length,
    checkinCount: checkins.length,
    averagePain:
      checkins.length === 0 ? null : checkins.reduce((s, c) => s + c.pain, 0) / checkins.length,
    worst,
    painDays: days.filter((d) => d.worst >= rules.painDayMin).length,
    painDayMin: rules.painDayMin,
    current:
      current && current.start <= to
        ? { episode: current, dayNumber: episodeDayNumber(current, to) }
        : null,
    flags: analysis.flags,
    series: dailySeries(days, from, to),
    episodes: analysis.episodes.filter((e) => e.end >= from && e.start <= to),
    triggers: triggerComparison(days).map((t) => ({
      ...t,
      name: triggerNames.get(t.key) ?? t.key,
    })),
    remedies: remedyStats(stats, days).map((r) => ({ ...r, name: nameOf(r.key) })),
    medicines: medicineSummaries(medicineDays, limits).map((m) => ({ ...m, name: nameOf(m.key) })),
    medicineDays,
    overLimit: medicationOverLimitDays(remedyDays, limits, from, to),
    medicineName: nameOf,
    redFlags: redFlagList(checkins),
    notes: options.sections.notes ? notesOf(checkins, listDayRecords(db, from, to)) : [],
  }
}

function redFlagList(checkins: readonly Checkin[]): { day: string; label: string }[] {
  const seen = new Set<string>()
  const out: { day: string; label: string }[] = []
  for (const c of checkins) {
    for (const f of c.redFlags) {
      if (seen.has(`${c.day} ${f}`)) continue
      seen.add(`${c.day} ${f}`)
      out.push({ day: c.day, label: RED_FLAG_LABELS[f] ?? f })
    }
  }
  return out
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
