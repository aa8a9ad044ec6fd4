import './zod-jitless'
import type { QueryClient } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, START } from './App'
import { todayReads } from './features/today/today-reads'
import { placeFromHash } from './places'
import { journalDayNow } from './journal-today'
import { askAhead, createQueryClient, type Read } from './queries'
import { applyTheme, startHints, type StartHints } from './start-hints'
import './styles.css'
import './forms.css'
import './lists-and-notices.css'

/**
 * Everything the screen the app opens on shows, asked at once as the page loads, before React
 * starts, so the screen is ready after one round trip: the start-up answers, the warning-sign
 * notice above every screen and, on Today, its own questions and the welcome's. Today's day
 * comes from the clock as the screen works it out, with the settings the last run kept
 * (start-hints.ts). Another screen's questions wait for it: it may never be opened. Resolves
 * once the screen can show; the insights are not waited for: the first analysis after start
 * takes a while on a long journal, and the insights panel and banner come when it is done.
 */
function askAtStart(
  client: QueryClient,
  { dayStartHour, welcomeDismissed }: StartHints,
): Promise<void> {
  const day = journalDayNow(dayStartHour)
  const shown: Read[] = [
    ...START.map((channel) => ({ channel, input: undefined })),
    { channel: 'acknowledgements:list', input: { day } },
  ]
  if (placeFromHash(window.location.hash).screen === 'today') {
    shown.push(...todayReads(day))
    if (!welcomeDismissed) shown.push({ channel: 'journal:status', input: undefined })
  }
  const ready = askAhead(client, shown)
  // After the screen's questions: the main process answers in the order asked, and the first
  // analysis after start would hold every answer behind it.
  void askAhead(client, [{ channel: 'insights:get', input: { asOf: day } }])
  return ready
}

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element')
const hints = startHints()
// The theme the last run had, from the first frame; the settings as read follow (App.tsx).
applyTheme(hints.theme)
const client = createQueryClient()
const started = askAtStart(client, hints)
createRoot(root).render(
  <StrictMode>
    <App client={client} started={started} />
  </StrictMode>,
)
