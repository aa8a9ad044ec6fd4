/**
 * The person's data in and out: CSV export/import, JSON backup/restore, FHIR export. Files are
 * chosen through the Platform (native dialogs in the app, a temp folder in tests).
 */
import { basename } from 'node:path'
import { formatDay } from '../../../shared/days'
import { DomainError } from '../../../shared/domain-error'
import { toLocalTimestamp } from '../../../shared/journal-day'
import { painBundle } from '../../../shared/portability/fhir'
import { countCheckins, listCheckins } from '../../db/repositories/checkins-read'
import { getSettings } from '../../db/repositories/settings'
import { readChosenFile, writeFileAtomic } from '../../files'
import { ALL_DAYS, exportCsv } from '../../portability/csv-export'
import { applyImport, planImport } from '../../portability/csv-import'
import { buildBackup, readBackup, restoreBackup, summarise } from '../../portability/json-backup'
import type { ServiceContext } from '../context'
import type { HandlerMap } from '../router'

const CSV_FILTER = [{ name: 'CSV (comma-separated values)', extensions: ['csv'] }]
const JSON_FILTER = [{ name: 'Pain Journal backup (JSON)', extensions: ['json'] }]
const FHIR_FILTER = [{ name: 'FHIR JSON', extensions: ['json'] }]

const today = (ctx: ServiceContext): string => formatDay(ctx.now())

/**
 * What comes in and goes out here is the person's own journal. While the sample journal is open
 * it would be the sample's instead: an import or a restore kept only until "Back to my journal",
 * an export of made-up entries under the name of a real backup. Refused, saying what to do.
 */
function ownJournalOnly(ctx: ServiceContext, what: string): void {
  if (ctx.facts().journal === 'sample') {
    throw new DomainError(
      'conflict',
      `You are exploring the sample journal. Go back to your own journal first, then ${what}.`,
    )
  }
}

const dayStartHour = (ctx: ServiceContext): number => getSettings(ctx.db()).dayStartHour

async function pickOpen(ctx: ServiceContext, path: string | undefined, json: boolean) {
  if (path !== undefined) return path
  return ctx.platform.chooseOpenPath({
    title: json ? 'Choose a Pain Journal backup' : 'Choose a CSV file to import',
    filters: json ? JSON_FILTER : CSV_FILTER,
  })
}

export const dataHandlers: HandlerMap<
  | 'data:export-csv'
  | 'data:preview-import'
  | 'data:import-csv'
  | 'data:export-json'
  | 'data:preview-restore'
  | 'data:restore-json'
  | 'data:export-fhir'
> = {
  'data:export-csv': async (_input, ctx) => {
    ownJournalOnly(ctx, 'export it')
    const path = await ctx.platform.chooseSavePath({
      title: 'Export your journal as CSV',
      defaultName: `pain-journal-${today(ctx)}.csv`,
      filters: CSV_FILTER,
    })
    if (path === null) return { path: null, count: 0 }
    const db = ctx.db()
    writeFileAtomic(path, exportCsv(db))
    return { path, count: countCheckins(db) }
  },
  'data:preview-import': async ({ path: given }, ctx) => {
    ownJournalOnly(ctx, 'import into it')
    const path = await pickOpen(ctx, given, false)
    if (path === null) return null
    const plan = planImport(ctx.db(), readChosenFile(path), ctx.now())
    return {
      path,
      fileName: basename(path),
      rowCount: plan.rowCount,
      toImport: plan.toImport.length,
      duplicates: plan.duplicates.length,
      duplicateExamples: plan.duplicates.slice(0, 10),
      from: plan.from,
      to: plan.to,
      newTriggers: plan.newTriggers,
      newRemedies: plan.newRemedies,
      dayRecords: plan.dayRecords.length,
      dayRecordsKept: plan.dayRecordsKept,
      issues: plan.issues,
      issueCount: plan.issueCount,
    }
  },
  'data:import-csv': async ({ path }, ctx) => {
    ownJournalOnly(ctx, 'import into it')
    const db = ctx.db()
    // Read and check again: the file may have changed since the preview.
    const plan = planImport(db, readChosenFile(path), ctx.now())
    // A copy of the journal as it was, so an unwanted import can be undone from Settings →
    // Backups. Only when something will be written: a refused or all-duplicate file changes
    // nothing and needs no copy.
    const writes =
      plan.toImport.length +
      plan.dayRecords.length +
      plan.newTriggers.length +
      plan.newRemedies.length
    if (plan.issueCount === 0 && writes > 0) await ctx.backups.create('before-import')
    return applyImport(db, plan, ctx.now().toISOString())
  },
  'data:export-json': async (_input, ctx) => {
    ownJournalOnly(ctx, 'back it up')
    const path = await ctx.platform.chooseSavePath({
      title: 'Save a backup of your journal',
      defaultName: `pain-journal-backup-${today(ctx)}.json`,
      filters: JSON_FILTER,
    })
    if (path === null) return { path: null, count: 0 }
    const backup = buildBackup(ctx.db(), toLocalTimestamp(ctx.now()), ctx.facts().version)
    writeFileAtomic(path, `${JSON.stringify(backup, null, 1)}\n`)
    return { path, count: backup.checkins.length }
  },
  'data:preview-restore': async ({ path: given }, ctx) => {
    ownJournalOnly(ctx, 'restore it')
    const path = await pickOpen(ctx, given, true)
    if (path === null) return null
    const backup = readBackup(readChosenFile(path), ctx.now(), dayStartHour(ctx))
    return { path, fileName: basename(path), summary: summarise(backup) }
  },
  'data:restore-json': async ({ path }, ctx) => {
    ownJournalOnly(ctx, 'restore it')
    const backup = readBackup(readChosenFile(path), ctx.now(), dayStartHour(ctx))
    // The same kind of backup as the daily ones, with retention, listed under Settings → Backups.
    const safety = await ctx.backups.create('before-restore')
    restoreBackup(ctx.db(), backup)
    return { safetyBackup: safety.file, summary: summarise(backup) }
  },
  'data:export-fhir': async (_input, ctx) => {
    ownJournalOnly(ctx, 'export it')
    const path = await ctx.platform.chooseSavePath({
      title: 'Export pain scores for a clinic (FHIR)',
      defaultName: `pain-journal-fhir-${today(ctx)}.json`,
      filters: FHIR_FILTER,
    })
    if (path === null) return { path: null, count: 0 }
    const checkins = listCheckins(ctx.db(), ALL_DAYS.from, ALL_DAYS.to)
    const bundle = painBundle(checkins, toLocalTimestamp(ctx.now()))
    writeFileAtomic(path, `${JSON.stringify(bundle, null, 1)}\n`)
    return { path, count: checkins.length }
  },
}
