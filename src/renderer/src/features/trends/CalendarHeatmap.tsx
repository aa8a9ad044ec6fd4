/**
 * A period as a calendar: one square per day coloured by its worst pain (the shared ramp), weeks
 * as columns, Monday on top, the squares as large as the card's width allows (up to MAX_STEP), so
 * 30 and 90 days fill the card as a year does. Squares large enough carry their number; on the
 * smaller ones, hover a square or move through the days with the arrow keys to read it, and the
 * legend gives every colour its number, so colour is never alone.
 */
import { memo, useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react'
import { formatDayShortWithWeekday, weekdayOf } from '../../../../shared/days'
import { formatMonthName, monthOfDay } from '../../../../shared/months'
import { describeWorst, painColour, painTextColour, PAIN_RAMP } from '../../../../shared/pain-scale'
import { WEEKDAY_SHORT } from '../../../../shared/stats/patterns'
import type { TrendsData } from './chart-utils'
import { useWidth } from './use-width'

const LEFT = 40
const TOP = 22
/** Room for a month label that starts in the last column. */
const RIGHT = 24
/** Pixels per week column (square and gap): never so small a square is lost, nor so big that 30
 * days tower over the card. */
const MIN_STEP = 8
const MAX_STEP = 44
/** Squares at least this big carry their number. */
const NUMBER_FROM = 22
const WEEKDAYS = WEEKDAY_SHORT

/** Square size and spacing for `weeks` columns in `width` pixels. */
function layout(width: number, weeks: number) {
  const fit = Math.floor((width - LEFT - RIGHT) / Math.max(1, weeks))
  const step = Math.max(MIN_STEP, Math.min(MAX_STEP, fit))
  const gap = step >= 24 ? 4 : step >= 12 ? 3 : 2
  return { step, cell: step - gap }
}

interface Props {
  calendar: TrendsData['calendar']
}

function describe(day: { day: string; worst: number | null }): string {
  return day.worst === null
    ? `${formatDayShortWithWeekday(day.day)}: not logged`
    : `${formatDayShortWithWeekday(day.day)}: ${describeWorst(day.worst)}`
}

export const CalendarHeatmap = memo(function CalendarHeatmap({ calendar }: Props) {
  const offset = calendar[0] ? weekdayOf(calendar[0].day) : 0
  const weeks = Math.ceil((calendar.length + offset) / 7)
  const [active, setActive] = useState<number | null>(null)
  const [focused, setFocused] = useState(false)
  const [frame, available] = useWidth<HTMLDivElement>(900)
  const { step, cell } = layout(available, weeks)
  const months = useMemo(() => {
    const out: { col: number; label: string; partial: boolean }[] = []
    // Month names are about 30 px wide: skip one that would run into the one before, except
    // that a whole month beats the few days of the one the period starts in.
    const apart = Math.ceil(36 / step)
    calendar.forEach((d, i) => {
      if (d.day.endsWith('-01') || i === 0) {
        const col = Math.floor((i + offset) / 7)
        const label = { col, label: formatMonthName(monthOfDay(d.day)), partial: i === 0 }
        const last = out[out.length - 1]
        if (!last || col - last.col >= apart) out.push(label)
        else if (last.partial) out[out.length - 1] = label
      }
    })
    return out
  }, [calendar, offset, step])
  const rowNames = step >= 20 ? WEEKDAYS : WEEKDAYS.filter((_, i) => i % 2 === 0)
  const numbers = cell >= NUMBER_FROM

  const width = LEFT + weeks * step + RIGHT
  const height = TOP + 7 * step
  const current = active === null ? null : calendar[active]

  /** The day under the pointer, found from the grid (one handler, not one per square). */
  function onPointer(event: MouseEvent<SVGSVGElement>) {
    const box = event.currentTarget.getBoundingClientRect()
    // The drawing shrinks with a narrow window (max-width: 100%): back to its own units.
    const k = box.width > 0 ? width / box.width : 1
    const col = Math.floor(((event.clientX - box.left) * k - LEFT) / step)
    const row = Math.floor(((event.clientY - box.top) * k - TOP) / step)
    const i = col * 7 + row - offset
    if (col >= 0 && row >= 0 && row < 7 && i >= 0 && i < calendar.length) setActive(i)
  }

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
    <div className="calendar-heatmap" ref={frame}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
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
        onMouseMove={onPointer}
        onMouseLeave={() => !focused && setActive(null)}
      >
        {months.map((m) => (
          <text
            key={`${m.col}-${m.label}`}
            x={LEFT + m.col * step}
            y={14}
            className="calendar-label"
          >
            {m.label}
          </text>
        ))}
        {rowNames.map((name) => (
          <text
            key={name}
            x={0}
            y={TOP + WEEKDAYS.indexOf(name) * step + cell / 2}
            dominantBaseline="central"
            className="calendar-label"
          >
            {name}
          </text>
        ))}
        {calendar.map((d, i) => {
          const x = LEFT + Math.floor((i + offset) / 7) * step
          const y = TOP + ((i + offset) % 7) * step
          return (
            <rect
              key={d.day}
              x={x}
              y={y}
              width={cell}
              height={cell}
              rx={2}
              className={d.worst === null ? 'calendar-cell calendar-gap' : 'calendar-cell'}
              fill={d.worst === null ? undefined : painColour(d.worst)}
            />
          )
        })}
        {numbers &&
          calendar.map((d, i) =>
            d.worst === null ? null : (
              <text
                key={d.day}
                x={LEFT + Math.floor((i + offset) / 7) * step + cell / 2}
                y={TOP + ((i + offset) % 7) * step + cell / 2}
                textAnchor="middle"
                dominantBaseline="central"
                className="calendar-number"
                fill={painTextColour(d.worst)}
                aria-hidden="true"
              >
                {d.worst}
              </text>
            ),
          )}
        {current && active !== null && (
          <rect
            x={LEFT + Math.floor((active + offset) / 7) * step - 2}
            y={TOP + ((active + offset) % 7) * step - 2}
            width={cell + 4}
            height={cell + 4}
            rx={3}
            className="calendar-cursor"
          />
        )}
      </svg>
      <p className="calendar-readout" aria-live="polite">
        {current
          ? describe(current)
          : numbers
            ? 'Each square shows that day’s worst pain. Hover over one, or focus the calendar and use the arrow keys, to read its date.'
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
