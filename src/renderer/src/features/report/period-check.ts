/**
 * What is wrong with a report's period, in words for the person choosing it, or null. The
 * contract's own rules (start before end, at most MAX_REPORT_DAYS) come from its schema, so the
 * screen and the journal refuse the same periods; a period ending after today is refused here,
 * where "today" is the person's journal day.
 */
import { formatDayShort } from '../../../../shared/days'
import { reportOptions, type ReportOptions } from '../../../../shared/report/options'

/** The period's fault: the date field it belongs to, and what is wrong, in words. */
export interface PeriodFault {
  field: 'from' | 'to'
  message: string
}

export function periodFault(options: ReportOptions, today: string): PeriodFault | null {
  if (options.to > today) {
    return {
      field: 'to',
      message: `The period cannot end after today (${formatDayShort(today)}). Choose an end date up to today.`,
    }
  }
  const checked = reportOptions.safeParse(options)
  if (checked.success) return null
  const issue = checked.error.issues.find((i) => i.path[0] === 'from' || i.path[0] === 'to')
  return issue
    ? { field: issue.path[0] === 'from' ? 'from' : 'to', message: `${issue.message}.` }
    : null
}

export function periodProblem(options: ReportOptions, today: string): string | null {
  return periodFault(options, today)?.message ?? null
}
