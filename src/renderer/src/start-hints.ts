/**
 * The two settings the first screen's questions depend on — the day-start hour (which journal
 * day "today" is) and whether the welcome was hidden (whether Today asks if the journal is
 * empty) — remembered from the last run, so the app can ask everything at start at once instead
 * of waiting for the settings first. Only these two values are kept (never anything recorded);
 * without them (a first start) the defaults stand in, and a wrong guess only costs a question
 * asked for nothing: the screens always use the settings as read.
 */
import type { Settings } from '../../shared/schemas'
import { DEFAULT_DAY_START_HOUR, MAX_DAY_START_HOUR } from '../../shared/journal-day'

export type StartHints = Pick<Settings, 'dayStartHour' | 'welcomeDismissed'>

const KEY = 'pain-journal:start-hints'
const DEFAULTS: StartHints = { dayStartHour: DEFAULT_DAY_START_HOUR, welcomeDismissed: false }

export function startHints(): StartHints {
  try {
    const kept: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null')
    if (typeof kept !== 'object' || kept === null) return DEFAULTS
    const { dayStartHour, welcomeDismissed } = kept as Record<string, unknown>
    const hourOk =
      Number.isInteger(dayStartHour) &&
      (dayStartHour as number) >= 0 &&
      (dayStartHour as number) <= MAX_DAY_START_HOUR
    return {
      dayStartHour: hourOk ? (dayStartHour as number) : DEFAULTS.dayStartHour,
      welcomeDismissed: welcomeDismissed === true,
    }
  } catch {
    // Storage turned off or its text damaged: start as on a first run.
    return DEFAULTS
  }
}

/** Keeps the person's own journal's values for the next start (the sample's are not theirs). */
export function rememberStartHints({ dayStartHour, welcomeDismissed }: StartHints): void {
  const kept = startHints()
  if (kept.dayStartHour === dayStartHour && kept.welcomeDismissed === welcomeDismissed) return
  try {
    localStorage.setItem(KEY, JSON.stringify({ dayStartHour, welcomeDismissed }))
  } catch {
    // Not kept: the next start guesses with the defaults.
  }
}
