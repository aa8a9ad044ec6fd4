/**
 * Every screen but Today loads its script when first opened (Trends with its charts), so the app
 * starts with Today's code alone to parse and run (npm run bench: "Today ready"). Once the app is
 * idle after start, the scripts are fetched and run ahead of the first visit, Trends first: a
 * first visit then only draws. Screens change in a transition (App.tsx), so the screen being
 * left stays up while a script still loads; no "Loading" placeholder flashes in between.
 */
import { lazy } from 'react'

const loaders = {
  trends: () => import('./features/trends/TrendsScreen'),
  history: () => import('./features/history/HistoryScreen'),
  report: () => import('./features/report/ReportScreen'),
  settings: () => import('./features/settings/SettingsScreen'),
}

export const TrendsScreen = lazy(() => loaders.trends().then((m) => ({ default: m.TrendsScreen })))
export const HistoryScreen = lazy(() =>
  loaders.history().then((m) => ({ default: m.HistoryScreen })),
)
export const ReportScreen = lazy(() => loaders.report().then((m) => ({ default: m.ReportScreen })))
export const SettingsScreen = lazy(() =>
  loaders.settings().then((m) => ({ default: m.SettingsScreen })),
)

/**
 * Loads every screen's script when the page is next idle; returns what cancels it. A script
 * loaded here is the one `lazy` asks for later (the browser keeps one copy of each module).
 */
export function prefetchScreensWhenIdle(): () => void {
  const handle = requestIdleCallback(() => {
    for (const load of Object.values(loaders)) void load().catch(() => undefined)
  })
  return () => cancelIdleCallback(handle)
}
