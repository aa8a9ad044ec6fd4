/**
 * The once-a-day items: sleep, how much pain got in the way of enjoying life and of usual
 * activities (with the day's average pain, these are the PEG questions), minutes walked, a day
 * note. Saved with its own button; unsaved changes survive leaving the screen. Today shows it
 * for today, History for any day (asked about "that day" rather than "today").
 */
import { useRef, useState, type KeyboardEvent } from 'react'
import type { DayRecord } from '../../../shared/domain'
import { fieldIssues, fieldMessages, type FieldErrors } from '../../../shared/field-issues'
import { fromTo } from '../../../shared/range-words'
import { readOptionalNumber } from '../../../shared/typed-number'
import {
  dayRecord as dayRecordSchema,
  MAX_NOTE_LENGTH,
  MINUTES_PER_DAY,
} from '../../../shared/schemas'
import { CharactersLeft } from '../components/CharactersLeft'
import { useFocusFirstInvalid } from '../components/focus-first-invalid'
import { useJournal } from '../journal-context'
import { useApiQuery } from '../queries'
import { useRememberedState } from '../remembered-state'
import { useSave } from '../use-save'
import { useWrite } from '../writes'
import { CHECKIN_WORDS } from './checkin-draft'
import { ScoreScale } from './ScoreScale'
import './day-record.css'

interface DayDraft {
  sleepQuality: number | null
  enjoymentInterference: number | null
  activityInterference: number | null
  minutesWalked: string
  note: string
}

function draftOf(record: DayRecord | null): DayDraft {
  return {
    sleepQuality: record?.sleepQuality ?? null,
    enjoymentInterference: record?.enjoymentInterference ?? null,
    activityInterference: record?.activityInterference ?? null,
    minutesWalked: record?.minutesWalked === null || !record ? '' : String(record.minutesWalked),
    note: record?.note ?? '',
  }
}

/** The check-in's words (the note), and the day's own. */
const MESSAGES: Record<string, string> = {
  ...CHECKIN_WORDS,
  minutesWalked: `Write the minutes walked as a whole number ${fromTo(0, MINUTES_PER_DAY)}, or leave it empty.`,
}

interface Props {
  day: string
  /** True when `day` is the journal's today: the questions say "today", else "that day". */
  isToday: boolean
  title: string
  /** The card's heading level: 2 on Today, 3 under the day's title in History. */
  headingLevel: 2 | 3
}

function wording(isToday: boolean) {
  const when = isToday ? 'today' : 'that day'
  return {
    sleep: isToday
      ? 'How well did you sleep last night?'
      : 'How well did you sleep the night before?',
    enjoyment: `How much did pain get in the way of enjoying life ${when}?`,
    activity: `How much did pain get in the way of your usual activities ${when}?`,
    walked: `Minutes walked ${when}`,
  }
}

export function DayRecordCard({ day, isToday, title, headingLevel }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const words = wording(isToday)
  const { info } = useJournal()
  const stored = useApiQuery('days:get', { day })
  // null = no unsaved edits: show what is stored.
  const [edits, setEdits] = useRememberedState<DayDraft | null>(
    `${info.databasePath}#day#${day}`,
    null,
  )
  const [errors, setErrors] = useState<FieldErrors>({})
  const [clientError, setClientError] = useState<string | null>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const refused = useFocusFirstInvalid(formRef)
  const write = useWrite()
  const store = useSave({
    onRefused: (issues) => {
      setErrors(fieldMessages(issues, MESSAGES))
      refused()
    },
  })
  const saving = store.state.busy
  const status = store.state.status
  const formError = clientError ?? store.state.error

  const shown = edits ?? draftOf(stored.data ?? null)
  const edit = (patch: Partial<DayDraft>) => {
    setEdits({ ...shown, ...patch })
    store.say(null)
  }

  const save = async () => {
    const record = {
      day,
      sleepQuality: shown.sleepQuality,
      enjoymentInterference: shown.enjoymentInterference,
      activityInterference: shown.activityInterference,
      minutesWalked: readOptionalNumber(shown.minutesWalked),
      note: shown.note,
    }
    const parsed = dayRecordSchema.safeParse(record)
    if (!parsed.success) {
      setErrors(fieldMessages(fieldIssues(parsed.error.issues), MESSAGES))
      setClientError('Something needs another look; see the note beside it.')
      refused()
      return
    }
    setErrors({})
    setClientError(null)
    // The answer is the day as stored: the card shows it without asking again.
    await store.run(async () => {
      await write('days:save', parsed.data)
      setEdits(null)
    }, 'Saved your day.')
  }

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    // Ctrl/Cmd+Enter here saves the day, not the check-in above.
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      event.stopPropagation()
      void save()
    }
  }

  return (
    <form
      ref={formRef}
      className="card day-record"
      aria-labelledby="day-record-heading"
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      <Heading id="day-record-heading">{title}</Heading>
      <p className="field-hint">Once a day is enough; you can come back and change it.</p>
      {stored.error && (
        <div className="alert" role="alert">
          <strong>Could not load your day.</strong> {stored.error}
        </div>
      )}
      {stored.data === undefined && !stored.error && <p className="muted">Loading your day…</p>}
      <div className={`day-record-fields${stored.data === undefined ? ' is-loading' : ''}`}>
        <div className="day-record-scales">
          <ScoreScale
            kind="plain"
            legend={words.sleep}
            low="very badly"
            high="very well"
            value={shown.sleepQuality}
            onChange={(sleepQuality) => edit({ sleepQuality })}
            error={errors['sleepQuality']}
          />
          <ScoreScale
            kind="plain"
            legend={words.enjoyment}
            low="not at all"
            high="completely"
            value={shown.enjoymentInterference}
            onChange={(enjoymentInterference) => edit({ enjoymentInterference })}
            error={errors['enjoymentInterference']}
          />
          <ScoreScale
            kind="plain"
            legend={words.activity}
            low="not at all"
            high="completely"
            value={shown.activityInterference}
            onChange={(activityInterference) => edit({ activityInterference })}
            error={errors['activityInterference']}
          />
        </div>
        <div className="field">
          <label htmlFor="day-minutes-walked">{words.walked}</label>
          <input
            id="day-minutes-walked"
            type="text"
            inputMode="numeric"
            className="short-input"
            value={shown.minutesWalked}
            onChange={(e) => edit({ minutesWalked: e.target.value })}
            aria-invalid={errors['minutesWalked'] ? true : undefined}
            aria-describedby={errors['minutesWalked'] ? 'day-minutes-walked-error' : undefined}
          />
          {errors['minutesWalked'] && (
            <span id="day-minutes-walked-error" className="field-error">
              {errors['minutesWalked']}
            </span>
          )}
        </div>
        <div className="field">
          <label htmlFor="day-note">Day note</label>
          <textarea
            id="day-note"
            dir="auto"
            value={shown.note}
            onChange={(e) => edit({ note: e.target.value })}
            placeholder="How the day went, in a line or two (optional)"
            aria-invalid={errors['note'] ? true : undefined}
            aria-describedby={`${errors['note'] ? 'day-note-error ' : ''}day-note-left`}
          />
          <CharactersLeft id="day-note-left" value={shown.note} max={MAX_NOTE_LENGTH} />
          {errors['note'] && (
            <span id="day-note-error" className="field-error">
              {errors['note']}
            </span>
          )}
        </div>
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={saving || stored.loading}>
          {saving ? 'Saving…' : 'Save day'}
        </button>
        {edits && !status && <span className="field-hint">Not saved yet.</span>}
        <span aria-live="polite" className="status">
          {status}
        </span>
      </div>
      {formError && (
        <div className="alert" role="alert">
          <strong>Your day was not saved.</strong> {formError}
        </div>
      )}
    </form>
  )
}
