/**
 * One day of the journal: its check-ins (add, correct in full, delete with Undo) and its day
 * record. Adding and correcting use the one check-in form Today uses (src/renderer/src/checkin).
 */
import { ArrowLeft, ChevronLeft, ChevronRight, Plus } from 'lucide-react'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { addDaysToDay } from '../../../../shared/days'
import type { Checkin } from '../../../../shared/domain'
import { CheckinForm } from '../../checkin/CheckinForm'
import type { CheckinFormMode } from '../../checkin/checkin-mode'
import { formatStampClock } from '../../../../shared/locale-format'
import { timeNow } from '../../checkin/checkin-time'
import { UndoBar } from '../../checkin/UndoBar'
import { useDeleteWithUndo } from '../../checkin/use-delete-with-undo'
import { useJournal } from '../../journal-context'
import { useApiQuery } from '../../queries'
import { DayRecordCard } from '../../checkin/DayRecordCard'
import { CheckinItem } from '../../checkin/CheckinItem'
import { dayTitle, formatAverage } from './history-format'

interface Props {
  day: string
  today: string
  onBack: () => void
  onGoToDay: (day: string) => void
}

type Editing = { kind: 'new' } | { kind: 'edit'; checkin: Checkin } | null

export function DayView({ day, today, onBack, onGoToDay }: Props) {
  const { catalog, refreshCatalog } = useJournal()
  const list = useApiQuery('checkins:list', { from: day, to: day })
  const [editing, setEditing] = useState<Editing>(null)
  const deletion = useDeleteWithUndo()
  const [status, setStatus] = useState<string | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const addButton = useRef<HTMLButtonElement>(null)
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

  // One mode object per form opened, so the form keeps its draft while the day re-renders.
  const formMode = useMemo<CheckinFormMode | null>(() => {
    if (editing?.kind === 'new') {
      return { kind: 'day', day, defaultTime: day === today ? timeNow(new Date()) : '12:00' }
    }
    return editing?.kind === 'edit' ? { kind: 'edit', checkin: editing.checkin } : null
  }, [editing, day, today])

  const onSaved = useCallback(
    (saved: Checkin) => {
      setEditing(null)
      deletion.clear()
      setStatus(
        saved.day === day
          ? `Saved: pain ${saved.pain} at ${formatStampClock(saved.at)}.`
          : `Saved: pain ${saved.pain} at ${formatStampClock(saved.at)}, which counts for ${dayTitle(saved.day)}.`,
      )
      addButton.current?.focus()
    },
    // deletion.clear only calls setters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [day],
  )
  const close = () => {
    setEditing(null)
    addButton.current?.focus()
  }
  const open = (next: Editing) => {
    setEditing(next)
    setStatus(null)
    deletion.clear()
  }

  const scores = (checkins ?? []).map((c) => c.pain)
  const next = addDaysToDay(day, 1)

  return (
    <div
      className="day-view"
      onKeyDown={(event) => {
        // Not from inside a form: Escape must never drop what is being typed.
        const inForm = event.target instanceof Element && event.target.closest('form') !== null
        if (event.key === 'Escape' && editing === null && !inForm) onBack()
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

      <section className="card" aria-labelledby="day-checkins-heading">
        <div className="section-head">
          <h3 id="day-checkins-heading">Check-ins</h3>
          <button
            ref={addButton}
            type="button"
            className="button small"
            disabled={editing !== null}
            onClick={() => open({ kind: 'new' })}
          >
            <Plus size={18} aria-hidden="true" /> Add a check-in
          </button>
        </div>
        {scores.length > 0 && (
          <p className="summary-line">
            <span>
              Worst: <strong className="num">{Math.max(...scores)}</strong>
            </span>
            <span>
              Average:{' '}
              <strong className="num">
                {formatAverage(scores.reduce((a, b) => a + b, 0) / scores.length)}
              </strong>
            </span>
            <span>
              Check-ins: <strong className="num">{scores.length}</strong>
            </span>
          </p>
        )}
        <UndoBar state={deletion} />
        <p role="status" className="status">
          {deletion.status ?? status}
        </p>
        {list.error && (
          <div className="alert" role="alert">
            <strong>Something went wrong.</strong> {list.error}
          </div>
        )}
        {editing?.kind === 'new' && formMode && (
          <CheckinForm mode={formMode} onSaved={onSaved} onCancel={close} headingLevel={4} />
        )}
        {checkins && checkins.length === 0 && editing === null && (
          <p className="empty">No check-ins on this day. Add one if you remember how it went.</p>
        )}
        {checkins && checkins.length > 0 && (
          <ul className="checkin-list" aria-label={`Check-ins on ${dayTitle(day)}`}>
            {checkins.map((c) =>
              editing?.kind === 'edit' && editing.checkin.id === c.id && formMode ? (
                <li key={c.id} className="history-checkin">
                  <CheckinForm
                    mode={formMode}
                    onSaved={onSaved}
                    onCancel={close}
                    headingLevel={4}
                  />
                </li>
              ) : (
                <CheckinItem
                  key={c.id}
                  look="facts"
                  checkin={c}
                  catalog={catalog}
                  busy={deletion.busy || editing !== null}
                  onEdit={() => open({ kind: 'edit', checkin: c })}
                  onDelete={() => {
                    setStatus(null)
                    void deletion.remove(c)
                  }}
                />
              ),
            )}
          </ul>
        )}
      </section>

      <DayRecordCard
        day={day}
        isToday={day === today}
        title="The day as a whole"
        headingLevel={3}
      />
    </div>
  )
}
