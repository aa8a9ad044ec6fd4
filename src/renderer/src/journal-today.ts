/**
 * Today's journal day, one answer for every screen: Today, its banner and the warning-sign notice
 * above every screen, History, Trends and the report ask about the same day, and all move to the
 * next one together when the day-start hour passes while the app is open (a timer set to that
 * moment), or when the window comes back after the computer slept (focus and visibility).
 */
import { useCallback, useSyncExternalStore } from 'react'
import { journalDayAt, nextJournalDayStart } from '../../shared/journal-day'
import { useJournal } from './journal-context'

/** The journal day now on this computer's clock (first-asks.ts works out the first the same way). */
export function journalDayNow(dayStartHour: number): string {
  return journalDayAt(new Date(), dayStartHour)
}

const nudged = new Set<() => void>()

/** Looks at the clock again now (after a save: the check-in's own day is the one to show). */
export function recheckJournalDay(): void {
  for (const listener of nudged) listener()
}

function watchDay(dayStartHour: number, changed: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const arm = () => {
    clearTimeout(timer)
    const now = new Date()
    timer = setTimeout(tick, nextJournalDayStart(now, dayStartHour).getTime() - now.getTime())
  }
  // A timer can be late (a sleeping computer) but the day is read from the clock, so never wrong.
  const tick = () => {
    changed()
    arm()
  }
  arm()
  window.addEventListener('focus', tick)
  document.addEventListener('visibilitychange', tick)
  nudged.add(changed)
  return () => {
    clearTimeout(timer)
    window.removeEventListener('focus', tick)
    document.removeEventListener('visibilitychange', tick)
    nudged.delete(changed)
  }
}

/** Today's journal day, `YYYY-MM-DD`, under the journal's day-start hour; changes at the boundary. */
export function useJournalToday(): string {
  const { dayStartHour } = useJournal().settings
  const subscribe = useCallback(
    (changed: () => void) => watchDay(dayStartHour, changed),
    [dayStartHour],
  )
  const read = useCallback(() => journalDayNow(dayStartHour), [dayStartHour])
  return useSyncExternalStore(subscribe, read)
}
