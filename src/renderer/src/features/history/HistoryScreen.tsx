/**
 * History: a month calendar of worst pain with marks for spasms, warning signs and episode
 * days; any past day opens to its check-ins and day record; below, the list of episodes.
 * Only the month on screen is read, so ten years of data cost the same as one.
 */
import { ChevronLeft, ChevronRight } from 'lucide-react'
import { useCallback, useMemo, useState } from 'react'
import type { DaySummary } from '../../../../shared/history-schemas'
import { lastDayOfMonth, monthOfDay, sameDayInMonth } from '../../../../shared/months'
import { plural } from '../../../../shared/stats/format'
import { useJournal } from '../../journal-context'
import { useJournalToday } from '../../journal-today'
import { useApiQuery } from '../../queries'
import { CalendarLegend } from './CalendarLegend'
import { DayView } from './DayView'
import { EpisodeList } from './EpisodeList'
import { formatMonthTitle } from '../../../../shared/months'
import { MonthCalendar } from './MonthCalendar'
import './history.css'

export function HistoryScreen() {
  const today = useJournalToday()
  const [activeDay, setActiveDay] = useState(today)
  const [openDay, setOpenDay] = useState<string | null>(null)
  const [focusRequest, setFocusRequest] = useState<{ day: string } | null>(null)
  const month = monthOfDay(activeDay)
  const thisMonth = monthOfDay(today)

  /** Moves the tab stop; months after the current one hold nothing, so they are not shown. */
  const move = useCallback(
    (day: string, focus: boolean) => {
      const next = day > lastDayOfMonth(monthOfDay(today)) ? null : day
      if (next === null) return
      setActiveDay(next)
      if (focus) setFocusRequest({ day: next })
    },
    [today],
  )

  if (openDay !== null) {
    return (
      <>
        <h1>History</h1>
        <DayView
          key={openDay}
          day={openDay}
          today={today}
          onGoToDay={setOpenDay}
          onBack={() => {
            setOpenDay(null)
            setActiveDay(openDay)
            setFocusRequest({ day: openDay })
          }}
        />
      </>
    )
  }

  return (
    <>
      <h1>History</h1>
      <MonthView
        month={month}
        thisMonth={thisMonth}
        today={today}
        activeDay={activeDay}
        focusRequest={focusRequest}
        onMove={move}
        onOpen={setOpenDay}
      />
      <EpisodeList today={today} onShowDay={(day) => move(day, true)} />
    </>
  )
}

interface MonthViewProps {
  month: string
  thisMonth: string
  today: string
  activeDay: string
  focusRequest: { day: string } | null
  onMove: (day: string, focus: boolean) => void
  onOpen: (day: string) => void
}

function MonthView(props: MonthViewProps) {
  const { month, thisMonth, today, activeDay, focusRequest, onMove, onOpen } = props
  const { navigate } = useJournal()
  const query = useApiQuery('history:month', { month, asOf: today })
  const summaries = useMemo(
    () => new Map<string, DaySummary>((query.data ?? []).map((d) => [d.day, d])),
    [query.data],
  )
  const recorded = query.loading ? [] : (query.data ?? []).filter((d) => d.worst !== null)
  const highest = recorded.reduce((max, d) => Math.max(max, d.worst ?? 0), 0)

  return (
    <section className="card history-month" aria-labelledby="history-month-title">
      <div className="calendar-header">
        <h2 id="history-month-title" aria-live="polite">
          {formatMonthTitle(month)}
        </h2>
        <div className="button-row">
          <button
            type="button"
            className="button small"
            onClick={() => onMove(sameDayInMonth(activeDay, -1), false)}
          >
            <ChevronLeft size={18} aria-hidden="true" /> Previous month
          </button>
          <button type="button" className="button small" onClick={() => onMove(today, false)}>
            This month
          </button>
          <button
            type="button"
            className="button small"
            disabled={month >= thisMonth}
            onClick={() => onMove(sameDayInMonth(activeDay, 1), false)}
          >
            Next month <ChevronRight size={18} aria-hidden="true" />
          </button>
        </div>
      </div>
      {query.error && (
        <div className="alert" role="alert">
          <strong>This month could not be read.</strong> {query.error}
        </div>
      )}
      <MonthCalendar
        month={month}
        today={today}
        activeDay={activeDay}
        summaries={summaries}
        loading={query.loading}
        focusRequest={focusRequest}
        onMove={(day) => onMove(day, true)}
        onOpen={onOpen}
      />
      <p className="field-hint calendar-hint">
        Arrow keys move between days, Page Up and Page Down between months. Press Enter to open a
        day.
      </p>
      <CalendarLegend />
      {!query.loading && !query.error && recorded.length > 0 && (
        <p className="month-summary">
          {plural(recorded.length, 'day')} recorded in {formatMonthTitle(month)}; the highest pain
          was {highest}.
        </p>
      )}
      {!query.loading && !query.error && recorded.length === 0 && (
        <div className="month-empty">
          <p className="empty">
            Nothing recorded in {formatMonthTitle(month)}
            {month === thisMonth
              ? ' yet. Log how you feel on Today, or open a day here to add a check-in.'
              : '. Open a day to add a check-in to it.'}
          </p>
          {month === thisMonth && (
            <button type="button" className="button small" onClick={() => navigate('today')}>
              Go to Today
            </button>
          )}
        </div>
      )}
    </section>
  )
}
