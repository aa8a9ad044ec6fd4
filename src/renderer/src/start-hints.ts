/**
 * The settings the first screen depends on before the settings themselves are read — the
 * day-start hour (which journal day "today" is), whether the welcome was hidden (whether Today
 * asks if the journal is empty) and the theme (so a dark journal does not open light and then
 * switch) — remembered from the last run, so the app can ask everything at start at once and
 * draw in the right colours from the first frame. Only these three values are kept (never
 * anything recorded); without them (a first start) the defaults stand in, and a wrong guess
 * costs a question asked for nothing or one frame in the other theme: the screens always use the
 * settings as read.
 *
 * Read by the page's first script (main.tsx), which sends the first screen's questions before
 * the rest of the app has loaded: so no zod here (start-hints-read.ts checks them by hand).
 */
import type { Settings } from '../../shared/settings-schema'
import { DEFAULT_HINTS, readHints, type StartHints } from './start-hints-read'

export type { StartHints }

const KEY = 'pain-journal:start-hints'

export function startHints(): StartHints {
  try {
    return readHints(localStorage.getItem(KEY)) ?? DEFAULT_HINTS
  } catch {
    // Storage turned off or its text damaged: start as on a first run.
    return DEFAULT_HINTS
  }
}

/** Keeps the person's own journal's values for the next start (the sample's are not theirs). */
export function rememberStartHints(hints: StartHints): void {
  const now = startHints()
  if ((Object.keys(DEFAULT_HINTS) as (keyof StartHints)[]).every((k) => now[k] === hints[k])) return
  const { dayStartHour, welcomeDismissed, theme } = hints
  try {
    localStorage.setItem(KEY, JSON.stringify({ dayStartHour, welcomeDismissed, theme }))
  } catch {
    // Not kept: the next start guesses with the defaults.
  }
}

/** Shows the page in `theme`: 'system' follows the operating system (styles.css). */
export function applyTheme(theme: Settings['theme']): void {
  if (theme === 'system') delete document.documentElement.dataset['theme']
  else document.documentElement.dataset['theme'] = theme
}
