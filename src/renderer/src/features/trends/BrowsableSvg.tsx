/**
 * A plain SVG chart read point by point, as recharts' tooltip did: the point nearest the pointer,
 * or, once the chart has focus, the arrow keys move from one to the next (Home and End to the
 * first and last). The point's readout floats beside it and is announced.
 */
import { useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react'
import { indexForKey, nearestIndex, type Plot } from './plot-geometry'

const BROWSE_KEYS = ['ArrowLeft', 'ArrowRight', 'Home', 'End']

/** `xs` are the points' x positions in the SVG, in order. */
function useBrowse(xs: readonly number[]) {
  const [active, setActive] = useState<number | null>(null)
  const last = xs.length - 1
  const handlers = {
    tabIndex: 0,
    onKeyDown(event: KeyboardEvent<SVGSVGElement>) {
      // Up, Down and the page keys still scroll the page.
      if (!BROWSE_KEYS.includes(event.key)) return
      const next = indexForKey(event.key, active ?? last, last)
      if (next === null || last < 0) return
      event.preventDefault()
      setActive(next)
    },
    onFocus: () => setActive((a) => a ?? (last < 0 ? null : last)),
    onBlur: () => setActive(null),
    onMouseMove(event: MouseEvent<SVGSVGElement>) {
      if (last < 0) return
      const box = event.currentTarget.getBoundingClientRect()
      setActive(nearestIndex(xs, event.clientX - box.left))
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
  /** Marks drawn on point `index` while it is read (beside the cursor line). */
  highlight?: (index: number) => ReactNode
  children: ReactNode
}

export function BrowsableSvg({
  width,
  height,
  plot,
  label,
  point,
  xs,
  readout,
  highlight,
  children,
}: Props) {
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
        {active !== null && highlight?.(active)}
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
