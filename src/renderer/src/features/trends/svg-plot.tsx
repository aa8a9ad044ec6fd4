/**
 * The pieces of a plain SVG chart: axes with their ticks, grid lines and titles, placed with
 * the scales of plot-geometry.ts. Trends draws every chart with these instead of recharts, whose
 * fixed cost per chart (its store, the effects that register each axis and series, the render
 * that follows) was most of the screen's drawing time. Every tick given is drawn, at a place
 * computed here: nothing is measured in the page. They look as recharts drew them (tick marks
 * of 6 px, labels 2 px beyond).
 */
import type { ReactNode } from 'react'
import type { Scale } from '../../../../shared/plot-paths'
import type { Plot } from './plot-geometry'

const TICK = 6
const GAP = 2

interface AxisProps {
  ticks: readonly number[]
  scale: Scale
  format: (value: number) => string
  plot: Plot
}

/** Ticks along the bottom edge, labels under them. */
export function BottomAxis({ ticks, scale, format, plot }: AxisProps) {
  return (
    <g className="plot-axis" aria-hidden="true">
      <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
      {ticks.map((t) => {
        const x = scale(t)
        return (
          <g key={t}>
            <line x1={x} x2={x} y1={plot.bottom} y2={plot.bottom + TICK} />
            <text x={x} y={plot.bottom + TICK + GAP} dy="0.71em" textAnchor="middle">
              {format(t)}
            </text>
          </g>
        )
      })}
    </g>
  )
}

/** Ticks along the left or right edge, labels beside them. */
export function SideAxis({
  ticks,
  scale,
  format,
  plot,
  side,
}: AxisProps & { side: 'left' | 'right' }) {
  const x = side === 'left' ? plot.left : plot.right
  const out = side === 'left' ? -1 : 1
  return (
    <g className="plot-axis" aria-hidden="true">
      <line x1={x} x2={x} y1={plot.top} y2={plot.bottom} />
      {ticks.map((t) => {
        const y = scale(t)
        return (
          <g key={t}>
            <line x1={x} x2={x + out * TICK} y1={y} y2={y} />
            <text
              x={x + out * (TICK + GAP)}
              y={y}
              dy="0.355em"
              textAnchor={side === 'left' ? 'end' : 'start'}
            >
              {format(t)}
            </text>
          </g>
        )
      })}
    </g>
  )
}

/** Names along an edge, one per band (the category axis of a bar chart). */
export function CategoryAxis({
  names,
  centre,
  plot,
  side,
}: {
  names: readonly string[]
  centre: (index: number) => number
  plot: Plot
  side: 'left' | 'bottom'
}) {
  return (
    <g className="plot-axis" aria-hidden="true">
      {side === 'left' ? (
        <line x1={plot.left} x2={plot.left} y1={plot.top} y2={plot.bottom} />
      ) : (
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
      )}
      {names.map((name, i) => {
        const c = centre(i)
        return side === 'left' ? (
          <g key={i}>
            <line x1={plot.left - TICK} x2={plot.left} y1={c} y2={c} />
            <text x={plot.left - TICK - GAP} y={c} dy="0.355em" textAnchor="end">
              {name}
            </text>
          </g>
        ) : (
          <g key={i}>
            <line x1={c} x2={c} y1={plot.bottom} y2={plot.bottom + TICK} />
            <text x={c} y={plot.bottom + TICK + GAP} dy="0.71em" textAnchor="middle">
              {name}
            </text>
          </g>
        )
      })}
    </g>
  )
}

/** Grid lines across the plot: `rows` at y positions, `columns` at x positions. */
export function Grid({
  rows = [],
  columns = [],
  plot,
}: {
  rows?: readonly number[]
  columns?: readonly number[]
  plot: Plot
}) {
  let d = ''
  for (const y of rows) d += `M${plot.left},${y}H${plot.right}`
  for (const x of columns) d += `M${x},${plot.top}V${plot.bottom}`
  return <path className="plot-grid" d={d} aria-hidden="true" />
}

/** An axis title turned to run up the left (or down the right) edge, centred on the plot. */
export function SideTitle({
  x,
  plot,
  side,
  children,
}: {
  x: number
  plot: Plot
  side: 'left' | 'right'
  children: ReactNode
}) {
  const y = (plot.top + plot.bottom) / 2
  return (
    <text
      className="plot-title"
      transform={`translate(${x} ${y}) rotate(${side === 'left' ? -90 : 90})`}
      textAnchor="middle"
      aria-hidden="true"
    >
      {children}
    </text>
  )
}
