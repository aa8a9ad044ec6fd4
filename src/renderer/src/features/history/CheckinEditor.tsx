/**
 * Adds a check-in to a past day, or edits one: time of day, pain and note. Editing sends the
 * whole check-in back with its id, so its regions, triggers, remedies and warning signs stay
 * as they were. What was typed stays in the form when a save fails.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Checkin } from '../../../../shared/domain'
import { futureCheckinProblem } from '../../../../shared/not-future'
import { MAX_NOTE_LENGTH } from '../../../../shared/schemas'
import { api, messageOf, unwrap } from '../../api'
import { CharactersLeft } from '../../components/CharactersLeft'
import { PainSelector } from '../../components/PainSelector'
import { useSaveShortcut } from '../../hooks'
import { atForDayAndTime, timeOf } from './history-format'

interface Props {
  day: string
  dayStartHour: number
  /** The check-in being edited; null to add a new one. */
  editing: Checkin | null
  defaultTime: string
  onSaved: (saved: Checkin) => void
  onCancel: () => void
}

export function CheckinEditor({
  day,
  dayStartHour,
  editing,
  defaultTime,
  onSaved,
  onCancel,
}: Props) {
  const [time, setTime] = useState(editing ? timeOf(editing.at) : defaultTime)
  const [pain, setPain] = useState<number | null>(editing?.pain ?? null)
  const [note, setNote] = useState(editing?.note ?? '')
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const form = useRef<HTMLFormElement>(null)
  const label = editing ? `Edit the check-in at ${timeOf(editing.at)}` : 'New check-in for this day'

  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>('input[type="time"]')?.focus()
  }, [])

  const save = useCallback(async () => {
    if (saving) return
    if (!/^\d{2}:\d{2}$/.test(time)) return setError('Enter a time, like 09:30.')
    if (pain === null) return setError('Choose a pain score from 0 to 10.')
    // An unchanged time keeps the stamp exactly as recorded (with its original offset).
    const at =
      editing && timeOf(editing.at) === time ? editing.at : atForDayAndTime(day, time, dayStartHour)
    const future = futureCheckinProblem(at, new Date())
    if (future !== null) return setError(future)
    setSaving(true)
    setError(null)
    try {
      const saved = await unwrap(
        api.saveCheckin(
          editing
            ? {
                id: editing.id,
                at,
                pain,
                spasm: editing.spasm,
                regions: editing.regions,
                context: editing.context,
                triggerIds: editing.triggerIds,
                remedies: editing.remedies,
                redFlags: editing.redFlags,
                note,
              }
            : { at, pain, note },
        ),
      )
      onSaved(saved)
    } catch (e) {
      setError(messageOf(e))
      setSaving(false)
    }
  }, [saving, time, pain, note, editing, day, dayStartHour, onSaved])

  const onShortcut = useCallback(() => void save(), [save])
  useSaveShortcut(onShortcut)

  return (
    <form
      ref={form}
      className="history-editor"
      noValidate
      aria-label={label}
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation()
          onCancel()
        }
      }}
    >
      <h3>{label}</h3>
      <div className="field history-time">
        <label htmlFor="history-checkin-time">Time</label>
        <input
          id="history-checkin-time"
          type="time"
          required
          value={time}
          onChange={(e) => setTime(e.target.value)}
          aria-describedby="history-time-hint"
        />
        <span id="history-time-hint" className="field-hint">
          Times before {String(dayStartHour).padStart(2, '0')}:00 count as the night after this day.
        </span>
      </div>
      <PainSelector
        value={pain}
        onChange={(score) => {
          setPain(score)
          setError(null)
        }}
        legend="How bad was the pain?"
        name="history-pain"
      />
      <div className="field">
        <label htmlFor="history-checkin-note">Note (optional)</label>
        <textarea
          id="history-checkin-note"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          aria-describedby="history-checkin-note-left"
        />
        <CharactersLeft id="history-checkin-note-left" value={note} max={MAX_NOTE_LENGTH} />
      </div>
      {editing && (
        <p className="field-hint">
          Where it hurt, triggers, remedies and warning signs stay as they were.
        </p>
      )}
      {error && (
        <div className="alert" role="alert">
          <strong>Not saved.</strong> {error}
        </div>
      )}
      <div className="button-row">
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save check-in'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
