/**
 * Today: record a pain score in seconds (digit, then Ctrl/Cmd+Enter), see today's check-ins.
 * What was typed stays in the form until it is saved; a failed save says why beside the button.
 */
import { useCallback, useState } from 'react'
import type { Checkin } from '../../../../shared/domain'
import { journalDayAt, toLocalTimestamp } from '../../../../shared/journal-day'
import { api, messageOf, unwrap } from '../../api'
import { PainChip } from '../../components/PainChip'
import { PainSelector } from '../../components/PainSelector'
import { useDigitEntry, useQuery, useSaveShortcut } from '../../hooks'
import { useJournal } from '../../journal-context'
import { DoctorBanner } from './DoctorBanner'
import { InsightsPanel } from './InsightsPanel'

function timeOf(at: string): string {
  return at.slice(11, 16)
}

export function TodayScreen() {
  const { dayStartHour } = useJournal().settings
  const [today, setToday] = useState(() => journalDayAt(new Date(), dayStartHour))
  const [pain, setPain] = useState<number | null>(null)
  const [note, setNote] = useState('')
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const todays = useQuery(
    () => unwrap(api.listCheckins({ from: today, to: today })),
    today,
    messageOf,
  )
  const checkins: Checkin[] | undefined = todays.data
  const loadError = todays.error

  const pick = useCallback((score: number) => {
    setPain(score)
    setError(null)
    setStatus(null)
  }, [])
  useDigitEntry(pick)

  const save = useCallback(async () => {
    if (saving) return
    if (pain === null) {
      setError('Choose a pain score from 0 to 10 first.')
      return
    }
    setSaving(true)
    setError(null)
    const now = new Date()
    try {
      const saved = await unwrap(api.saveCheckin({ at: toLocalTimestamp(now), pain, note }))
      setPain(null)
      setNote('')
      setStatus(`Saved: pain ${saved.pain} at ${timeOf(saved.at)}.`)
      setToday(journalDayAt(now, dayStartHour))
      todays.reload()
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setSaving(false)
    }
  }, [saving, pain, note, dayStartHour, todays])

  const onSaveShortcut = useCallback(() => void save(), [save])
  useSaveShortcut(onSaveShortcut)

  const scores = (checkins ?? []).map((c) => c.pain)
  const worst = scores.length ? Math.max(...scores) : null
  const average = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null

  return (
    <>
      <h1>Today</h1>
      <DoctorBanner asOf={today} refreshKey={checkins} />
      <form
        className="card"
        aria-label="New check-in"
        onSubmit={(event) => {
          event.preventDefault()
          void save()
        }}
      >
        <PainSelector value={pain} onChange={pick} />
        <p className="field-hint">
          Type a number to choose it (1 then 0 for 10), then press Ctrl+Enter to save.
        </p>
        <div className="field">
          <label htmlFor="checkin-note">Note (optional)</label>
          <textarea
            id="checkin-note"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            placeholder="Anything worth remembering about this moment"
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button primary" disabled={saving}>
            {saving ? 'Saving…' : 'Save check-in'}
          </button>
          <span role="status" className="status">
            {status}
          </span>
        </div>
        {error && (
          <div className="alert" role="alert">
            <strong>Not saved.</strong> {error}
          </div>
        )}
      </form>
      <InsightsPanel asOf={today} refreshKey={checkins} />

      <section className="card" aria-labelledby="today-list-heading">
        <h2 id="today-list-heading">Today’s check-ins</h2>
        {loadError && (
          <div className="alert" role="alert">
            <strong>Could not load today’s check-ins.</strong> {loadError}
          </div>
        )}
        {checkins && checkins.length === 0 && (
          <p className="empty">
            Nothing recorded today yet. Pick a number above to log how you feel.
          </p>
        )}
        {checkins && checkins.length > 0 && (
          <>
            <p className="summary-line">
              <span>
                Worst today: <strong className="num">{worst}</strong>
              </span>
              <span>
                Average: <strong className="num">{average?.toFixed(1)}</strong>
              </span>
              <span>
                Check-ins: <strong className="num">{checkins.length}</strong>
              </span>
            </p>
            <ul className="checkin-list" aria-label="Check-ins today">
              {checkins.map((c) => (
                <li key={c.id} className="checkin-item" data-checkin-id={c.id}>
                  <span className="checkin-time">{timeOf(c.at)}</span>
                  <PainChip score={c.pain} />
                  {c.note ? (
                    <span className="checkin-note">{c.note}</span>
                  ) : (
                    <span className="muted">No note</span>
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  )
}
