/**
 * The IPC contract: every channel declared once with its input and output schema, each built
 * the first time it is used (on-first-use.ts): the main process only ever checks inputs.
 * The main process router validates against it, the preload exposes one method per entry
 * (see channels.ts), and the renderer gets its types from here.
 */
import { z } from 'zod'
import type { CHANNELS, ChannelName, MethodName } from './channels'
import { eachOnFirstUse, onFirstUse } from './on-first-use'
import { REMEDY_KINDS } from './domain'
import { doctorVisit, doctorVisitInput, insights } from './insights-schema'
import * as s from './schemas'
import { settings } from './settings-schema'
import * as p from './portability/contract-schemas'
import * as r from './report/options'
import * as h from './history-schemas'
import * as b from './backup-schemas'
import type { Result } from './result'
import { trendsQuery, trendsResult } from './trends-schema'

const none = onFirstUse(() => z.undefined())
const catalogList = onFirstUse(() => z.enum(['trigger', 'remedy']))

export const contract = eachOnFirstUse({
  /** Version, where the data lives, and which journal (real or sample) is open. */
  'app:info': { input: () => none, output: () => s.appInfo },
  /** Creates a check-in, or replaces one when `id` is given. Returns it as stored. */
  'checkins:save': { input: () => s.checkinInput, output: () => s.checkin },
  /** Check-ins whose journal day lies in the range, oldest first. */
  'checkins:list': { input: () => s.dayRange, output: () => z.array(s.checkin) },
  /** Deletes a check-in; it can be brought back with `checkins:restore` (undo). */
  'checkins:delete': {
    input: () => z.strictObject({ id: s.id }),
    output: () => z.strictObject({ id: s.id }),
  },
  /** Undoes a delete. */
  'checkins:restore': { input: () => z.strictObject({ id: s.id }), output: () => s.checkin },
  /** The day record of one journal day, or null when none was written. */
  'days:get': {
    input: () => z.strictObject({ day: s.dayString }),
    output: () => s.dayRecord.nullable(),
  },
  /** Creates or replaces a day record. */
  'days:save': { input: () => s.dayRecord, output: () => s.dayRecord },
  /** Triggers, remedies (archived included) and medicine limits. */
  'catalog:get': { input: () => none, output: () => s.catalog },
  'settings:get': { input: () => none, output: () => settings },
  /** Changes some settings; returns all of them. */
  'settings:update': { input: () => settings.partial(), output: () => settings },
  /** Adds the person's own trigger. Names are unique, ignoring case. */
  'catalog:add-trigger': {
    input: () => z.strictObject({ name: s.catalogName }),
    output: () => s.trigger,
  },
  /** Adds the person's own remedy of a kind. */
  'catalog:add-remedy': {
    input: () => z.strictObject({ name: s.catalogName, kind: z.enum(REMEDY_KINDS) }),
    output: () => s.remedy,
  },
  /** Renames a trigger or remedy; old check-ins show the new name. */
  'catalog:rename': {
    input: () => z.strictObject({ list: catalogList, id: s.id, name: s.catalogName }),
    output: () => z.strictObject({ id: s.id }),
  },
  /** Archives (or brings back) a trigger or remedy. Used entries are never deleted. */
  'catalog:archive': {
    input: () => z.strictObject({ list: catalogList, id: s.id, archived: z.boolean() }),
    output: () => z.strictObject({ id: s.id }),
  },
  /** Sets a medicine's daily limit in mg, or clears it with null. */
  'catalog:set-limit': {
    input: () => z.strictObject({ remedyId: s.id, dailyLimitMg: s.dailyLimitMg.nullable() }),
    output: () => z.strictObject({ remedyId: s.id, dailyLimitMg: s.dailyLimitMg.nullable() }),
  },
  /** What was acknowledged on a journal day (warning-signs notice, dismissed banners). */
  'acknowledgements:list': {
    input: () => z.strictObject({ day: s.dayString }),
    output: () => z.array(s.acknowledgementKind),
  },
  /** Records an acknowledgement for a day; returns that day's list. */
  'acknowledgements:add': {
    input: () => z.strictObject({ day: s.dayString, kind: s.acknowledgementKind }),
    output: () => z.array(s.acknowledgementKind),
  },
  /** The latest check-in (by journal day and time), or null: for "same as last time". */
  'checkins:last': { input: () => none, output: () => s.checkin.nullable() },
  /** Each remedy's dose at its latest use with a dose: to prefill a medicine's dose. */
  'remedies:last-doses': {
    input: () => none,
    output: () =>
      z.array(z.strictObject({ remedyId: s.id, doseMg: z.number().positive(), day: s.dayString })),
  },
  /** The current episode, flags, guidance for its stage and remedies tried in it, as of a day. */
  'insights:get': { input: () => z.strictObject({ asOf: s.dayString }), output: () => insights },
  /** Every doctor visit recorded, oldest first. */
  'visits:list': { input: () => none, output: () => z.array(doctorVisit) },
  /** "I have seen a doctor about this": a day (not after today) and an optional note. */
  'visits:add': { input: () => doctorVisitInput, output: () => doctorVisit },
  /** Removes a visit recorded by mistake. */
  'visits:delete': {
    input: () => z.strictObject({ id: s.id }),
    output: () => z.strictObject({ id: s.id }),
  },
  /** Asks where to save, then writes every check-in as CSV (docs/csv-format.md). */
  'data:export-csv': { input: () => none, output: () => p.savedFile },
  /** Reads a CSV (the given path, or one the person picks) and says what importing would do. */
  'data:preview-import': { input: () => p.optionalPath, output: () => p.importPreview.nullable() },
  /** Imports every row of a CSV in one transaction, or none when any row is wrong. */
  'data:import-csv': {
    input: () => z.strictObject({ path: p.filePath }),
    output: () => p.importOutcome,
  },
  /** Asks where to save, then writes the whole journal as a JSON backup. */
  'data:export-json': { input: () => none, output: () => p.savedFile },
  /** Reads a JSON backup (the given path, or one the person picks) and summarises it. */
  'data:preview-restore': {
    input: () => p.optionalPath,
    output: () => p.restorePreview.nullable(),
  },
  /** Replaces the journal with a backup, after taking a safety copy of the current one. */
  'data:restore-json': {
    input: () => z.strictObject({ path: p.filePath, confirmed: z.literal(true) }),
    output: () => p.restoreOutcome,
  },
  /** Asks where to save, then writes the pain scores as a FHIR R4 Bundle. */
  'data:export-fhir': { input: () => none, output: () => p.savedFile },
  /** The doctor report for a period: the HTML body and styles the PDF is printed from. */
  'report:preview': { input: () => r.reportOptions, output: () => r.reportDocument },
  /** Asks where to save, then prints the report to PDF there. `path` is null when cancelled. */
  'report:export-pdf': {
    input: () => z.strictObject({ options: r.reportOptions, pageSize: r.pageSize }),
    output: () => z.strictObject({ path: z.string().nullable() }),
  },
  /** Opens the PDF saved last with the system's viewer. */
  'report:open-pdf': { input: () => none, output: () => z.strictObject({ path: z.string() }) },
  /** Every day of a month with its worst and average pain, marks, and episode membership. */
  'history:month': { input: () => h.historyMonthInput, output: () => z.array(h.daySummary) },
  /** All episodes as of a day, oldest first (DESIGN.md section 3). */
  'episodes:list': { input: () => h.asOfInput, output: () => z.array(h.episode) },
  /** Which journal is open and how many check-ins it holds (the welcome shows on an empty one). */
  'journal:status': { input: () => none, output: () => s.journalStatus },
  /** Opens a fresh sample journal in place of the person's own, which stays untouched. */
  'journal:open-sample': { input: () => none, output: () => s.appInfo },
  /** Closes the sample journal and goes back to the person's own. */
  'journal:open-real': { input: () => none, output: () => s.appInfo },
  /** The journal's backups, newest first, with date, size and why each was taken. */
  'backups:list': { input: () => none, output: () => z.array(b.backupEntry) },
  /** Takes a backup now ("Back up now"). */
  'backups:create': { input: () => none, output: () => b.backupEntry },
  /** Backs up the current state, then replaces the journal with the named backup. */
  'backups:restore': {
    input: () => z.strictObject({ name: b.backupName }),
    output: () => b.restoreOutcome,
  },
  /** Opens an https link to a known site in the browser; anything else is refused. */
  'links:open': { input: () => b.linkInput, output: () => z.strictObject({ opened: z.boolean() }) },
  /** Every series, table and takeaway of the Trends screen for a period. */
  'trends:get': { input: () => trendsQuery, output: () => trendsResult },
} satisfies Record<ChannelName, { input: () => z.ZodType; output: () => z.ZodType }>)

export type Contract = typeof contract
export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>
export type ParsedInputOf<C extends ChannelName> = z.output<Contract[C]['input']>
export type OutputOf<C extends ChannelName> = z.output<Contract[C]['output']>

/** The shape of `window.painJournal`: the channels, and menu commands from the main process. */
export type PainJournalApi = {
  onAppCommand(listener: (command: string) => void): () => void
} & {
  [M in MethodName]: InputOf<(typeof CHANNELS)[M]> extends undefined
    ? () => Promise<Result<OutputOf<(typeof CHANNELS)[M]>>>
    : (input: InputOf<(typeof CHANNELS)[M]>) => Promise<Result<OutputOf<(typeof CHANNELS)[M]>>>
}
