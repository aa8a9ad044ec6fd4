/**
 * "I have seen a doctor about this": a button that opens a small form (the day of the visit, an
 * optional note). Saving it steps the notice it sits in down to a quiet line (DESIGN.md section
 * 2); a warning sign recorded after the visit raises the notice again.
 */
import { useId, useState } from 'react'
import { isValidDay } from '../../../../shared/days'
import { MAX_VISIT_NOTE_LENGTH } from '../../../../shared/insights-schema'
import { futureDayProblem, latestDay } from '../../../../shared/not-future'
import { CharactersLeft } from '../../components/CharactersLeft'
import { useJournal } from '../../journal-context'
import { useSave } from '../../use-save'
import { useWrite } from '../../writes'
import { shortDay } from './insights-words'
import { NotSaved } from '../../components/NotSaved'

/** The visit this window recorded last, until what replaces the form takes the focus. */
let justRecorded: number | null = null

/** True once for the visit just recorded here: the quiet line that appears then takes focus. */
export function wasJustRecorded(visitId: number): boolean {
  const was = justRecorded === visitId
  if (was) justRecorded = null
  return was
}

interface Props {
  /** Today (the journal day): the latest day a visit can have been. */
  asOf: string
  /** The first day a visit answers what the notice is about. */
  from: string
  /** What happened on `from`, to say why earlier days do not count. */
  fromWhat: string
}

export function SeenDoctor({ asOf, from, fromWhat }: Props) {
  const { settings } = useJournal()
  const [open, setOpen] = useState(false)
  const [day, setDay] = useState(asOf)
  const [note, setNote] = useState('')
  const [dayError, setDayError] = useState<string | null>(null)
  const write = useWrite()
  const visit = useSave()
  // Busy until the form gives way to what the visit changed (it stays busy after a save).
  const busy = visit.state.busy || visit.state.status !== null
  const error = visit.state.error
  const id = useId()

  if (!open) {
    return (
      <button type="button" className="button seen-doctor-open" onClick={() => setOpen(true)}>
        I have seen a doctor about this
      </button>
    )
  }

  const check = (value: string): string | null => {
    if (!isValidDay(value)) return 'Choose the day of the visit.'
    // The router's rule and words: by the journal day, as Today shows it.
    const future = futureDayProblem(value, new Date(), settings.dayStartHour)
    if (future) return future
    if (value < from) {
      return `Choose a day from ${shortDay(from, asOf)} on: a visit before ${fromWhat} cannot answer it.`
    }
    return null
  }

  const save = async () => {
    const problem = check(day)
    setDayError(problem)
    visit.reset()
    if (problem) return
    await visit.run(async () => {
      const added = await write('visits:add', { day, note })
      justRecorded = added.id
    }, 'Saved the visit.')
  }

  return (
    <form
      className="seen-doctor-form"
      aria-label="The doctor visit"
      noValidate
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-day`}>Day of the visit</label>
        <input
          id={`${id}-day`}
          type="date"
          min={from}
          max={latestDay(new Date(), settings.dayStartHour)}
          value={day}
          required
          aria-invalid={dayError ? true : undefined}
          aria-describedby={`${id}-day-hint${dayError ? ` ${id}-day-error` : ''}`}
          onChange={(e) => {
            setDay(e.target.value)
            setDayError(null)
          }}
        />
        <span className="field-hint" id={`${id}-day-hint`}>
          From {shortDay(from, asOf)} ({fromWhat}) to today.
        </span>
        {dayError && (
          <span className="field-error" id={`${id}-day-error`}>
            {dayError}
          </span>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-note`}>Note (optional)</label>
        <textarea
          id={`${id}-note`}
          dir="auto"
          rows={2}
          value={note}
          placeholder="What the doctor said, or the next step"
          aria-describedby={`${id}-note-left`}
          onChange={(e) => setNote(e.target.value)}
        />
        <CharactersLeft id={`${id}-note-left`} value={note} max={MAX_VISIT_NOTE_LENGTH} />
      </div>
      <div className="button-row">
        <button type="submit" className="button primary" disabled={busy}>
          Save the visit
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
      <NotSaved error={error} />
    </form>
  )
}
