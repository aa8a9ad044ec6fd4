/**
 * What Today asks the main process for a journal day, in one list: the app asks it all at
 * start, beside the settings (main.tsx), so Today is ready after one round trip
 * instead of two. The views ask with these same keys and find the answers (or the calls under
 * way) in the cache; tests/e2e/start-calls.spec.ts holds each asked once.
 */
import type { Read } from '../../queries'
import { recentFrom } from './RecentDays'

/** The check-ins of the two-week strip, which also hold today's list. */
export const recentRange = (today: string) => ({ from: recentFrom(today), to: today })

/**
 * Today's own questions: its list, the day record, and the form's "last time". The insights
 * panel and the doctor banner share the warning-sign notice's insights and acknowledgements,
 * asked on every screen (main.tsx).
 */
export const todayReads = (day: string): Read[] => [
  { channel: 'checkins:list', input: recentRange(day) },
  { channel: 'days:get', input: { day } },
  { channel: 'checkins:last', input: undefined },
  { channel: 'remedies:last-doses', input: undefined },
]
