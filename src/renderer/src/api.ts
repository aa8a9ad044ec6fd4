/** The renderer's one door to the main process: the typed `window.painJournal` bridge. */
import type { PainJournalApi } from '../../shared/contract'
import { INTERNAL_MESSAGE, type AppErrorInfo, type Result } from '../../shared/result'

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
    // The bridge itself failed (should not happen): the same words as any internal failure,
    // the cause in the console where a developer looks.
    console.error('Pain Journal: the call to the main process failed', error)
    throw new ApiError({ kind: 'internal', message: INTERNAL_MESSAGE })
  }
  if (!result.ok) throw new ApiError(result.error)
  return result.value
}

export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.info.message
  return error instanceof Error ? error.message : String(error)
}
