/**
 * A plain SVG chart read point by point, as recharts' tooltip did: the point nearest the pointer,
 * or, once the chart has focus, the arrow keys move from one to the next (Home and End to the
 * first and last). The point's readout floats beside it and is announced.
 */
import { useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react'
import type { Plot } from './svg-plot'

/** `xs` are the points' x positions in the SVG, in order. */
function useBrowse(xs: readonly number[]) {
  const [active, setActive] = useState<number | null>(null)
  const last = xs.length - 1
  const nearest = (x: number): number => {
    let low = 0
    let high = last
    while (low < high) {
      const mid = (low + high) >>> 1
      if ((xs[mid] ?? 0) < x) low = mid + 1
      else high = mid
    }
    const before = low > 0 ? low - 1 : low
    return Math.abs((xs[before] ?? 0) - x) <= Math.abs((xs[low] ?? 0) - x) ? before : low
  }
  const handlers = {
    tabIndex: 0,
    onKeyDown(event: KeyboardEvent<SVGSVGElement>) {
      const step: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1 }
      let next: number | null = null
      if (event.key in step) next = (active ?? last) + (step[event.key] ?? 0)
      else if (event.key === 'Home') next = 0
      else if (event.key === 'End') next = last
      if (next === null || last < 0) return
      event.preventDefault()
      setActive(Math.max(0, Math.min(last, next)))
    },
    onFocus: () => setActive((a) => a ?? (last < 0 ? null : last)),
    onBlur: () => setActive(null),
    onMouseMove(event: MouseEvent<SVGSVGElement>) {
      if (last < 0) return
      const box = event.currentTarget.getBoundingClientRect()
      setActive(nearest(event.clientX - box.left))
    },
    onMouseLeave: () => setActive(null),
  }
  return { active, handlers }
}

interface Props {
  width: number
  height: number
  plot: Plot
  /** What the chart shows, and what one point is ("bar", "episode"). */
  label: string
  point: string
  xs: readonly number[]
  /** What point `index` says, in the readout. */
  readout: (index: number) => ReactNode
  children: ReactNode
}

export function BrowsableSvg({ width, height, plot, label, point, xs, readout, children }: Props) {
  const { active, handlers } = useBrowse(xs)
  const x = active === null ? null : (xs[active] ?? null)
  return (
    <>
      <svg
        className="chart-svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="application"
        aria-roledescription="chart"
        aria-label={`${label}. Use the arrow keys to read each ${point}.`}
        {...handlers}
      >
        {children}
        {x !== null && (
          <line
            className="plot-cursor"
            x1={x}
            x2={x}
            y1={plot.top}
            y2={plot.bottom}
            aria-hidden="true"
          />
        )}
      </svg>
      {active !== null && x !== null && (
        <div
          className="chart-tooltip plot-tooltip"
          role="status"
          style={{ left: Math.min(x + 12, Math.max(0, width - 240)) }}
        >
          {readout(active)}
        </div>
      )}
    </>
  )
}
