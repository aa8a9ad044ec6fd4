/** Today's check-ins, newest last, with the day's worst and average. */
import type { Checkin } from '../../../../shared/domain'
import { PainChip } from '../../components/PainChip'
import { useJournal } from '../../journal-context'
import { CheckinSummary } from './CheckinSummary'

interface Props {
  checkins: Checkin[] | undefined
  error: string | null
}

export function TodayCheckins({ checkins, error }: Props) {
  const { catalog } = useJournal()
  const scores = (checkins ?? []).map((c) => c.pain)
  const worst = scores.length ? Math.max(...scores) : null
  const average = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null

  return (
    <section className="card" aria-labelledby="today-list-heading">
      <h2 id="today-list-heading">Today’s check-ins</h2>
      {error && (
        <div className="alert" role="alert">
          <strong>Could not load today’s check-ins.</strong> {error}
        </div>
      )}
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
            {checkins.map((c) => (
              <li key={c.id} className="checkin-item" data-checkin-id={c.id}>
                <CheckinSummary checkin={c} catalog={catalog} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
