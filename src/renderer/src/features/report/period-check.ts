/**
 * What is wrong with a report's period, in words for the person choosing it, or null. The period
 * rule both pickers follow (start not after end, end not after today, where "today" is the journal
 * day) is shared/period.ts; the report's own limit (at most MAX_REPORT_DAYS) comes from its
 * schema, so the screen and the journal refuse the same periods.
 */
import { periodFault as periodRuleFault, type PeriodFault } from '../../../../shared/period'
import { reportOptions, type ReportOptions } from '../../../../shared/report/options'

export function periodFault(options: ReportOptions, today: string): PeriodFault | null {
  const fault = periodRuleFault(options, today)
  if (fault) return fault
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
