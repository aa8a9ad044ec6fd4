/**
 * The two settings the first screen's questions depend on — the day-start hour (which journal
 * day "today" is) and whether the welcome was hidden (whether Today asks if the journal is
 * empty) — remembered from the last run, so the app can ask everything at start at once instead
 * of waiting for the settings first. Only these two values are kept (never anything recorded);
 * without them (a first start) the defaults stand in, and a wrong guess only costs a question
 * asked for nothing: the screens always use the settings as read.
 */
import { DEFAULT_SETTINGS, settings, type Settings } from '../../shared/schemas'

export type StartHints = Pick<Settings, 'dayStartHour' | 'welcomeDismissed'>

const KEY = 'pain-journal:start-hints'
/** Checked as the settings themselves are: a hint out of range is no hint. */
const kept = settings.pick({ dayStartHour: true, welcomeDismissed: true })
const DEFAULTS: StartHints = {
  dayStartHour: DEFAULT_SETTINGS.dayStartHour,
  welcomeDismissed: DEFAULT_SETTINGS.welcomeDismissed,
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
export function rememberStartHints({ dayStartHour, welcomeDismissed }: StartHints): void {
  const now = startHints()
  if (now.dayStartHour === dayStartHour && now.welcomeDismissed === welcomeDismissed) return
  try {
    localStorage.setItem(KEY, JSON.stringify({ dayStartHour, welcomeDismissed }))
  } catch {
    // Not kept: the next start guesses with the defaults.
  }
}
