/**
 * One day of the journal: its check-ins (add, edit, delete with undo) and its day record.
 * A delete is real at once; Undo brings the check-in back whole (checkins:restore).
 */
import { ArrowLeft, ChevronLeft, ChevronRight, Plus } from 'lucide-react'
import { useCallback, useEffect, useRef, useState } from 'react'
import { addDaysToDay } from '../../../../shared/days'
import type { Checkin } from '../../../../shared/domain'
import { api, messageOf, unwrap } from '../../api'
import { useQuery } from '../../hooks'
import { useJournal } from '../../journal-context'
import { CheckinEditor } from './CheckinEditor'
import { DayRecordCard } from '../today/DayRecordCard'
import { CheckinItem } from './CheckinItem'
import { dayTitle, formatAverage, timeOf } from './history-format'

interface Props {
  day: string
  today: string
  onBack: () => void
  onGoToDay: (day: string) => void
}

type Editing = { kind: 'new' } | { kind: 'edit'; checkin: Checkin } | null

function nowTime(): string {
  const now = new Date()
  return `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`
}

export function DayView({ day, today, onBack, onGoToDay }: Props) {
  const { catalog, settings, refreshCatalog } = useJournal()
  const list = useQuery(() => unwrap(api.listCheckins({ from: day, to: day })), day, messageOf)
  const [editing, setEditing] = useState<Editing>(null)
  const [deleted, setDeleted] = useState<Checkin | null>(null)
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const heading = useRef<HTMLHeadingElement>(null)
  const undoButton = useRef<HTMLButtonElement>(null)
  const addButton = useRef<HTMLButtonElement>(null)
  const checkins = list.loading ? undefined : list.data

  useEffect(() => heading.current?.focus(), [])
  useEffect(() => {
    if (deleted) undoButton.current?.focus()
  }, [deleted])

  // A trigger or remedy added on another screen since the catalog was read: read it again.
  const unknownEntry = (checkins ?? []).some(
    (c) =>
      c.triggerIds.some((id) => !catalog.triggers.some((t) => t.id === id)) ||
      c.remedies.some((u) => !catalog.remedies.some((r) => r.id === u.remedyId)),
  )
  useEffect(() => {
    if (unknownEntry) void refreshCatalog().catch(() => undefined)
  }, [unknownEntry, refreshCatalog])

  const onSaved = useCallback(
    (saved: Checkin) => {
      setEditing(null)
      setDeleted(null)
      setStatus(
        saved.day === day
          ? `Saved: pain ${saved.pain} at ${timeOf(saved.at)}.`
          : `Saved: pain ${saved.pain} at ${timeOf(saved.at)}, which counts for ${dayTitle(saved.day)}.`,
      )
      list.reload()
      addButton.current?.focus()
    },
    [day, list],
  )

  const remove = async (c: Checkin) => {
    setBusy(true)
    setError(null)
    setStatus(null)
    try {
      await unwrap(api.deleteCheckin({ id: c.id }))
      setDeleted(c)
      list.reload()
    } catch (e) {
      setError(`The check-in at ${timeOf(c.at)} was not deleted. ${messageOf(e)}`)
    } finally {
      setBusy(false)
    }
  }

  const undo = async () => {
    if (!deleted) return
    setBusy(true)
    setError(null)
    try {
      const back = await unwrap(api.restoreCheckin({ id: deleted.id }))
      setDeleted(null)
      setStatus(`Brought back the check-in at ${timeOf(back.at)}.`)
      list.reload()
      addButton.current?.focus()
    } catch (e) {
      setError(`The check-in could not be brought back. ${messageOf(e)}`)
    } finally {
      setBusy(false)
    }
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
            onClick={() => {
              setEditing({ kind: 'new' })
              setStatus(null)
            }}
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
        {deleted && (
          <div className="undo-bar" role="status">
            <span>
              Deleted the check-in at {timeOf(deleted.at)} (pain {deleted.pain}).
            </span>
            <button
              ref={undoButton}
              type="button"
              className="button small"
              onClick={() => void undo()}
              disabled={busy}
            >
              Undo
            </button>
          </div>
        )}
        <p role="status" className="status">
          {status}
        </p>
        {(error ?? list.error) && (
          <div className="alert" role="alert">
            <strong>Something went wrong.</strong> {error ?? list.error}
          </div>
        )}
        {editing?.kind === 'new' && (
          <CheckinEditor
            day={day}
            dayStartHour={settings.dayStartHour}
            editing={null}
            defaultTime={day === today ? nowTime() : '12:00'}
            onSaved={onSaved}
            onCancel={() => setEditing(null)}
          />
        )}
        {checkins && checkins.length === 0 && editing === null && (
          <p className="empty">No check-ins on this day. Add one if you remember how it went.</p>
        )}
        {checkins && checkins.length > 0 && (
          <ul className="checkin-list" aria-label={`Check-ins on ${dayTitle(day)}`}>
            {checkins.map((c) =>
              editing?.kind === 'edit' && editing.checkin.id === c.id ? (
                <li key={c.id} className="history-checkin">
                  <CheckinEditor
                    day={day}
                    dayStartHour={settings.dayStartHour}
                    editing={c}
                    defaultTime={timeOf(c.at)}
                    onSaved={onSaved}
                    onCancel={() => setEditing(null)}
                  />
                </li>
              ) : (
                <CheckinItem
                  key={c.id}
                  checkin={c}
                  catalog={catalog}
                  busy={busy || editing !== null}
                  onEdit={() => {
                    setEditing({ kind: 'edit', checkin: c })
                    setStatus(null)
                  }}
                  onDelete={() => void remove(c)}
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
