/**
 * A day's check-ins as a card: the day's worst, average and count, then each check-in in the
 * order it happened, correctable in full in place (the one check-in form) or deleted with Undo.
 * Today's list and History's day view are both this card; only their words and look differ.
 */
import { Plus } from 'lucide-react'
import { useId, useState } from 'react'
import type { Checkin } from '../../../shared/domain'
import { formatDayTitle } from '../../../shared/days'
import { formatStampClock } from '../../../shared/locale-format'
import { dayNumbers } from '../../../shared/stats/daily'
import { oneDecimal } from '../../../shared/stats/format'
import { painScoreWords } from '../../../shared/pain-scale'
import { useFocusWhenReady } from '../components/focus-first-invalid'
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

/** The Edit button of a listed check-in: where the focus goes back to after it is corrected. */
const editButtonOf = (id: number) => `li[data-checkin-id="${id}"] .edit-checkin`

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
  // The form or the Undo button the focus was on goes away: it comes back to the check-in.
  const focusBack = useFocusWhenReady({ onlyIfLost: true })
  const deletion = useDeleteWithUndo({ onBack: (c) => focusBack(editButtonOf(c.id)) })
  const addId = useId()
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const formHeading = headingLevel === 2 ? 3 : 4
  const headingId = useId()
  const summary = dayNumbers(checkins ?? [])

  const open = (next: Editing) => {
    setEditing(next)
    setStatus(null)
    deletion.clear()
  }
  /** Closes the form; the focus goes to the check-in (when there is one), else to "Add". */
  const close = (checkinId: number | null) => {
    setEditing(null)
    focusBack(checkinId === null ? `#${CSS.escape(addId)}` : editButtonOf(checkinId))
  }
  const onSaved = (saved: Checkin) => {
    setStatus(savedWords(saved, editing?.id != null, day))
    deletion.clear()
    close(saved.id)
  }
  const form = (mode: CheckinFormMode) => (
    <CheckinForm
      mode={mode}
      onSaved={onSaved}
      onCancel={() => close(editing?.id ?? null)}
      headingLevel={formHeading}
    />
  )

  return (
    <section className="card day-checkins" aria-labelledby={headingId}>
      <div className="section-head">
        <Heading id={headingId}>{heading}</Heading>
        {newCheckin && (
          <button
            id={addId}
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
      {summary && (
        <p className="summary-line day-summary">
          <span>
            {props.worstLabel}:{' '}
            <PainChip
              score={summary.worst}
              label={`${props.worstLabel}: ${painScoreWords(summary.worst)}`}
            />
          </span>
          <span>
            Average:{' '}
            <strong className="num day-summary-value" data-testid="day-average">
              {oneDecimal(summary.average)}
            </strong>
          </span>
          <span>
            Check-ins: <strong className="num day-summary-value">{summary.count}</strong>
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
