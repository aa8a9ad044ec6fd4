/**
 * The last two weeks at a glance: the worst pain of each of the last 14 journal days, oldest
 * first, with the way to Trends. Each day shows its number (a dash when nothing was logged), so
 * nothing is read from colour alone; screen readers get the same facts as a table.
 */
import { dayOfMonth, eachDay, formatDayLong } from '../../../../shared/days'
import type { Checkin } from '../../../../shared/domain'
import {
  describeWorst,
  painColour,
  painScoreWords,
  painTextColour,
} from '../../../../shared/pain-scale'
import { dayNumbersByDay } from '../../../../shared/stats/daily'
import { recentFrom } from '../../today-reads'

interface Props {
  today: string
  /** The check-ins of the last 14 journal days (any order); undefined while loading. */
  checkins: Checkin[] | undefined
  /**
   * Whether to make the table for screen readers yet. Nothing of it is seen, and it is half the
   * strip's elements: Today makes it a frame after its first drawing (TodayScreen.tsx).
   */
  withTable: boolean
}

export function RecentDays({ today, checkins, withTable }: Props) {
  // Nothing to show yet: a first start keeps its room for the welcome and the form.
  if (!checkins || checkins.length === 0) return null
  const byDay = dayNumbersByDay(checkins)
  const worstOn = (day: string) => byDay.get(day)?.worst
  const days = eachDay(recentFrom(today), today)
  const logged = days.filter((d) => byDay.has(d)).length
  return (
    <section className="recent-days" aria-labelledby="recent-days-heading">
      <div className="recent-days-head">
        <h2 id="recent-days-heading" className="recent-days-title">
          Last 14 days
        </h2>
        <span className="recent-days-logged">{logged} logged</span>
        <a className="recent-days-link" href="#trends">
          See trends
        </a>
      </div>
      <ol className="recent-days-strip" aria-hidden="true">
        {days.map((day) => {
          const w = worstOn(day)
          return (
            <li
              key={day}
              className={`recent-day${day === today ? ' recent-day-today' : ''}`}
              data-day={day}
              title={`${formatDayLong(day)}: ${w === undefined ? 'no check-in' : describeWorst(w)}`}
            >
              <span
                className={`recent-day-box${w === undefined ? ' recent-day-none' : ''}`}
                style={
                  w === undefined
                    ? undefined
                    : { background: painColour(w), color: painTextColour(w) }
                }
              >
                {w ?? '–'}
              </span>
              <span className="recent-day-date">{dayOfMonth(day)}</span>
            </li>
          )
        })}
      </ol>
      {withTable && <RecentDaysTable today={today} days={days} worstOn={worstOn} />}
    </section>
  )
}

function RecentDaysTable({
  today,
  days,
  worstOn,
}: {
  today: string
  days: string[]
  worstOn: (day: string) => number | undefined
}) {
  return (
    <table className="visually-hidden">
      <caption>Worst pain on each of the last 14 days</caption>
      <thead>
        <tr>
          <th scope="col">Day</th>
          <th scope="col">Worst pain</th>
        </tr>
      </thead>
      <tbody>
        {days.map((day) => {
          const w = worstOn(day)
          return (
            <tr key={day}>
              <th scope="row">
                {formatDayLong(day)}
                {day === today ? ' (today)' : ''}
              </th>
              <td>{w === undefined ? 'No check-in' : painScoreWords(w)}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
