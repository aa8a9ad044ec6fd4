/**
 * Daily reminders and how Pain Journal lives on the desktop. The main process re-reads these
 * settings after every save (tray, login item, reminder timer), so saving is all this does.
 */
import { formatClock } from '../../../../shared/locale-format'
import { useRef, useState } from 'react'
import type { Settings } from '../../../../shared/settings-schema'
import { useFocusFirstInvalid } from '../../components/focus-first-invalid'
import { useJournal } from '../../journal-context'
import { MAX_REMINDERS } from '../../../../shared/reminders'
import { addReminderTime, removeReminderTime } from './reminder-times'
import { useSave } from '../../use-save'
import { SettingsCard } from './SettingsCard'
import './RemindersSection.css'
import { NotSaved } from '../../components/NotSaved'

type Reminders = Settings['reminders']

export function RemindersSection() {
  const { settings, updateSettings } = useJournal()
  const { state, run } = useSave()
  // Shown at once; set back if the save fails.
  const [reminders, setReminders] = useState<Reminders>(settings.reminders)
  const [draft, setDraft] = useState('20:00')
  const [addError, setAddError] = useState<string | null>(null)
  const addForm = useRef<HTMLFormElement>(null)
  const refused = useFocusFirstInvalid(addForm)

  const save = async (next: Reminders, done: string) => {
    setReminders(next)
    if (!(await run(() => updateSettings({ reminders: next }), done)))
      setReminders(settings.reminders)
  }
  const add = () => {
    const result = addReminderTime(reminders.times, draft)
    if (!result.ok) {
      setAddError(result.error)
      refused()
      return
    }
    setAddError(null)
    void save(
      { ...reminders, times: result.times },
      `Saved. You will be reminded at ${formatClock(draft)}.`,
    )
  }

  return (
    <SettingsCard section="reminders">
      <p className="field-hint">
        If you have not logged a check-in by one of these times, Pain Journal sends one quiet
        notification. It stays silent on days you already logged.
      </p>
      {reminders.times.length === 0 ? (
        <p className="muted">No reminders yet.</p>
      ) : (
        <ul className="reminder-list" aria-label="Reminder times">
          {reminders.times.map((time) => (
            <li key={time} className="reminder-row">
              <span className="num">{formatClock(time)}</span>
              <button
                type="button"
                className="button small"
                aria-label={`Remove the ${formatClock(time)} reminder`}
                onClick={() =>
                  void save(
                    { ...reminders, times: removeReminderTime(reminders.times, time) },
                    `Saved. The ${formatClock(time)} reminder is gone.`,
                  )
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        ref={addForm}
        noValidate
        className="reminder-add"
        onSubmit={(event) => {
          event.preventDefault()
          add()
        }}
      >
        <div className="field">
          <label htmlFor="reminder-time">Remind me at</label>
          {/* The time and its button on one line, centred on each other; the hint under both. */}
          <div className="button-row">
            <input
              id="reminder-time"
              type="time"
              required
              value={draft}
              aria-invalid={addError ? true : undefined}
              aria-describedby={addError ? 'reminder-time-error' : 'reminder-time-hint'}
              onChange={(event) => {
                setDraft(event.target.value)
                setAddError(null)
              }}
            />
            <button type="submit" className="button" disabled={state.busy}>
              Add reminder
            </button>
          </div>
          <span className="field-hint" id="reminder-time-hint">
            Up to {MAX_REMINDERS} a day.
          </span>
        </div>
      </form>
      {addError && (
        <p className="field-error" id="reminder-time-error" role="alert">
          {addError}
        </p>
      )}
      <div className="reminder-options">
        <label className="settings-choice">
          <input
            type="checkbox"
            checked={reminders.startAtLogin}
            onChange={(event) =>
              void save(
                { ...reminders, startAtLogin: event.target.checked },
                event.target.checked
                  ? 'Saved. Pain Journal will open when you log in.'
                  : 'Saved. Pain Journal will not open when you log in.',
              )
            }
          />
          <span>
            Start Pain Journal when I log in
            <span className="field-hint settings-choice-hint">
              So reminders come even if you forget to open it.
            </span>
          </span>
        </label>
        <label className="settings-choice">
          <input
            type="checkbox"
            checked={reminders.keepInTray}
            onChange={(event) =>
              void save(
                { ...reminders, keepInTray: event.target.checked },
                event.target.checked
                  ? 'Saved. Closing the window keeps Pain Journal in the tray.'
                  : 'Saved. Closing the window quits Pain Journal.',
              )
            }
          />
          <span>
            Keep running in the tray or menu bar when I close the window
            <span className="field-hint settings-choice-hint">
              Reminders only come while Pain Journal is running.
            </span>
          </span>
        </label>
      </div>
      <span role="status" className="status">
        {state.status}
      </span>
      <NotSaved error={state.error} />
    </SettingsCard>
  )
}
