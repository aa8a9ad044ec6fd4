/**
 * The zoom strip under the pain chart: the whole period's worst pain in small, with a window
 * over the part the chart shows. Two handles (sliders, 24 px wide) set its first and last point:
 * drag them, or focus one and use the arrow keys (Page Up and Page Down move a tenth of the way,
 * Home and End to the ends); drag the window itself to move it along. Positions come from the
 * same time scale as the chart's; the strip is measured only while a pointer drags.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react'
import { linearScale } from '../../../../shared/plot-paths'
import { areaPath, indexForKey, nearestIndex, type Plot } from './plot-geometry'
import { formatDayShort } from '../../../../shared/days'
import type { Point } from './PainChartParts'
import { PAIN_AXIS } from '../../../../shared/pain-scale'

export const STRIP_HEIGHT = 40
/** Half a handle: its target is 24 px wide, centred on the window's edge. */
const HALF = 12

export interface Zoom {
  start: number
  end: number
}

interface Props {
  data: readonly Point[]
  width: number
  plot: Plot
  zoom: Zoom
  onZoom: (zoom: Zoom) => void
}

type Drag = { part: 'start' | 'end' } | { part: 'window'; from: number; zoom: Zoom }

export function ZoomStrip({ data, width, plot, zoom, onZoom }: Props) {
  const last = data.length - 1
  const x = linearScale([data[0]?.x ?? 0, data[last]?.x ?? 1], [plot.left, plot.right])
  const y = linearScale(PAIN_AXIS, [STRIP_HEIGHT - 1, 3])
  const xs = data.map((p) => x(p.x))
  const left = xs[zoom.start] ?? plot.left
  const right = xs[zoom.end] ?? plot.right
  const drag = useRef<Drag | null>(null)

  /** Keeps the window at least two points wide and inside the period. */
  const move = (part: 'start' | 'end', index: number) =>
    onZoom(
      part === 'start'
        ? { start: Math.min(index, zoom.end - 1), end: zoom.end }
        : { start: zoom.start, end: Math.max(index, zoom.start + 1) },
    )
  const indexAt = (event: PointerEvent<HTMLDivElement>) => {
    const strip = event.currentTarget.parentElement?.getBoundingClientRect()
    return nearestIndex(xs, event.clientX - (strip?.left ?? 0))
  }
  const grab = (event: PointerEvent<HTMLDivElement>, part: Drag['part']) => {
    event.currentTarget.setPointerCapture(event.pointerId)
    drag.current = part === 'window' ? { part, from: indexAt(event), zoom } : { part }
  }
  const pointer = {
    onPointerMove(event: PointerEvent<HTMLDivElement>) {
      const d = drag.current
      if (!d) return
      if (d.part !== 'window') return move(d.part, indexAt(event))
      const shift = Math.max(-d.zoom.start, Math.min(last - d.zoom.end, indexAt(event) - d.from))
      onZoom({ start: d.zoom.start + shift, end: d.zoom.end + shift })
    },
    onPointerUp() {
      drag.current = null
    },
    onPointerCancel() {
      drag.current = null
    },
  }
  const handle = (part: 'start' | 'end') => {
    const index = part === 'start' ? zoom.start : zoom.end
    const day = part === 'start' ? data[index]?.start : data[index]?.end
    return (
      <div
        className="zoom-handle"
        role="slider"
        tabIndex={0}
        aria-label={part === 'start' ? 'First day shown' : 'Last day shown'}
        aria-valuemin={0}
        aria-valuemax={last}
        aria-valuenow={index}
        aria-valuetext={day === undefined ? undefined : formatDayShort(day)}
        style={{ left: (part === 'start' ? left : right) - HALF }}
        onPointerDown={(event) => grab(event, part)}
        {...pointer}
        onKeyDown={(event: KeyboardEvent<HTMLDivElement>) => {
          const next = indexForKey(event.key, index, last, Math.max(1, Math.round(last / 10)))
          if (next === null) return
          event.preventDefault()
          move(part, next)
        }}
      />
    )
  }

  return (
    <div className="zoom-strip" style={{ height: STRIP_HEIGHT }}>
      <svg width={width} height={STRIP_HEIGHT} aria-hidden="true">
        <rect
          className="zoom-track"
          x={plot.left}
          y={0.5}
          width={plot.right - plot.left}
          height={STRIP_HEIGHT - 1}
        />
        <path
          className="zoom-preview"
          d={areaPath(
            xs,
            data.map((p) => p.worst),
            y,
            STRIP_HEIGHT - 1,
          )}
        />
        <path
          className="zoom-outside"
          d={`M${plot.left},0H${left}V${STRIP_HEIGHT}H${plot.left}ZM${right},0H${plot.right}V${STRIP_HEIGHT}H${right}Z`}
        />
        <rect
          className="zoom-window"
          x={left}
          y={0.5}
          width={right - left}
          height={STRIP_HEIGHT - 1}
        />
      </svg>
      <div
        className="zoom-pan"
        style={{ left, width: right - left }}
        onPointerDown={(event) => grab(event, 'window')}
        {...pointer}
      />
      {handle('start')}
      {handle('end')}
    </div>
  )
}
