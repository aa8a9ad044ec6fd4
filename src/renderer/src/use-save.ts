/**
 * The one save state every form and action shows: busy while saving, a short status after (or
 * nothing), or the refusal in words with the field issues the main process named. Every save
 * in the renderer goes through `run`; the writes inside it go through `useWrite` (writes.ts),
 * which brings every view up to date.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { FieldIssue } from '../../shared/result'
import { ApiError, messageOf } from './api'

export interface SaveState {
  busy: boolean
  status: string | null
  error: string | null
  issues: FieldIssue[]
}

const IDLE: SaveState = { busy: false, status: null, error: null, issues: [] }

export interface Save {
  state: SaveState
  /**
   * Runs `action`; says `done` (or what `done` makes of its answer) after, or the error. Resolves
   * to whether it was saved; never rejects.
   */
  run: <T>(
    action: () => Promise<T>,
    done?: string | null | ((value: T) => string | null),
  ) => Promise<boolean>
  /** Sets the status line (a form's own news), or clears it with null. */
  say: (status: string | null) => void
  reset: () => void
}

export function useSave({
  onRefused,
}: {
  /** Hears a refusal's field issues and message, e.g. to mark each field at fault. */
  onRefused?: (issues: FieldIssue[], message: string) => void
} = {}): Save {
  const [state, setState] = useState<SaveState>(IDLE)
  const refusedRef = useRef(onRefused)
  useEffect(() => {
    refusedRef.current = onRefused
  })
  // A button disabled while it saves loses the focus (the page's body takes it): once the save
  // is over, the focus goes back to it, if it is still there and nothing else has taken the focus.
  const focusedAtStart = useRef<HTMLElement | null>(null)
  useEffect(() => {
    const from = focusedAtStart.current
    if (state.busy || from === null) return
    focusedAtStart.current = null
    const active = document.activeElement
    if (from.isConnected && (active === null || active === document.body)) from.focus()
  }, [state.busy])
  const run = useCallback(
    async <T>(action: () => Promise<T>, done?: string | null | ((value: T) => string | null)) => {
      const active = document.activeElement
      focusedAtStart.current =
        active instanceof HTMLElement && active !== document.body ? active : null
      setState({ ...IDLE, busy: true })
      try {
        const value = await action()
        setState({ ...IDLE, status: typeof done === 'function' ? done(value) : (done ?? null) })
        return true
      } catch (e) {
        const issues = e instanceof ApiError ? (e.info.issues ?? []) : []
        const message = messageOf(e)
        setState({ ...IDLE, error: message, issues })
        refusedRef.current?.(issues, message)
        return false
      }
    },
    [],
  )
  const say = useCallback((status: string | null) => setState((s) => ({ ...s, status })), [])
  const reset = useCallback(() => setState(IDLE), [])
  return { state, run, say, reset }
}
