/** Adding and removing reminder times: pure, so the rules (format, duplicates, six at most) are unit-tested. */
import { formatClock, formatWhole } from '../../../../shared/locale-format'
import { MAX_REMINDERS } from '../../../../shared/reminders'
import { CLOCK_TIME_PATTERN } from '../../../../shared/timestamp'

export type AddResult = { ok: true; times: string[] } | { ok: false; error: string }

/** The list with `time` added, kept in clock order, or why it cannot be added. */
export function addReminderTime(times: readonly string[], time: string): AddResult {
  const value = time.trim().slice(0, 5)
  if (!CLOCK_TIME_PATTERN.test(value))
    return { ok: false, error: `Pick a time, like ${formatClock('20:00')}.` }
  if (times.includes(value))
    return { ok: false, error: `You already have a reminder at ${formatClock(value)}.` }
  if (times.length >= MAX_REMINDERS)
    return { ok: false, error: `You can have up to ${formatWhole(MAX_REMINDERS)} reminders a day.` }
  return { ok: true, times: [...times, value].sort() }
}

export function removeReminderTime(times: readonly string[], time: string): string[] {
  return times.filter((t) => t !== time)
}
