/**
 * Today: record a pain score in seconds (digit, then Ctrl/Cmd+Enter), or a full check-in under
 * "Add details"; see today's check-ins with the day's worst and average; fill in the day record.
 * The journal day follows the day-start hour setting, so 01:30 still counts for yesterday.
 */
import { useCallback, useState } from 'react'
import { format } from 'date-fns'
import { parseDay } from '../../../../shared/days'
import { journalDayAt } from '../../../../shared/journal-day'
import { useJournal } from '../../journal-context'
import { useApiQuery } from '../../queries'
import { CheckinForm } from '../../checkin/CheckinForm'
import type { CheckinFormMode } from '../../checkin/checkin-mode'
import { DoctorBanner } from './DoctorBanner'
import { InsightsPanel } from './InsightsPanel'
import { DayRecordCard } from './DayRecordCard'
import { TodayCheckins } from './TodayCheckins'
import './today.css'

const NOW: CheckinFormMode = { kind: 'now' }

export function TodayScreen() {
  const { dayStartHour } = useJournal().settings
  const [today, setToday] = useState(() => journalDayAt(new Date(), dayStartHour))
  const todays = useApiQuery('checkins:list', { from: today, to: today })
  const onSaved = useCallback(
    (_saved: unknown, at: Date) => setToday(journalDayAt(at, dayStartHour)),
    [dayStartHour],
  )

  return (
    <div className="today">
      <header className="today-header">
        <h1>Today</h1>
        <p className="today-date" data-testid="journal-day" data-day={today}>
          {format(parseDay(today), 'EEEE d MMMM yyyy')}
        </p>
      </header>
      <DoctorBanner asOf={today} />
      <div className="today-layout">
        <div className="today-capture">
          <CheckinForm mode={NOW} onSaved={onSaved} />
        </div>
        {/* The current episode, flags and guidance: below the form, never in the way. */}
        <InsightsPanel asOf={today} />
        <div className="today-record">
          <TodayCheckins checkins={todays.data} error={todays.error} />
          <DayRecordCard day={today} isToday title="Your day as a whole" headingLevel={2} />
        </div>
      </div>
    </div>
  )
}
