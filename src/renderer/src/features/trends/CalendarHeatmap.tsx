/**
 * A year as a calendar: one square per day coloured by its worst pain (the shared ramp), weeks
 * as columns, Monday on top. Hover a square or move through the days with the arrow keys to
 * read the day's number; the legend gives every colour its number, so colour is never alone.
 */
import { memo, useMemo, useState, type KeyboardEvent } from 'react'
import { format } from 'date-fns'
import { parseDay } from '../../../../shared/days'
import { painBand, painColour, PAIN_RAMP } from '../../../../shared/pain-scale'
import { weekdayOf } from '../../../../shared/stats'
import { dayWithWeekday, type TrendsData } from './chart-utils'

const CELL = 14
const GAP = 3
const STEP = CELL + GAP
const LEFT = 40
const TOP = 22
/** Room for a month label that starts in the last column. */
const RIGHT = 24

interface Props {
  calendar: TrendsData['calendar']
}

function describe(day: { day: string; worst: number | null }): string {
  return day.worst === null
    ? `${dayWithWeekday(day.day)}: not logged`
    : `${dayWithWeekday(day.day)}: worst pain ${day.worst} (${painBand(day.worst)})`
}

export const CalendarHeatmap = memo(function CalendarHeatmap({ calendar }: Props) {
  const offset = calendar[0] ? weekdayOf(calendar[0].day) : 0
  const weeks = Math.ceil((calendar.length + offset) / 7)
  const [active, setActive] = useState<number | null>(null)
  const [focused, setFocused] = useState(false)
  const months = useMemo(() => {
    const out: { col: number; label: string }[] = []
    calendar.forEach((d, i) => {
      if (d.day.endsWith('-01') || i === 0) {
        const col = Math.floor((i + offset) / 7)
        if (out.length === 0 || col - (out[out.length - 1]?.col ?? 0) >= 3) {
          out.push({ col, label: format(parseDay(d.day), 'MMM') })
        }
      }
    })
    return out
  }, [calendar, offset])

  const width = LEFT + weeks * STEP + RIGHT
  const height = TOP + 7 * STEP
  const current = active === null ? null : calendar[active]

  function onKey(event: KeyboardEvent<SVGSVGElement>) {
    const moves: Record<string, number> = {
      ArrowUp: -1,
      ArrowDown: 1,
      ArrowLeft: -7,
      ArrowRight: 7,
    }
    const last = calendar.length - 1
    let next: number | null = null
    if (event.key in moves) next = (active ?? last) + (moves[event.key] ?? 0)
    else if (event.key === 'Home') next = 0
    else if (event.key === 'End') next = last
    if (next === null) return
    event.preventDefault()
    setActive(Math.max(0, Math.min(last, next)))
  }

  return (
    <div className="calendar">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width={width * 1.3}
        height={height * 1.3}
        className="calendar-svg"
        role="application"
        aria-roledescription="calendar"
        aria-label="Daily worst pain. Use the arrow keys to move between days."
        tabIndex={0}
        onKeyDown={onKey}
        onFocus={() => {
          setFocused(true)
          setActive((a) => a ?? calendar.length - 1)
        }}
        onBlur={() => setFocused(false)}
        onMouseLeave={() => !focused && setActive(null)}
      >
        {months.map((m) => (
          <text
            key={`${m.col}-${m.label}`}
            x={LEFT + m.col * STEP}
            y={14}
            className="calendar-label"
          >
            {m.label}
          </text>
        ))}
        {['Mon', 'Wed', 'Fri', 'Sun'].map((name, i) => (
          <text key={name} x={0} y={TOP + i * 2 * STEP + CELL - 3} className="calendar-label">
            {name}
          </text>
        ))}
        {calendar.map((d, i) => {
          const col = Math.floor((i + offset) / 7)
          const row = (i + offset) % 7
          return (
            <rect
              key={d.day}
              x={LEFT + col * STEP}
              y={TOP + row * STEP}
              width={CELL}
              height={CELL}
              rx={2}
              className={d.worst === null ? 'calendar-cell calendar-gap' : 'calendar-cell'}
              fill={d.worst === null ? undefined : painColour(d.worst)}
              onMouseEnter={() => setActive(i)}
            >
              <title>{describe(d)}</title>
            </rect>
          )
        })}
        {current && active !== null && (
          <rect
            x={LEFT + Math.floor((active + offset) / 7) * STEP - 2}
            y={TOP + ((active + offset) % 7) * STEP - 2}
            width={CELL + 4}
            height={CELL + 4}
            rx={3}
            className="calendar-cursor"
          />
        )}
      </svg>
      <p className="calendar-readout" aria-live="polite">
        {current
          ? describe(current)
          : 'Hover over a day, or focus the calendar and use the arrow keys, to read its number.'}
      </p>
      <PainRampLegend />
    </div>
  )
})

export function PainRampLegend() {
  return (
    <ul className="ramp-legend" aria-label="Colour key: worst pain of the day">
      <li>
        <span className="ramp-swatch calendar-gap-swatch" aria-hidden="true" />
        Not logged
      </li>
      {PAIN_RAMP.map((colour, score) => (
        <li key={colour}>
          <span className="ramp-swatch" style={{ background: colour }} aria-hidden="true" />
          <span className="num">{score}</span>
        </li>
      ))}
    </ul>
  )
}
