/**
 * What History asks first for a journal day: the month it falls in, and the episodes. The app
 * asks them as History is opened (App.tsx, askOnOpening), while History's script loads; the views ask
 * with these same keys (HistoryScreen's MonthView, EpisodeList) and find the answers, or the
 * calls under way, in the cache. tests/e2e/start-calls.spec.ts holds each asked once.
 */
import { monthOfDay } from '../../../../shared/months'
import type { Read } from '../../queries'

export const historyReads = (today: string): Read[] => [
  { channel: 'history:month', input: { month: monthOfDay(today), asOf: today } },
  { channel: 'episodes:list', input: { asOf: today } },
]
