/**
 * The save state every settings section shows: busy while saving, a short "Saved." after, or
 * the error in words with the field issues the main process named.
 */
import { useCallback, useState } from 'react'
import type { FieldIssue } from '../../../../shared/result'
import { ApiError, messageOf } from '../../api'

export interface SaveState {
  busy: boolean
  status: string | null
  error: string | null
  issues: FieldIssue[]
}

const IDLE: SaveState = { busy: false, status: null, error: null, issues: [] }

export function useSave(): {
  state: SaveState
  run: (action: () => Promise<unknown>, done: string) => Promise<boolean>
  reset: () => void
} {
  const [state, setState] = useState<SaveState>(IDLE)
  const run = useCallback(async (action: () => Promise<unknown>, done: string) => {
    setState({ ...IDLE, busy: true })
    try {
      await action()
      setState({ ...IDLE, status: done })
      return true
    } catch (e) {
      const issues = e instanceof ApiError ? (e.info.issues ?? []) : []
      setState({ ...IDLE, error: messageOf(e), issues })
      return false
    }
  }, [])
  const reset = useCallback(() => setState(IDLE), [])
  return { state, run, reset }
}
