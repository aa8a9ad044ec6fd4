/**
 * The start hints as kept (start-hints.ts), checked: pure, so that the unit tests hold the check
 * to the settings schema's own (tests/unit/start-hints.test.ts). By hand, not with zod: the page's
 * first script reads them, and zod is most of a hundred kilobytes to load and run first.
 */
import { THEMES } from '../../shared/domain'
import { DEFAULT_DAY_START_HOUR, MAX_DAY_START_HOUR } from '../../shared/journal-day'
import type { Settings } from '../../shared/settings-schema'

export type StartHints = Pick<Settings, 'dayStartHour' | 'welcomeDismissed' | 'theme'>

export const DEFAULT_HINTS: StartHints = {
  dayStartHour: DEFAULT_DAY_START_HOUR,
  welcomeDismissed: false,
  theme: 'system',
}

/** The hints in `text` as kept, or null when they are not three values the settings allow. */
export function readHints(text: string | null): StartHints | null {
  let value: unknown
  try {
    value = JSON.parse(text ?? 'null')
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const { dayStartHour, welcomeDismissed, theme } = value as Record<string, unknown>
  if (
    typeof dayStartHour !== 'number' ||
    !Number.isInteger(dayStartHour) ||
    dayStartHour < 0 ||
    dayStartHour > MAX_DAY_START_HOUR ||
    typeof welcomeDismissed !== 'boolean' ||
    !(THEMES as readonly unknown[]).includes(theme)
  ) {
    return null
  }
  return { dayStartHour, welcomeDismissed, theme: theme as Settings['theme'] }
}
