/**
 * CSV import: read and validate every row first, plan what would change (the preview), then
 * write all of it in one transaction — or nothing when any row is wrong.
 */
import type { Database } from 'better-sqlite3'
import { clashKey } from '../../shared/catalog-names'
import type { DayRecord, RemedyKind } from '../../shared/domain'
import { dayRecordOf, type CsvRow, type CsvRowIssue } from '../../shared/portability/csv-format'
import {
  decodeCsvBytes,
  MAX_LISTED_ISSUES,
  readJournalCsv,
} from '../../shared/portability/csv-read'
import { futureCheckinProblem, futureDayProblem } from '../../shared/not-future'
import { instantOf, isValidTimestamp } from '../../shared/timestamp'
import { DomainError } from '../../shared/domain-error'
import { addRemedy, addTrigger, listRemedies, listTriggers } from '../db/repositories/catalog'
import { checkinWriter } from '../db/repositories/checkins'
import { liveCheckinStamps } from '../db/repositories/checkins-read'
import { dayRecordWriter, recordedDays } from '../db/repositories/days'
import { getSettings } from '../db/repositories/settings'
import { inTransaction } from '../db/transaction'

type Row = CsvRow & { row: number }

export interface ImportPlan {
  rowCount: number
  toImport: Row[]
  duplicates: { row: number; at: string }[]
  newTriggers: string[]
  newRemedies: { name: string; kind: RemedyKind }[]
  dayRecords: DayRecord[]
  dayRecordsKept: number
  from: string | null
  to: string | null
  issues: CsvRowIssue[]
  issueCount: number
}

function inferKind(use: CsvRow['remedies'][number]): RemedyKind {
  if (use.kind) return use.kind
  if (use.doseMg !== null) return 'medication'
  return use.minutes !== null ? 'movement' : 'self-care'
}

/**
 * Reads and checks a CSV and plans what importing it would change. `now` is for the rule that
 * nothing is from the future: such rows are problems, so nothing is imported until they are fixed.
 */
export function planImport(db: Database, bytes: Uint8Array, now: Date): ImportPlan {
  const decoded = decodeCsvBytes(bytes)
  const read =
    'error' in decoded
      ? {
          rows: [],
          dayRecords: [],
          recordCount: 0,
          issues: [{ row: 1, field: '', message: decoded.error }],
          issueCount: 1,
        }
      : readJournalCsv(decoded.text)
  const issues = [...read.issues]
  let issueCount = read.issueCount
  const problem = (issue: CsvRowIssue) => {
    issueCount++
    if (issues.length < MAX_LISTED_ISSUES) issues.push(issue)
  }
  const { dayStartHour } = getSettings(db)
  for (const { row, day } of read.dayRecords) {
    const future = futureDayProblem(day, now, dayStartHour)
    if (future !== null) problem({ row, field: 'journal_day', message: future })
  }

  const triggers = new Set(listTriggers(db).map((t) => clashKey(t.name)))
  const remedies = new Map(listRemedies(db).map((r) => [clashKey(r.name), r.kind]))
  // The moments already recorded: the same moment written with another offset is the same one.
  const existing = new Set(liveCheckinStamps(db).filter(isValidTimestamp).map(instantOf))
  const existingDays = new Set(recordedDays(db))

  const toImport: Row[] = []
  const duplicates: ImportPlan['duplicates'] = []
  const newTriggers = new Map<string, string>()
  const newRemedies = new Map<string, { name: string; kind: RemedyKind; row: number }>()
  for (const row of read.rows) {
    const future = futureCheckinProblem(row.recorded_at, now)
    if (future !== null) {
      problem({ row: row.row, field: 'recorded_at', message: future })
      continue
    }
    // A moment already in the journal, or already planned from an earlier row of this file
    // (a row pasted twice in a spreadsheet).
    const instant = instantOf(row.recorded_at)
    if (existing.has(instant)) {
      duplicates.push({ row: row.row, at: row.recorded_at })
      continue
    }
    existing.add(instant)
    toImport.push(row)
    for (const name of row.triggers) {
      const key = clashKey(name)
      if (!triggers.has(key) && !newTriggers.has(key)) newTriggers.set(key, name)
    }
    for (const use of row.remedies) {
      const key = clashKey(use.name)
      if (remedies.has(key)) continue
      const planned = newRemedies.get(key)
      if (!planned) {
        newRemedies.set(key, { name: use.name, kind: inferKind(use), row: row.row })
      } else if (use.kind && use.kind !== planned.kind) {
        problem({
          row: row.row,
          field: 'remedies',
          message: `"${use.name}" is of kind ${use.kind} here but ${planned.kind} in row ${planned.row}.`,
        })
      }
    }
  }
  // A day record is added only where the journal has none for that day; one already there is
  // kept as it is (the rows of a day all carry the same day fields, checked while reading).
  const dayRecords: DayRecord[] = []
  const seenDays = new Set<string>()
  let dayRecordsKept = 0
  const records = [
    ...read.rows.map(dayRecordOf),
    ...read.dayRecords.map(({ row: _row, ...record }) => record),
  ]
  for (const record of records) {
    if (record === null || seenDays.has(record.day)) continue
    seenDays.add(record.day)
    if (existingDays.has(record.day)) dayRecordsKept++
    else dayRecords.push(record)
  }
  const sortedDays = toImport.map((r) => r.journal_day).sort()
  return {
    rowCount: read.recordCount,
    toImport,
    duplicates,
    newTriggers: [...newTriggers.values()],
    newRemedies: [...newRemedies.values()].map(({ name, kind }) => ({ name, kind })),
    dayRecords,
    dayRecordsKept,
    from: sortedDays[0] ?? null,
    to: sortedDays.at(-1) ?? null,
    issues: issues.sort((a, b) => a.row - b.row),
    issueCount,
  }
}

export interface ImportOutcome {
  imported: number
  duplicatesSkipped: number
  triggersCreated: number
  remediesCreated: number
  dayRecordsAdded: number
}

/** Writes the plan in one transaction. Refuses, writing nothing, if the file has any problem. */
export function applyImport(db: Database, plan: ImportPlan, now: string): ImportOutcome {
  const first = plan.issues[0]
  if (plan.issueCount > 0 && first) {
    const where = first.field ? `row ${first.row}, ${first.field}` : `row ${first.row}`
    const more = plan.issueCount > 1 ? ` (and ${plan.issueCount - 1} more problems)` : ''
    throw new DomainError(
      'validation',
      `Nothing was imported. ${where}: ${first.message}${more}`,
      `row ${first.row}${first.field ? `.${first.field}` : ''}`,
    )
  }
  const checkins = checkinWriter(db)
  const writeDay = dayRecordWriter(db)
  return inTransaction(db, (): ImportOutcome => {
    for (const name of plan.newTriggers) addTrigger(db, name)
    for (const r of plan.newRemedies) addRemedy(db, r.name, r.kind)
    const triggerIds = new Map(listTriggers(db).map((t) => [clashKey(t.name), t.id]))
    const remedyIds = new Map(listRemedies(db).map((r) => [clashKey(r.name), r.id]))
    const idOf = (map: Map<string, number>, name: string): number => {
      const id = map.get(clashKey(name))
      if (id === undefined) throw new DomainError('validation', `"${name}" is not in the catalog`)
      return id
    }
    for (const row of plan.toImport) {
      checkins.insert(
        {
          at: row.recorded_at,
          day: row.journal_day,
          pain: row.pain,
          spasm: row.spasm,
          context: row.context,
          note: row.note,
          regions: row.regions,
          triggerIds: row.triggers.map((name) => idOf(triggerIds, name)),
          remedies: row.remedies.map((u) => ({ ...u, remedyId: idOf(remedyIds, u.name) })),
          redFlags: row.red_flags,
        },
        now,
      )
    }
    // Only days without a record were planned, so nothing already there is written over.
    for (const d of plan.dayRecords) writeDay(d, now)
    return {
      imported: plan.toImport.length,
      duplicatesSkipped: plan.duplicates.length,
      triggersCreated: plan.newTriggers.length,
      remediesCreated: plan.newRemedies.length,
      dayRecordsAdded: plan.dayRecords.length,
    }
  })
}
