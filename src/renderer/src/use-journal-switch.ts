/**
 * Opening the sample journal (on Today) and going back (staying on the screen): the main process swaps the open file, then the
 * renderer re-reads everything so no screen keeps data from the other journal.
 */
import { useCallback, useState } from 'react'
import type { Result } from '../../shared/result'
import { api, messageOf, unwrap } from './api'
import { useJournal } from './journal-context'

export function useJournalSwitch(): {
  openSample: () => Promise<void>
  openReal: () => Promise<void>
  busy: boolean
  error: string | null
} {
  const { reloadJournal, navigate } = useJournal()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = useCallback(
    async (open: () => Promise<Result<unknown>>, toToday: boolean) => {
      setBusy(true)
      setError(null)
      try {
        await unwrap(open())
        if (toToday) navigate('today')
        await reloadJournal()
      } catch (e) {
        setError(messageOf(e))
        setBusy(false)
      }
    },
    [navigate, reloadJournal],
  )
  return {
    openSample: useCallback(() => run(() => api.openSampleJournal(), true), [run]),
    openReal: useCallback(() => run(() => api.openRealJournal(), false), [run]),
    busy,
    error,
  }
}
