/**
 * The month calendar: each day's worst pain (number on its ramp colour), marks for spasms,
 * warning signs and episode days. A grid with one tab stop (roving tabindex): arrows move
 * between days, Home/End to the start/end of the week, Ctrl+Home/End to the start/end of the
 * month, PageUp/PageDown between months (with Shift, years), Enter opens the day.
 */
import { Zap } from 'lucide-react'
import { useEffect, useRef, type KeyboardEvent } from 'react'
import { addDaysToDay, dayOfMonth, weekdayOf } from '../../../../shared/days'
import type { DaySummary } from '../../../../shared/history-schemas'
import {
  firstDayOfMonth,
  lastDayOfMonth,
  monthOfDay,
  monthWeeks,
  sameDayInMonth,
} from '../../../../shared/months'
import { painColour, painTextColour } from '../../../../shared/pain-scale'
import { WEEKDAY_NAMES, WEEKDAY_SHORT } from '../../../../shared/stats/patterns'
import { SeverityIcon } from '../../components/Notice'
import { describeDay } from './history-format'

const WEEKDAYS = WEEKDAY_NAMES.map((long, i) => [WEEKDAY_SHORT[i] ?? long, long] as const)

interface Props {
  month: string
  today: string
  /** The day holding the grid's one tab stop. Always inside `month`. */
  activeDay: string
  summaries: ReadonlyMap<string, DaySummary>
  loading: boolean
  /** Moves the tab stop (and the month, when the day lies in another one). */
  onMove: (day: string) => void
  onOpen: (day: string) => void
  /** A new object each time focus should move to a day after rendering (keyboard moves). */
  focusRequest: { day: string } | null
}

/** Where a key takes the active day, or null for keys the grid does not use. */
function target(day: string, event: KeyboardEvent): string | null {
  const dow = weekdayOf(day)
  const month = monthOfDay(day)
  switch (event.key) {
    case 'ArrowLeft':
      return addDaysToDay(day, -1)
    case 'ArrowRight':
      return addDaysToDay(day, 1)
    case 'ArrowUp':
      return addDaysToDay(day, -7)
    case 'ArrowDown':
      return addDaysToDay(day, 7)
    case 'Home': {
      if (event.ctrlKey || event.metaKey) return firstDayOfMonth(month)
      const start = addDaysToDay(day, -dow)
      return start < firstDayOfMonth(month) ? firstDayOfMonth(month) : start
    }
    case 'End': {
      if (event.ctrlKey || event.metaKey) return lastDayOfMonth(month)
      const end = addDaysToDay(day, 6 - dow)
      return end > lastDayOfMonth(month) ? lastDayOfMonth(month) : end
    }
    case 'PageUp':
      return sameDayInMonth(day, event.shiftKey ? -12 : -1)
    case 'PageDown':
      return sameDayInMonth(day, event.shiftKey ? 12 : 1)
    default:
      return null
  }
}

export function MonthCalendar(props: Props) {
  const { month, today, activeDay, summaries, loading, onMove, onOpen, focusRequest } = props
  const grid = useRef<HTMLTableElement>(null)

  useEffect(() => {
    if (!focusRequest) return
    grid.current
      ?.querySelector<HTMLButtonElement>(`button[data-day="${focusRequest.day}"]`)
      ?.focus()
  }, [focusRequest])

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (event.altKey) return
    const next = target(activeDay, event)
    if (next === null) return
    event.preventDefault()
    onMove(next)
  }

  return (
    <table
      ref={grid}
      role="grid"
      className="calendar"
      aria-labelledby="history-month-title"
      aria-busy={loading}
      onKeyDown={onKeyDown}
    >
      <thead>
        <tr>
          {WEEKDAYS.map(([short, long]) => (
            <th key={short} scope="col" abbr={long}>
              {short}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(month).map((week) => (
          <tr key={week.find((d) => d !== null) ?? ''}>
            {week.map((day, i) =>
              day === null ? (
                <td key={`blank-${i}`} className="calendar-blank" aria-hidden="true" />
              ) : (
                <DayCell
                  key={day}
                  day={day}
                  summary={summaries.get(day)}
                  today={day === today}
                  future={day > today}
                  active={day === activeDay}
                  onFocus={() => day !== activeDay && onMove(day)}
                  onOpen={() => onOpen(day)}
                />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

interface CellProps {
  day: string
  summary: DaySummary | undefined
  today: boolean
  future: boolean
  active: boolean
  onFocus: () => void
  onOpen: () => void
}

/**
 * The button holds only the day number (its visible label, which its spoken name starts
 * from); the score, marks and "Today" sit over it, hidden from screen readers because the
 * button's name already says them, and let clicks through to the button.
 */
function DayCell({ day, summary, today, future, active, onFocus, onOpen }: CellProps) {
  const worst = summary?.worst ?? null
  const classes = ['calendar-day', today && 'is-today', future && 'is-future']
  return (
    <td className={summary?.inEpisode ? 'in-episode' : undefined}>
      <button
        type="button"
        className={classes.filter(Boolean).join(' ')}
        data-day={day}
        tabIndex={active ? 0 : -1}
        aria-label={describeDay(day, summary, { today, future })}
        aria-disabled={future || undefined}
        aria-current={today ? 'date' : undefined}
        onFocus={onFocus}
        onClick={() => !future && onOpen()}
      >
        {dayOfMonth(day)}
      </button>
      {today && (
        <span className="calendar-today" aria-hidden="true">
          Today
        </span>
      )}
      {worst !== null && (
        <span
          className="calendar-pain"
          aria-hidden="true"
          style={{ background: painColour(worst), color: painTextColour(worst) }}
        >
          {worst}
        </span>
      )}
      {(summary?.spasm || summary?.redFlag) && (
        <span className="calendar-marks" aria-hidden="true">
          {summary.spasm && <Zap className="mark-spasm" size={16} strokeWidth={2.5} />}
          {summary.redFlag && <SeverityIcon severity={summary.redFlag} className="mark-red-flag" />}
        </span>
      )}
    </td>
  )
}
