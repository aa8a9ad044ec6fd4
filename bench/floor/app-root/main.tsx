/**
 * The floor of "Today ready for input", in the words: a bare page that renders the same
 * bundle's React root with one button. It loads and runs the same code as the app's page, the
 * same way: the first script's modules (src/renderer/src/main.tsx: the start hints, the first
 * questions), then the app's (app-start.tsx) by the same dynamic import, all built by
 * the renderer's own config (bench/floor/app-root.config.ts: the same minifying and chunking).
 * It asks nothing and its React root shows one button, in StrictMode. What Today takes beyond
 * it is asking, waiting for the answers and drawing the screen.
 */
import { askFirst } from '../../../src/renderer/src/first-asks'
import { applyTheme, startHints } from '../../../src/renderer/src/start-hints'

declare global {
  interface Window {
    /** Held by the page, so that the build keeps (and the page runs) all the app's code. */
    __appModules?: unknown[]
  }
}

const root = document.getElementById('root')!
applyTheme(startHints().theme)
window.__appModules = [askFirst]
void import('./app-root').then(({ showRoot }) => showRoot(root))
