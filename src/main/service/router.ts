/**
 * The Electron-free router: validates a payload against the contract, runs the handler, and
 * answers with the result envelope. It never throws: validation and the handler run inside one
 * try, so anything unexpected (a bug, in a schema or a handler) becomes an `internal` envelope
 * whose cause is logged in the main process and never shown raw. The Electron shell (ipc.ts)
 * and the e2e harness both call `handle`, so tests exercise exactly what the app runs.
 */
import type { ChannelName } from '../../shared/channels'
import { contract, type OutputOf, type ParsedInputOf } from '../../shared/contract'
import { describeIssues, fieldIssues } from '../../shared/field-issues'
import { ONE_PAYLOAD } from '../../shared/one-payload'
import { fail, INTERNAL_MESSAGE, ok, type Result } from '../../shared/result'
import { DomainError } from '../../shared/domain-error'
import { NotAFolderError } from '../db/folder'
import type { ServiceContext } from './context'
import { acknowledgementHandlers } from './handlers/acknowledgements'
import { appHandlers } from './handlers/app'
import { catalogHandlers } from './handlers/catalog'
import { backupHandlers } from './handlers/backups'
import { checkinHandlers } from './handlers/checkins'
import { dayHandlers } from './handlers/days'
import { recentHandlers } from './handlers/recent'
import { insightsHandlers } from './handlers/insights'
import { dataHandlers } from './handlers/data'
import { reportHandlers } from './handlers/report'
import { historyHandlers } from './handlers/history'
import { journalHandlers } from './handlers/journal'
import { trendsHandlers } from './handlers/trends'
import { visitHandlers } from './handlers/visits'

export type Handler<C extends ChannelName> = (
  input: ParsedInputOf<C>,
  ctx: ServiceContext,
) => OutputOf<C> | Promise<OutputOf<C>>

export type HandlerMap<C extends ChannelName> = { [K in C]: Handler<K> }

export const HANDLERS: HandlerMap<ChannelName> = {
  ...appHandlers,
  ...checkinHandlers,
  ...dayHandlers,
  ...catalogHandlers,
  ...acknowledgementHandlers,
  ...recentHandlers,
  ...insightsHandlers,
  ...dataHandlers,
  ...reportHandlers,
  ...historyHandlers,
  ...journalHandlers,
  ...backupHandlers,
  ...trendsHandlers,
  ...visitHandlers,
}

export interface Router {
  handle(channel: unknown, payload: unknown): Promise<Result<unknown>>
}

function isChannel(channel: unknown): channel is ChannelName {
  return typeof channel === 'string' && Object.hasOwn(contract, channel)
}

const STORAGE_MESSAGES: Record<string, string> = {
  SQLITE_FULL:
    'Your disk is full, so this was not saved. Free some space and try again; what you typed is still here.',
  SQLITE_READONLY:
    'The journal folder cannot be written to, so this was not saved. Check its permissions; what you typed is still here.',
  SQLITE_CANTOPEN:
    'The journal file could not be opened for writing, so this was not saved. What you typed is still here.',
  SQLITE_BUSY: 'The journal is busy in another window. Try again in a moment.',
}

/** Maps a thrown error to the envelope. Exported for the tests of every branch. */
export function toFailure(error: unknown): Result<never> {
  if (error instanceof DomainError) {
    return fail(
      error.kind,
      error.message,
      error.path ? [{ path: error.path, message: error.message }] : undefined,
    )
  }
  // A file where one of our folders should be: its own words name the file in the way.
  if (error instanceof NotAFolderError) return fail('storage', error.message)
  const code = (error as { code?: unknown } | null)?.code
  // File-system errors from writing a backup or moving a file: the same words as SQLite's.
  const fsEquivalent: Record<string, string> = {
    ENOSPC: 'SQLITE_FULL',
    EDQUOT: 'SQLITE_FULL',
    EROFS: 'SQLITE_READONLY',
    EACCES: 'SQLITE_READONLY',
    EPERM: 'SQLITE_READONLY',
  }
  const fsCode = typeof code === 'string' ? fsEquivalent[code] : undefined
  if (fsCode) return fail('storage', STORAGE_MESSAGES[fsCode]!)
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    const base = code.split('_').slice(0, 2).join('_')
    const message = STORAGE_MESSAGES[base] ?? STORAGE_MESSAGES[code]
    if (message) return fail('storage', message)
    if (base === 'SQLITE_IOERR') {
      return fail(
        'storage',
        'The journal file could not be written: the disk may be full, read-only or disconnected. ' +
          'This was not saved; what you typed is still here.',
      )
    }
    if (code.startsWith('SQLITE_CONSTRAINT')) {
      return fail('conflict', 'This would clash with something already in your journal.')
    }
  }
  return fail('internal', INTERNAL_MESSAGE)
}

/** Where the cause of an `internal` failure is written: the main process's log. */
export type InternalLog = (channel: string, error: unknown) => void

const logToConsole: InternalLog = (channel, error) => {
  console.error(`Pain Journal: ${channel} failed unexpectedly`, error)
}

export function createRouter(
  ctx: ServiceContext,
  handlers: HandlerMap<ChannelName> = HANDLERS,
  log: InternalLog = logToConsole,
): Router {
  return {
    async handle(channel, payload) {
      if (!isChannel(channel)) {
        return fail('validation', `Unknown request ${describeChannel(channel)}`)
      }
      try {
        const parsed = contract[channel].input.safeParse(payload, ONE_PAYLOAD)
        if (!parsed.success) {
          const issues = fieldIssues(parsed.error.issues)
          return fail('validation', describeIssues(issues), issues)
        }
        const handler = handlers[channel] as Handler<typeof channel>
        return ok(await handler(parsed.data as never, ctx))
      } catch (error) {
        const failure = toFailure(error)
        if (!failure.ok && failure.error.kind === 'internal') log(channel, error)
        return failure
      }
    },
  }
}

/** A channel name for a message, whatever was sent (a symbol or a throwing toString included). */
function describeChannel(channel: unknown): string {
  try {
    return JSON.stringify(String(channel)).slice(0, 80)
  } catch {
    return `of type ${typeof channel}`
  }
}
