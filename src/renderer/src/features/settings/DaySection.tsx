/** The hour a journal day starts: late-night check-ins count for the evening before. */
import { formatHour } from '../../../../shared/locale-format'
import { useState } from 'react'
import { MAX_DAY_START_HOUR } from '../../../../shared/journal-day'
import { useJournal } from '../../journal-context'
import { useSave } from '../../use-save'
import { SettingsCard } from './SettingsCard'
import { NotSaved } from '../../components/NotSaved'

const HOURS = Array.from({ length: MAX_DAY_START_HOUR + 1 }, (_, hour) => hour)

function hourLabel(hour: number): string {
  const clock = formatHour(hour)
  if (hour === 0) return `${clock} (midnight)`
  if (hour === 12) return `${clock} (noon)`
  return clock
}

export function DaySection() {
  const { settings, updateSettings } = useJournal()
  const { state, run } = useSave()
  // Shown at once; set back if the save fails.
  const [hour, setHour] = useState(settings.dayStartHour)
  const choose = async (dayStartHour: number) => {
    setHour(dayStartHour)
    const done = `Saved. The day now starts at ${formatHour(dayStartHour)}.`
    if (!(await run(() => updateSettings({ dayStartHour }), done))) setHour(settings.dayStartHour)
  }
  return (
    <SettingsCard section="day">
      <div className="field">
        <label htmlFor="day-start-hour">A new day starts at</label>
        <p className="field-hint" id="day-start-hint">
          A check-in before this hour counts for the previous day: with 04:00, a check-in at 01:30
          after a bad evening belongs to that evening. Check-ins already in the journal keep the day
          they were recorded for.
        </p>
        <div className="button-row">
          <select
            id="day-start-hour"
            className="settings-select"
            aria-describedby="day-start-hint"
            value={hour}
            onChange={(e) => void choose(Number(e.target.value))}
          >
            {HOURS.map((h) => (
              <option key={h} value={h}>
                {hourLabel(h)}
              </option>
            ))}
          </select>
          <span role="status" className="status">
            {state.status}
          </span>
        </div>
        <NotSaved error={state.error} />
      </div>
    </SettingsCard>
  )
}
