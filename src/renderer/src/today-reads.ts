/**
 * What Today asks the main process for a journal day, in one list: the app asks it all at
 * start, beside the settings (first-asks.ts), so Today is ready after one round trip
 * instead of two. The views ask with these same keys and find the answers (or the calls under
 * way) in the cache; tests/e2e/start-calls.spec.ts holds each asked once.
 */
import { addDaysToDay } from '../../shared/days'
import type { Read } from './queries'

/** The days the two-week strip (RecentDays) shows. */
export const RECENT_DAYS = 14

/**
 * The first day of the strip that ends on `today`. Here, not beside the strip, so that the page's
 * first script (main.tsx), which works out what Today asks, loads no component.
 */
export function recentFrom(today: string): string {
  return addDaysToDay(today, -(RECENT_DAYS - 1))
}

/** The check-ins of the two-week strip, which also hold today's list. */
export const recentRange = (today: string) => ({ from: recentFrom(today), to: today })

/**
 * Today's own questions: its list, the day record, and the form's "last time". The insights
 * panel and the doctor banner share the warning-sign notice's insights and acknowledgements,
 * asked on every screen (first-asks.ts).
 */
export const todayReads = (day: string): Read[] => [
  { channel: 'checkins:list', input: recentRange(day) },
  { channel: 'days:get', input: { day } },
  { channel: 'checkins:last', input: undefined },
  { channel: 'remedies:last-doses', input: undefined },
]
