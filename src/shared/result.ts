/**
 * The envelope every IPC call answers with. Handlers never throw across IPC: a failure is a
 * value with a kind the UI can act on and a message a person can read.
 */
export type ErrorKind = 'validation' | 'not-found' | 'conflict' | 'storage' | 'internal'

export interface FieldIssue {
  /** Dotted path of the field, e.g. `pain` or `remedies.0.doseMg`. Empty for the whole payload. */
  path: string
  message: string
}

export interface AppErrorInfo {
  kind: ErrorKind
  message: string
  issues?: FieldIssue[]
}

/** What a person reads when Pain Journal itself went wrong; the cause goes to the log. */
export const INTERNAL_MESSAGE =
  'Something went wrong inside Pain Journal, so this was not done. What you typed is still ' +
  'here; please try again, and restart Pain Journal if it keeps happening.'

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorInfo }

export function ok<T>(value: T): Result<T> {
  return { ok: true, value }
}

export function fail<T = never>(
  kind: ErrorKind,
  message: string,
  issues?: FieldIssue[],
): Result<T> {
  return issues
    ? { ok: false, error: { kind, message, issues } }
    : { ok: false, error: { kind, message } }
}
