import { askFirst } from './first-asks'
import { applyTheme, startHints } from './start-hints'

/**
 * The page's first script: small (no React, no zod), so that it runs as soon as the page has
 * it. It sends everything the first screen shows before the app's code is loaded and started
 * (first-asks.ts): the answers then cross from the main process while that code loads, compiles
 * and runs, instead of after it. Then it loads the app (app-start.tsx), which takes the answers
 * into its cache and shows the screen once they are in. Its code and styles are listed in
 * index.html (preloadAppStart in electron.vite.config.ts), so they load while this runs.
 */
const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element')
const hints = startHints()
// The theme the last run had, from the first frame; the settings as read follow (App.tsx).
applyTheme(hints.theme)
const asked = askFirst(hints)
void import('./app-start').then(({ startApp }) => startApp(root, asked))
