/**
 * The IPC contract: every channel declared once with its input and output schema.
 * The main process router validates against it, the preload exposes one method per entry
 * (see channels.ts), and the renderer gets its types from here.
 */
import { z } from 'zod'
import type { CHANNELS, ChannelName, MethodName } from './channels'
import * as s from './schemas'
import type { Result } from './result'
import { trendsQuery, trendsResult } from './trends-schema'

const none = z.undefined()

export const contract = {
  /** Version, where the data lives, and which journal (real or sample) is open. */
  'app:info': { input: none, output: s.appInfo },
  /** Creates a check-in, or replaces one when `id` is given. Returns it as stored. */
  'checkins:save': { input: s.checkinInput, output: s.checkin },
  /** Check-ins whose journal day lies in the range, oldest first. */
  'checkins:list': { input: s.dayRange, output: z.array(s.checkin) },
  /** Deletes a check-in; it can be brought back with `checkins:restore` (undo). */
  'checkins:delete': { input: z.strictObject({ id: s.id }), output: z.strictObject({ id: s.id }) },
  /** Undoes a delete. */
  'checkins:restore': { input: z.strictObject({ id: s.id }), output: s.checkin },
  /** The day record of one journal day, or null when none was written. */
  'days:get': { input: z.strictObject({ day: s.dayString }), output: s.dayRecord.nullable() },
  /** Creates or replaces a day record. */
  'days:save': { input: s.dayRecord, output: s.dayRecord },
  /** Triggers, remedies (archived included) and medicine limits. */
  'catalog:get': { input: none, output: s.catalog },
  'settings:get': { input: none, output: s.settings },
  /** Changes some settings; returns all of them. */
  'settings:update': { input: s.settings.partial(), output: s.settings },
  /** Every series, table and takeaway of the Trends screen for a period. */
  'trends:get': { input: trendsQuery, output: trendsResult },
} as const satisfies Record<ChannelName, { input: z.ZodType; output: z.ZodType }>

export type Contract = typeof contract
export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>
export type ParsedInputOf<C extends ChannelName> = z.output<Contract[C]['input']>
export type OutputOf<C extends ChannelName> = z.output<Contract[C]['output']>

/** The shape of `window.painJournal`. */
export type PainJournalApi = {
  [M in MethodName]: InputOf<(typeof CHANNELS)[M]> extends undefined
    ? () => Promise<Result<OutputOf<(typeof CHANNELS)[M]>>>
    : (input: InputOf<(typeof CHANNELS)[M]>) => Promise<Result<OutputOf<(typeof CHANNELS)[M]>>>
}
