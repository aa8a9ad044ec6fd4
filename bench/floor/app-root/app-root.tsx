/** The floor's second script: app-start.tsx's modules, and one button in place of the app. */
import '../../../src/renderer/src/zod-jitless'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '../../../src/renderer/src/App'
import { askAhead, createQueryClient } from '../../../src/renderer/src/queries'
import '../../../src/renderer/src/page-styles'

export function showRoot(root: HTMLElement): void {
  // An entry's unused exports are dropped, and with them the code only they reach: held.
  window.__appModules?.push(App, askAhead, createQueryClient())
  createRoot(root).render(
    <StrictMode>
      <button type="button">Check in</button>
    </StrictMode>,
  )
}
