/**
 * The app itself, loaded by the page's first script (main.tsx) once it has asked what the first
 * screen shows: a cache holding those answers as they come, and React.
 */
import './zod-jitless'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import type { FirstAsks } from './first-asks'
import { askAhead, createQueryClient } from './queries'
// After the components' own styles, as it always was: the page's rules win a tie.
import './page-styles'

/**
 * Starts the app in `root`; the screen shows once the answers it waits for are in. Usually they
 * are by its first drawing: they crossed while this code loaded, and an answer that came while
 * it was still starting is taken in before React draws (its drawing is a task of its own, after
 * theirs). Then the first drawing is the screen with its data, not the sidebar alone and the
 * screen a frame later. Otherwise the sidebar shows at once and the screen when they come.
 */
export function startApp(root: HTMLElement, { shown, later }: FirstAsks): void {
  const client = createQueryClient()
  const started = askAhead(client, shown)
  void askAhead(client, later)
  let startedIn = false
  void started.then(() => (startedIn = true))
  createRoot(root).render(
    <StrictMode>
      <App client={client} started={started} startedYet={() => startedIn} />
    </StrictMode>,
  )
}
