/**
 * One day of the journal: its check-ins (add, correct in full, delete with Undo) and its day
 * record. Adding and correcting use the one check-in form Today uses (src/renderer/src/checkin).
 */
import { ArrowLeft, ChevronLeft, ChevronRight } from 'lucide-react'
import { useEffect, useRef } from 'react'
import { addDaysToDay } from '../../../../shared/days'
import { timeNow } from '../../checkin/checkin-time'
import { useJournal } from '../../journal-context'
import { useApiQuery } from '../../queries'
import { DayRecordCard } from '../../checkin/DayRecordCard'
import { EditableCheckinList } from '../../checkin/EditableCheckinList'
import { dayTitle } from './history-format'

interface Props {
  day: string
  today: string
  onBack: () => void
  onGoToDay: (day: string) => void
}

export function DayView({ day, today, onBack, onGoToDay }: Props) {
  const { catalog, refreshCatalog } = useJournal()
  const list = useApiQuery('checkins:list', { from: day, to: day })
  const heading = useRef<HTMLHeadingElement>(null)
  const checkins = list.loading ? undefined : list.data

  useEffect(() => heading.current?.focus(), [])

  // A trigger or remedy added on another screen since the catalog was read: read it again.
  const unknownEntry = (checkins ?? []).some(
    (c) =>
      c.triggerIds.some((id) => !catalog.triggers.some((t) => t.id === id)) ||
      c.remedies.some((u) => !catalog.remedies.some((r) => r.id === u.remedyId)),
  )
  useEffect(() => {
    if (unknownEntry) void refreshCatalog().catch(() => undefined)
  }, [unknownEntry, refreshCatalog])

  const next = addDaysToDay(day, 1)

  return (
    <div
      className="day-view"
      onKeyDown={(event) => {
        // Not from inside a form, nor while a check-in form is open anywhere on the day:
        // Escape must never drop what is being typed.
        const inForm = event.target instanceof Element && event.target.closest('form') !== null
        const checkinOpen = event.currentTarget.querySelector('form.checkin-form') !== null
        if (event.key === 'Escape' && !inForm && !checkinOpen) onBack()
      }}
    >
      <div className="button-row day-nav">
        <button type="button" className="button small" onClick={onBack}>
          <ArrowLeft size={18} aria-hidden="true" /> Back to the calendar
        </button>
        <span className="day-nav-spacer" />
        <button
          type="button"
          className="button small"
          onClick={() => onGoToDay(addDaysToDay(day, -1))}
        >
          <ChevronLeft size={18} aria-hidden="true" /> Day before
        </button>
        <button
          type="button"
          className="button small"
          disabled={next > today}
          onClick={() => onGoToDay(next)}
        >
          Day after <ChevronRight size={18} aria-hidden="true" />
        </button>
      </div>
      <h2 ref={heading} tabIndex={-1} className="day-title">
        {dayTitle(day)}
        {day === today && <span className="muted"> · today</span>}
      </h2>

      <EditableCheckinList
        day={day}
        checkins={checkins}
        error={list.error}
        heading="Check-ins"
        headingLevel={3}
        listLabel={`Check-ins on ${dayTitle(day)}`}
        worstLabel="Worst"
        empty="No check-ins on this day. Add one if you remember how it went."
        look="facts"
        newCheckin={() => ({
          kind: 'day',
          day,
          defaultTime: day === today ? timeNow(new Date()) : '12:00',
        })}
      />

      <DayRecordCard
        day={day}
        isToday={day === today}
        title="The day as a whole"
        headingLevel={3}
      />
    </div>
  )
}
