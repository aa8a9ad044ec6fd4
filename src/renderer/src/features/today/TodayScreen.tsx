/**
 * Today: record a pain score in seconds (digit, then Ctrl/Cmd+Enter), or a full check-in under
 * "Add details"; see the last two weeks at a glance and today's check-ins with the day's worst
 * and average, before the episode and its guidance; fill in the day record.
 * The journal day follows the day-start hour setting, so 01:30 still counts for yesterday.
 */
import { useMemo } from 'react'
import { formatDayTitle } from '../../../../shared/days'
import { recheckJournalDay, useJournalToday } from '../../journal-today'
import { useAfterFirstPaint } from '../../hooks'
import { useApiQuery } from '../../queries'
import { CheckinForm } from '../../checkin/CheckinForm'
import { EditableCheckinList } from '../../checkin/EditableCheckinList'
import type { CheckinFormMode } from '../../checkin/checkin-mode'
import { DoctorBanner } from './DoctorBanner'
import { InsightsPanel } from './InsightsPanel'
import { DayRecordCard } from '../../checkin/DayRecordCard'
import { RecentDays } from './RecentDays'
import { recentRange } from '../../today-reads'
import './today.css'

const NOW: CheckinFormMode = { kind: 'now' }

export function TodayScreen() {
  const today = useJournalToday()
  // One read serves the two-week strip and today's list.
  const recent = useApiQuery('checkins:list', recentRange(today))
  const todays = useMemo(() => recent.data?.filter((c) => c.day === today), [recent.data, today])
  // The episode, guidance and day record are below the fold, and the strip's table is not seen:
  // drawn once the form and list show.
  const belowTheFold = useAfterFirstPaint()

  return (
    <div className="today">
      <header className="today-header">
        <h1>Today</h1>
        <p className="today-date" data-testid="journal-day" data-day={today}>
          {formatDayTitle(today)}
        </p>
        <RecentDays today={today} checkins={recent.data} withTable={belowTheFold} />
      </header>
      <DoctorBanner asOf={today} />
      <div className="today-layout">
        <div className="today-capture">
          <CheckinForm mode={NOW} onSaved={recheckJournalDay} />
        </div>
        {/* What the person just did comes first; the episode, flags and guidance after it. */}
        <div className="today-record">
          <EditableCheckinList
            day={today}
            checkins={todays}
            error={recent.error}
            heading="Today’s check-ins"
            headingLevel={2}
            listLabel="Check-ins today"
            worstLabel="Worst today"
            empty="Nothing recorded today yet. Pick a number above to log how you feel."
            look="summary"
          />
        </div>
        {belowTheFold && (
          <>
            <InsightsPanel asOf={today} />
            <div className="today-record">
              <DayRecordCard day={today} isToday title="Your day as a whole" headingLevel={2} />
            </div>
          </>
        )}
      </div>
    </div>
  )
}
