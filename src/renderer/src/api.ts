/** The renderer's one door to the main process: the typed `window.painJournal` bridge. */
import type { PainJournalApi } from '../../shared/contract'
import type { AppErrorInfo, Result } from '../../shared/result'

export const api: PainJournalApi = window.painJournal

/** Thrown by `unwrap` so screens can show `error.info.message` next to what failed. */
export class ApiError extends Error {
  constructor(readonly info: AppErrorInfo) {
    super(info.message)
    this.name = 'ApiError'
  }
}

export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  let result: Result<T>
  try {
    result = await call
  } catch (error) {
    // The bridge itself failed (should not happen): report it like any other error.
    throw new ApiError({
      kind: 'internal',
      message: error instanceof Error ? error.message : String(error),
    })
  }
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}

export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.info.message
  return error instanceof Error ? error.message : String(error)
}
