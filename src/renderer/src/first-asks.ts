/**
 * What the screen the app opens on shows, worked out and asked by the page's first script
 * (main.tsx) before the rest of the app has loaded: the start-up answers, the warning-sign notice
 * above every screen and, on Today, its own questions and the welcome's. The answers cross from
 * the main process while the app's code is still loading and starting; app-start.tsx puts them
 * into the cache under the keys the views ask with, so nothing is asked twice
 * (tests/e2e/start-calls.spec.ts). Nothing here loads React or zod: it is all the page has to
 * load before it asks.
 */
import { journalDayAt } from '../../shared/journal-day'
import { callApi } from './api'
import { todayReads } from './today-reads'
import { placeFromHash } from './places'
import type { Asked, Read } from './queries'
import type { StartHints } from './start-hints'

/** What the app reads before it shows a screen: kept in the cache, updated by the writes. */
export const START = ['settings:get', 'catalog:get', 'app:info'] as const

export interface FirstAsks {
  /** What the screen shows: it waits for these. */
  shown: Asked[]
  /** The insights: not waited for (the first analysis after start takes a while). */
  later: Asked[]
}

function ask(read: Read): Asked {
  const answer = callApi(read.channel, read.input)
  // A refusal is shown by the view that asks, once the app has started: not an unhandled one.
  answer.catch(() => {})
  return { ...read, answer }
}

/**
 * Today's day comes from the clock as the screen works it out, with the settings the last run
 * kept (start-hints.ts). Another screen's questions wait for it: it may never be opened.
 */
export function askFirst({ dayStartHour, welcomeDismissed }: StartHints): FirstAsks {
  // The day as journal-today.ts works it out (without React, which that module loads).
  const day = journalDayAt(new Date(), dayStartHour)
  const shown: Read[] = [
    ...START.map((channel) => ({ channel, input: undefined })),
    { channel: 'acknowledgements:list', input: { day } },
  ]
  if (placeFromHash(window.location.hash).screen === 'today') {
    shown.push(...todayReads(day))
    if (!welcomeDismissed) shown.push({ channel: 'journal:status', input: undefined })
  }
  // After the screen's questions: the main process answers in the order asked, and the first
  // analysis after start would hold every answer behind it.
  return {
    shown: shown.map(ask),
    later: [ask({ channel: 'insights:get', input: { asOf: day } })],
  }
}
