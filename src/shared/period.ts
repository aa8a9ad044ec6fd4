/**
 * The period rule (issue 16, one voice): a period of days, as Trends, History's lists and the
 * report ask for one, starts no later than it ends and ends no later than today. The contract's
 * schemas check the first part (schemas.ts periodInOrder); both period pickers check all of it
 * here, so the screens and the journal refuse the same periods, in the same words.
 */
import { formatDayShort } from './days'

/** A period of days; `from` null means from the first day anything was logged. */
export interface Period {
  from: string | null
  to: string
}

export const PERIOD_ORDER_MESSAGE = 'The start of the period must not be after its end'

/** True when the period's start is not after its end (an open start always is). */
export function startNotAfterEnd({ from, to }: Period): boolean {
  return from === null || from <= to
}

/** Which date of a period is at fault, and what is wrong, in a sentence. */
export interface PeriodFault {
  field: 'from' | 'to'
  message: string
}

/** What is wrong with a period of valid days as of `today` (the journal day), or null. */
export function periodFault(period: Period, today: string): PeriodFault | null {
  if (period.to > today) {
    return {
      field: 'to',
      message: `The period cannot end after today (${formatDayShort(today)}). Choose an end date up to today.`,
    }
  }
  if (!startNotAfterEnd(period)) return { field: 'from', message: `${PERIOD_ORDER_MESSAGE}.` }
  return null
}
