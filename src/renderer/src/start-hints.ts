/**
 * The settings the first screen depends on before the settings themselves are read — the
 * day-start hour (which journal day "today" is), whether the welcome was hidden (whether Today
 * asks if the journal is empty) and the theme (so a dark journal does not open light and then
 * switch) — remembered from the last run, so the app can ask everything at start at once and
 * draw in the right colours from the first frame. Only these three values are kept (never
 * anything recorded); without them (a first start) the defaults stand in, and a wrong guess
 * costs a question asked for nothing or one frame in the other theme: the screens always use the
 * settings as read.
 */
import { DEFAULT_SETTINGS, settings, type Settings } from '../../shared/schemas'

export type StartHints = Pick<Settings, 'dayStartHour' | 'welcomeDismissed' | 'theme'>

const KEY = 'pain-journal:start-hints'
/** Checked as the settings themselves are: a hint out of range is no hint. */
const kept = settings.pick({ dayStartHour: true, welcomeDismissed: true, theme: true })
const DEFAULTS: StartHints = {
  dayStartHour: DEFAULT_SETTINGS.dayStartHour,
  welcomeDismissed: DEFAULT_SETTINGS.welcomeDismissed,
  theme: DEFAULT_SETTINGS.theme,
}

export function startHints(): StartHints {
  try {
    const read = kept.safeParse(JSON.parse(localStorage.getItem(KEY) ?? 'null'))
    return read.success ? read.data : DEFAULTS
  } catch {
    // Storage turned off or its text damaged: start as on a first run.
    return DEFAULTS
  }
}

/** Keeps the person's own journal's values for the next start (the sample's are not theirs). */
export function rememberStartHints(hints: StartHints): void {
  const now = startHints()
  if ((Object.keys(DEFAULTS) as (keyof StartHints)[]).every((k) => now[k] === hints[k])) return
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
