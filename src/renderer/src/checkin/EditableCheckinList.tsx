/**
 * A day's check-ins as a card: the day's worst, average and count, then each check-in in the
 * order it happened, correctable in full in place (the one check-in form) or deleted with Undo.
 * Today's list and History's day view are both this card; only their words and look differ.
 */
import { Plus } from 'lucide-react'
import { useCallback, useId, useRef, useState } from 'react'
import type { Checkin } from '../../../shared/domain'
import { formatDayTitle } from '../../../shared/days'
import { formatStampClock } from '../../../shared/locale-format'
import { oneDecimal } from '../../../shared/stats/format'
import { PainChip } from '../components/PainChip'
import { useJournal } from '../journal-context'
import { CheckinForm } from './CheckinForm'
import { CheckinItem } from './CheckinItem'
import type { CheckinFormMode } from './checkin-mode'
import { UndoBar } from './UndoBar'
import { useDeleteWithUndo } from './use-delete-with-undo'

interface Props {
  /** The day listed: a check-in saved for another day (a night check-in) says so. */
  day: string
  checkins: Checkin[] | undefined
  error: string | null
  heading: string
  headingLevel: 2 | 3
  /** The list's accessible name. */
  listLabel: string
  /** "Worst today" or "Worst". */
  worstLabel: string
  empty: string
  look: 'summary' | 'facts'
  /** Offers "Add a check-in", with a form of this mode. */
  newCheckin?: () => CheckinFormMode
}

/** The form open, if any: a new check-in (no id) or the correction of one. Its mode is made once
 * per opening, so the form keeps its draft while the list re-renders. */
type Editing = { id: number | null; mode: CheckinFormMode } | null

/** What a saved check-in is said as, the same on every list. */
function savedWords(saved: Checkin, edited: boolean, day: string): string {
  const what = `${edited ? 'Saved your changes' : 'Saved'}: pain ${saved.pain} at ${formatStampClock(saved.at)}`
  return saved.day === day ? `${what}.` : `${what}, which counts for ${formatDayTitle(saved.day)}.`
}

export function EditableCheckinList(props: Props) {
  const { day, checkins, error, heading, headingLevel, listLabel, look, newCheckin } = props
  const { catalog } = useJournal()
  const [editing, setEditing] = useState<Editing>(null)
  const [status, setStatus] = useState<string | null>(null)
  const deletion = useDeleteWithUndo()
  const addButton = useRef<HTMLButtonElement>(null)
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const formHeading = headingLevel === 2 ? 3 : 4
  const headingId = useId()
  const scores = (checkins ?? []).map((c) => c.pain)
  const worst = Math.max(...scores)

  const open = (next: Editing) => {
    setEditing(next)
    setStatus(null)
    deletion.clear()
  }
  const close = useCallback(() => {
    setEditing(null)
    addButton.current?.focus()
  }, [])
  const onSaved = (saved: Checkin) => {
    setStatus(savedWords(saved, editing?.id != null, day))
    deletion.clear()
    close()
  }
  const form = (mode: CheckinFormMode) => (
    <CheckinForm mode={mode} onSaved={onSaved} onCancel={close} headingLevel={formHeading} />
  )

  return (
    <section className="card day-checkins" aria-labelledby={headingId}>
      <div className="section-head">
        <Heading id={headingId}>{heading}</Heading>
        {newCheckin && (
          <button
            ref={addButton}
            type="button"
            className="button small"
            disabled={editing !== null}
            onClick={() => open({ id: null, mode: newCheckin() })}
          >
            <Plus size={18} aria-hidden="true" /> Add a check-in
          </button>
        )}
      </div>
      {error && (
        <div className="alert" role="alert">
          <strong>Could not load the check-ins.</strong> {error}
        </div>
      )}
      {scores.length > 0 && (
        <p className="summary-line day-summary">
          <span>
            {props.worstLabel}:{' '}
            <PainChip score={worst} label={`${props.worstLabel}: ${worst} out of 10`} />
          </span>
          <span>
            Average:{' '}
            <strong className="num day-summary-value" data-testid="day-average">
              {oneDecimal(scores.reduce((a, b) => a + b, 0) / scores.length)}
            </strong>
          </span>
          <span>
            Check-ins: <strong className="num day-summary-value">{scores.length}</strong>
          </span>
        </p>
      )}
      <UndoBar state={deletion} />
      <p role="status" className="status">
        {deletion.status ?? status}
      </p>
      {editing && editing.id === null && form(editing.mode)}
      {checkins && checkins.length === 0 && editing === null && (
        <p className="empty">{props.empty}</p>
      )}
      {checkins && checkins.length > 0 && (
        <ul className="checkin-list" aria-label={listLabel}>
          {checkins.map((c) =>
            editing?.id === c.id ? (
              <li key={c.id} className="checkin-editing" data-checkin-id={c.id}>
                {form(editing.mode)}
              </li>
            ) : (
              <CheckinItem
                key={c.id}
                look={look}
                checkin={c}
                catalog={catalog}
                busy={deletion.busy || editing !== null}
                onEdit={() => open({ id: c.id, mode: { kind: 'edit', checkin: c } })}
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
  )
}
