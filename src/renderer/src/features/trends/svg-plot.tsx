/**
 * The pieces of a plain SVG chart: a linear scale, axes with their ticks, and grid lines. Trends
 * draws its bar charts with these instead of recharts, whose fixed cost per chart (its store, the
 * effects that register each axis and series, the render that follows) was most of the screen's
 * drawing time. Every tick given is drawn, at a place computed here: nothing is measured in the
 * page. They look as recharts drew them (tick marks of 6 px, labels 2 px beyond).
 */
import type { ReactNode } from 'react'

export type Scale = (value: number) => number

/** The straight map from `domain` onto `range` (pixels). */
export function linearScale(
  [d0, d1]: readonly [number, number],
  [r0, r1]: [number, number],
): Scale {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0)
  return (v) => r0 + (v - d0) * k
}

/** Left, top, right and bottom edges of the plotting area. */
export interface Plot {
  left: number
  top: number
  right: number
  bottom: number
}

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

/** Coordinates to a tenth of a pixel: shorter paths, no visible difference. */
const px = (v: number): number => Math.round(v * 10) / 10

/**
 * A line through the points (`xs` in pixels, `values` on `y`'s scale), lifted where a value is
 * null: a day not logged is a gap, never bridged.
 */
export function linePath(xs: readonly number[], values: readonly (number | null)[], y: Scale) {
  let d = ''
  let down = false
  for (const [i, v] of values.entries()) {
    if (v === null) down = false
    else {
      d += `${down ? 'L' : 'M'}${px(xs[i] ?? 0)},${px(y(v))}`
      down = true
    }
  }
  return d
}

/** The area under the points down to `base`, joined across nulls (a zoom strip's preview). */
export function areaPath(
  xs: readonly number[],
  values: readonly (number | null)[],
  y: Scale,
  base: number,
) {
  let d = ''
  let lastX = 0
  for (const [i, v] of values.entries()) {
    if (v === null) continue
    const x = px(xs[i] ?? 0)
    d += d === '' ? `M${x},${px(base)}L${x},${px(y(v))}` : `L${x},${px(y(v))}`
    lastX = x
  }
  return d === '' ? '' : `${d}L${lastX},${px(base)}Z`
}

/** A mark per point, all in one path: dots, or the flags' triangles and diamonds. */
export function marksPath(
  shape: 'dot' | 'triangle' | 'diamond',
  points: readonly (readonly [number, number])[],
  size: number,
) {
  const r = size
  const mark = {
    dot: `m${-r},0a${r},${r} 0 1 0 ${2 * r},0a${r},${r} 0 1 0 ${-2 * r},0`,
    triangle: `m0,${-r}l${r},${1.75 * r}h${-2 * r}z`,
    diamond: `m0,${-r}l${r},${r}l${-r},${r}l${-r},${-r}z`,
  }[shape]
  let d = ''
  for (const [x, y] of points) d += `M${px(x)},${px(y)}${mark}`
  return d
}
