/**
 * What the person is told when the journal cannot be opened at start-up (shown by index.ts in
 * a dialog before the app quits). A full disk or a folder that cannot be written to is named as
 * such, with the folder and what to do; anything else keeps its own sentence (a journal from a
 * newer version, a native module built for the wrong Electron, damage with no good backup).
 */
import { NotAFolderError } from './db/folder'

export interface StartupFailure {
  title: string
  message: string
}

const NOT_WRITABLE = new Set(['EACCES', 'EPERM', 'EROFS', 'SQLITE_READONLY', 'SQLITE_CANTOPEN'])
/**
 * Read-only answers about the file, not the folder: a read-only connection meeting a file that a
 * crash left mid-write. Telling the person to fix the folder's permissions would send them
 * looking in the wrong place.
 */
const ABOUT_THE_FILE = new Set(['SQLITE_READONLY_ROLLBACK', 'SQLITE_READONLY_RECOVERY'])
const FULL = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL'])

export function startupFailure(error: unknown, dataDir: string): StartupFailure {
  const code = (error as { code?: unknown } | null)?.code
  const base = typeof code === 'string' ? code.split('_').slice(0, 2).join('_') : ''
  const untouched = 'Nothing in your journal was changed.'
  if (error instanceof NotAFolderError) {
    return { title: 'A file is in the way of Pain Journal’s folder', message: error.message }
  }
  const aboutTheFile = typeof code === 'string' && ABOUT_THE_FILE.has(code)
  if (
    !aboutTheFile &&
    (NOT_WRITABLE.has(base) || (typeof code === 'string' && NOT_WRITABLE.has(code)))
  ) {
    return {
      title: 'Pain Journal cannot write to its data folder',
      message:
        `Your journal is kept in ${dataDir}, and Pain Journal needs to be able to save there. ` +
        'Check that this folder can be written to (not on a read-only or disconnected drive, ' +
        `not locked by its permissions), then start Pain Journal again. ${untouched}`,
    }
  }
  if (FULL.has(base) || (typeof code === 'string' && FULL.has(code))) {
    return {
      title: 'The disk holding your journal is full',
      message:
        `Your journal is kept in ${dataDir}. Free some space on that disk, then start Pain ` +
        `Journal again. ${untouched}`,
    }
  }
  return {
    title: 'Pain Journal could not open your journal',
    message: error instanceof Error ? error.message : String(error),
  }
}
