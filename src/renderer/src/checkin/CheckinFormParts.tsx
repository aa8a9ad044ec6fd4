/**
 * The parts of the check-in form around the pain score: the time (a form for a chosen day or an
 * edit), the note, the bar that folds the details away, and the save bar that stays in view.
 */
import type { ReactNode } from 'react'
import { formatHour } from '../../../shared/locale-format'
import { MAX_NOTE_LENGTH } from '../../../shared/schemas'
import { plural } from '../../../shared/stats/format'
import { CharactersLeft } from '../components/CharactersLeft'
import { hasDetails, type CheckinDraft } from './checkin-draft'

/** The time of a check-in on a chosen day; ids follow the form's (`${id}-time…`). */
export function CheckinTimeField({
  id,
  value,
  dayStartHour,
  error,
  onChange,
}: {
  id: string
  value: string
  dayStartHour: number
  error: string | undefined
  onChange: (time: string) => void
}) {
  return (
    <div className="field checkin-time-field">
      <label htmlFor={`${id}-time`}>Time</label>
      <input
        id={`${id}-time`}
        type="time"
        required
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-time-hint${error ? ` ${id}-time-error` : ''}`}
      />
      <span id={`${id}-time-hint`} className="field-hint">
        Times before {formatHour(dayStartHour)} count as the night after this day.
      </span>
      {error && (
        <span id={`${id}-time-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  )
}

/** The check-in's note; ids follow the form's (`${id}-note…`). */
export function CheckinNoteField({
  id,
  value,
  error,
  onChange,
}: {
  id: string
  value: string
  error: string | undefined
  onChange: (note: string) => void
}) {
  return (
    <div className="field">
      <label htmlFor={`${id}-note`}>Note (optional)</label>
      <textarea
        id={`${id}-note`}
        dir="auto"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder="Anything worth remembering about this moment"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${error ? `${id}-note-error ` : ''}${id}-note-left`}
      />
      <CharactersLeft id={`${id}-note-left`} value={value} max={MAX_NOTE_LENGTH} />
      {error && (
        <span id={`${id}-note-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  )
}

const SAME_AS_LAST_HINT =
  'Fills in where it hurt, the spasm, when and the triggers of your last check-in, and offers ' +
  'what you tried then: medicines count only when you tick them'

/** "Add details" with how many are filled in, and "Same as last time" where it is offered. */
export function DetailsBar({
  id,
  draft,
  open,
  onToggle,
  onSameAsLast,
}: {
  id: string
  draft: CheckinDraft
  open: boolean
  onToggle: () => void
  onSameAsLast: (() => void) | null
}) {
  const detailCount = [
    draft.spasm !== null,
    draft.context !== null,
    draft.regions.length > 0,
    draft.triggerIds.length > 0,
    draft.remedies.length > 0,
    draft.redFlags.length > 0,
  ].filter(Boolean).length
  return (
    <div className="details-bar">
      <button
        type="button"
        className="button disclosure"
        aria-expanded={open}
        aria-controls={`${id}-details`}
        onClick={onToggle}
      >
        <span className="disclosure-arrow" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        Add details
      </button>
      <span className="field-hint">
        {hasDetails(draft)
          ? `${plural(detailCount, 'detail')} filled in`
          : 'Spasm, where it hurts, triggers, what you tried, warning signs'}
      </span>
      {onSameAsLast && (
        <button
          type="button"
          className="button same-as-last"
          onClick={onSameAsLast}
          title={SAME_AS_LAST_HINT}
          aria-describedby={`${id}-same-as-last-hint`}
        >
          Same as last time
        </button>
      )}
      <span id={`${id}-same-as-last-hint`} className="visually-hidden">
        {SAME_AS_LAST_HINT}
      </span>
    </div>
  )
}

/** Save (and Cancel), what the last save did, and why a save was refused or needs a yes. */
export function SaveBar({
  saving,
  saveLabel,
  onCancel,
  status,
  formError,
  children,
}: {
  saving: boolean
  saveLabel: string
  onCancel: (() => void) | null
  status: string | null
  formError: string | null
  children?: ReactNode
}) {
  return (
    <div className="save-bar">
      <div className="button-row">
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? 'Saving…' : saveLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
        <span role="status" className="status">
          {status}
        </span>
      </div>
      {formError && (
        <div className="alert" role="alert">
          <strong>Not saved.</strong> {formError}
        </div>
      )}
      {children}
    </div>
  )
}
