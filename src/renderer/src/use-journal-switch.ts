/**
 * Opening the sample journal (on Today) and going back (staying on the screen): the main process swaps the open file, then the
 * renderer re-reads everything so no screen keeps data from the other journal.
 */
import { useCallback, useState } from 'react'
import { useJournal } from './journal-context'
import { useSave } from './use-save'
import { useWrite } from './writes'

export function useJournalSwitch(): {
  openSample: () => Promise<void>
  openReal: () => Promise<void>
  busy: boolean
  error: string | null
} {
  const { reloadJournal, navigate } = useJournal()
  const write = useWrite()
  const { state, run } = useSave()
  // Busy from the click until the other journal replaces this view (a success says nothing).
  const [switching, setSwitching] = useState(false)
  const open = useCallback(
    async (channel: 'journal:open-sample' | 'journal:open-real', toToday: boolean) => {
      setSwitching(true)
      const opened = await run(async () => {
        await write(channel, undefined)
        if (toToday) navigate('today')
        await reloadJournal()
      })
      if (!opened) setSwitching(false)
    },
    [navigate, reloadJournal, run, write],
  )
  return {
    openSample: useCallback(() => open('journal:open-sample', true), [open]),
    openReal: useCallback(() => open('journal:open-real', false), [open]),
    busy: switching || state.busy,
    error: state.error,
  }
}
