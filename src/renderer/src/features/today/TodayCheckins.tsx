/**
 * Today's check-ins, in the order they happened, with the day's worst and average. Each can be
 * corrected in full (the same form, in place) or deleted with Undo.
 */
import { useCallback, useMemo, useState } from 'react'
import type { Checkin } from '../../../../shared/domain'
import { CheckinItem } from '../../checkin/CheckinItem'
import { CheckinForm } from '../../checkin/CheckinForm'
import type { CheckinFormMode } from '../../checkin/checkin-mode'
import { formatStampClock } from '../../../../shared/locale-format'
import { UndoBar } from '../../checkin/UndoBar'
import { useDeleteWithUndo } from '../../checkin/use-delete-with-undo'
import { PainChip } from '../../components/PainChip'
import { useJournal } from '../../journal-context'

interface Props {
  checkins: Checkin[] | undefined
  error: string | null
}

export function TodayCheckins({ checkins, error }: Props) {
  const { catalog } = useJournal()
  const [editing, setEditing] = useState<Checkin | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const deletion = useDeleteWithUndo()
  const scores = (checkins ?? []).map((c) => c.pain)
  const worst = scores.length ? Math.max(...scores) : null
  const average = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null
  const mode = useMemo<CheckinFormMode | null>(
    () => (editing ? { kind: 'edit', checkin: editing } : null),
    [editing],
  )
  const onSaved = useCallback((saved: Checkin) => {
    setEditing(null)
    setStatus(`Saved your changes: pain ${saved.pain} at ${formatStampClock(saved.at)}.`)
  }, [])

  return (
    <section className="card" aria-labelledby="today-list-heading">
      <h2 id="today-list-heading">Today’s check-ins</h2>
      {error && (
        <div className="alert" role="alert">
          <strong>Could not load today’s check-ins.</strong> {error}
        </div>
      )}
      <UndoBar state={deletion} />
      <p role="status" className="status">
        {deletion.status ?? status}
      </p>
      {checkins && checkins.length === 0 && (
        <p className="empty">
          Nothing recorded today yet. Pick a number above to log how you feel.
        </p>
      )}
      {checkins && checkins.length > 0 && worst !== null && average !== null && (
        <>
          <p className="summary-line day-summary">
            <span>
              Worst today: <PainChip score={worst} label={`Worst today: ${worst} out of 10`} />
            </span>
            <span>
              Average:{' '}
              <strong className="num day-summary-value" data-testid="day-average">
                {average.toFixed(1)}
              </strong>
            </span>
            <span>
              Check-ins: <strong className="num day-summary-value">{checkins.length}</strong>
            </span>
          </p>
          <ul className="checkin-list" aria-label="Check-ins today">
            {checkins.map((c) =>
              editing?.id === c.id && mode ? (
                <li key={c.id} data-checkin-id={c.id}>
                  <CheckinForm mode={mode} onSaved={onSaved} onCancel={() => setEditing(null)} />
                </li>
              ) : (
                <CheckinItem
                  key={c.id}
                  look="summary"
                  checkin={c}
                  catalog={catalog}
                  busy={deletion.busy || editing !== null}
                  onEdit={() => {
                    setEditing(c)
                    setStatus(null)
                    deletion.clear()
                  }}
                  onDelete={() => {
                    setStatus(null)
                    void deletion.remove(c)
                  }}
                />
              ),
            )}
          </ul>
        </>
      )}
    </section>
  )
}
