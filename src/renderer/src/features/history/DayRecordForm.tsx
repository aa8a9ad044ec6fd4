/**
 * The day as a whole: sleep, how much pain got in the way of enjoying life and of usual
 * activities (with the day's average pain, the three items of the PEG scale), minutes walked
 * and a day note. Blank means "not recorded", never zero.
 */
import { useState } from 'react'
import type { DayRecord } from '../../../../shared/domain'
import { api, messageOf, unwrap } from '../../api'

type ScaleKey = 'sleepQuality' | 'enjoymentInterference' | 'activityInterference'

const SCALES: { key: ScaleKey; label: string; low: string; high: string }[] = [
  { key: 'sleepQuality', label: 'How well did you sleep?', low: 'very badly', high: 'very well' },
  {
    key: 'enjoymentInterference',
    label: 'How much did pain get in the way of enjoying life?',
    low: 'not at all',
    high: 'completely',
  },
  {
    key: 'activityInterference',
    label: 'How much did pain get in the way of your usual activities?',
    low: 'not at all',
    high: 'completely',
  },
]

interface Props {
  day: string
  initial: DayRecord | null
  onSaved: (record: DayRecord) => void
}

export function DayRecordForm({ day, initial, onSaved }: Props) {
  const [scales, setScales] = useState<Record<ScaleKey, number | null>>({
    sleepQuality: initial?.sleepQuality ?? null,
    enjoymentInterference: initial?.enjoymentInterference ?? null,
    activityInterference: initial?.activityInterference ?? null,
  })
  const [walked, setWalked] = useState(initial?.minutesWalked?.toString() ?? '')
  const [note, setNote] = useState(initial?.note ?? '')
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [status, setStatus] = useState<string | null>(null)

  const save = async () => {
    const minutes = walked.trim() === '' ? null : Number(walked)
    if (minutes !== null && !(Number.isInteger(minutes) && minutes >= 0 && minutes <= 1440)) {
      setError('Minutes walked must be a whole number from 0 to 1440.')
      return
    }
    setSaving(true)
    setError(null)
    setStatus(null)
    try {
      const saved = await unwrap(api.saveDay({ day, ...scales, minutesWalked: minutes, note }))
      setStatus('Day saved.')
      onSaved(saved)
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <form
      className="day-record"
      noValidate
      aria-label="The day as a whole"
      onSubmit={(event) => {
        event.preventDefault()
        void save()
      }}
    >
      <div className="day-record-grid">
        {SCALES.map((s) => (
          <div className="field" key={s.key}>
            <label htmlFor={`day-${s.key}`}>{s.label}</label>
            <span className="field-hint" id={`day-${s.key}-hint`}>
              0 {s.low}, 10 {s.high}
            </span>
            <select
              id={`day-${s.key}`}
              aria-describedby={`day-${s.key}-hint`}
              value={scales[s.key] ?? ''}
              onChange={(e) =>
                setScales((v) => ({
                  ...v,
                  [s.key]: e.target.value === '' ? null : Number(e.target.value),
                }))
              }
            >
              <option value="">Not recorded</option>
              {Array.from({ length: 11 }, (_, n) => (
                <option key={n} value={n}>
                  {n === 0 ? `0 — ${s.low}` : n === 10 ? `10 — ${s.high}` : n}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="field">
          <label htmlFor="day-minutes-walked">Minutes walked</label>
          <span className="field-hint" id="day-minutes-hint">
            Leave empty if you did not count
          </span>
          <input
            id="day-minutes-walked"
            type="number"
            inputMode="numeric"
            min={0}
            max={1440}
            step={1}
            value={walked}
            onChange={(e) => setWalked(e.target.value)}
            aria-describedby="day-minutes-hint"
            aria-invalid={error?.startsWith('Minutes') || undefined}
          />
        </div>
      </div>
      <div className="field">
        <label htmlFor="day-note">Day note</label>
        <textarea id="day-note" value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      {error && (
        <div className="alert" role="alert">
          <strong>Not saved.</strong> {error}
        </div>
      )}
      <div className="button-row">
        <button type="submit" className="button primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save day'}
        </button>
        <span role="status" className="status">
          {status}
        </span>
      </div>
    </form>
  )
}
