/**
 * Pain over time: the worst and the average of each day (or week), the rolling mean, episodes
 * as shaded bands, flags as small markers, and a zoom strip to look closer, drawing the whole
 * period's worst pain so you can see where to look. Unlogged days are gaps. Plain SVG placed
 * from scales (svg-plot.tsx), each layer one path; hover it, or focus it and use the arrow keys,
 * to read a point (BrowsableSvg).
 */
import { memo, useMemo, useState } from 'react'
import { BrowsableSvg } from './BrowsableSvg'
import { periodLabel, tickLabel, timeTicks, toX, type TrendsData } from './chart-utils'
import { PainLegend, PainReadout, type Point } from './PainChartParts'
import { linearScale, linePath } from '../../../../shared/plot-paths'
import { marksPath, type Plot } from './plot-geometry'
import { BottomAxis, Grid, SideAxis, SideTitle } from './svg-plot'
import { useWidth } from './use-width'
import { ZoomStrip, type Zoom } from './ZoomStrip'
import { PAIN_AXIS, PAIN_TICKS, PAIN_RANGE } from '../../../../shared/pain-scale'

const HEIGHT = 300
/** Flags sit along the top of the chart, above the lines. */
const FLAG_Y = 9.6
/** A warning sign on a day with a medicine flag too sits just under it, so both show. */
const FLAG_Y_BELOW = 8.7
/** A flag's size: half its width, in pixels. */
const FLAG = 6
/** Longer series than this are drawn with smaller dots, weekly ones without. */
const BIG_DOTS = 120
/** Shorter series than this fit the chart without a zoom strip. */
export const ZOOMABLE = 20

interface Props {
  pain: TrendsData['pain']
  markers: TrendsData['markers']
  episodes: TrendsData['episodes']
  from: string
  to: string
  weekly: boolean
}

export const PainChart = memo(function PainChart({
  pain,
  markers,
  episodes,
  from,
  to,
  weekly,
}: Props) {
  const [frame, width] = useWidth<HTMLDivElement>(800)
  const data = useMemo<Point[]>(() => pain.map((p) => ({ ...p, x: toX(p.start) })), [pain])
  const last = data.length - 1
  const [zoom, setZoom] = useState<Zoom>({ start: 0, end: last })
  const zoomed = zoom.start > 0 || zoom.end < last
  const shown = useMemo(() => data.slice(zoom.start, zoom.end + 1), [data, zoom])
  const shownFrom = shown[0]?.start ?? from
  const shownTo = shown[shown.length - 1]?.end ?? to
  const period = periodLabel(shownFrom, shownTo)
  const flags = useMemo(() => {
    const over = markers.filter((m) => m.kind === 'medication').map((m) => toX(m.at))
    const overDays = new Set(over)
    const red = markers
      .filter((m) => m.kind === 'red-flag')
      .map((m) => [toX(m.at), overDays.has(toX(m.at)) ? FLAG_Y_BELOW : FLAG_Y] as const)
    return { over, red }
  }, [markers])
  const bands = useMemo(
    () => episodes.map((e) => [toX(e.start < from ? from : e.start), toX(e.end > to ? to : e.end)]),
    [episodes, from, to],
  )

  const plot: Plot = { left: 4 + 56, top: 12, right: width - 16, bottom: HEIGHT - 30 }
  // One point alone gets a day either side, so it sits in the middle.
  const d0 = (shown[0]?.x ?? toX(from)) - (shown.length > 1 ? 0 : 1)
  const d1 = (shown[shown.length - 1]?.x ?? toX(to)) + (shown.length > 1 ? 0 : 1)
  const x = linearScale([d0, d1], [plot.left, plot.right])
  const y = linearScale(PAIN_AXIS, [plot.bottom, plot.top])
  const xs = shown.map((p) => x(p.x))
  const ticks = timeTicks(shownFrom, shownTo).filter((t) => t >= d0 && t <= d1)
  const inside = (day: number) => day >= d0 && day <= d1

  let bandPath = ''
  for (const [start = 0, end = 0] of bands) {
    const x1 = Math.max(plot.left, x(start - 0.5))
    const x2 = Math.min(plot.right, x(end + 0.5))
    if (x2 > x1) bandPath += `M${x1},${plot.top}H${x2}V${plot.bottom}H${x1}Z`
  }
  const worst = shown.map((p) => p.worst)
  const dots = weekly
    ? ''
    : marksPath(
        'dot',
        shown.flatMap((p, i) => (p.worst === null ? [] : [[xs[i] ?? 0, y(p.worst)] as const])),
        data.length <= BIG_DOTS ? 2 : 1.2,
      )
  const over = marksPath(
    'triangle',
    flags.over.filter(inside).map((day) => [x(day), y(FLAG_Y)] as const),
    FLAG,
  )
  const red = marksPath(
    'diamond',
    flags.red.filter(([day]) => inside(day)).map(([day, v]) => [x(day), y(v)] as const),
    FLAG,
  )

  return (
    <div className="chart-frame pain-chart" ref={frame}>
      <BrowsableSvg
        width={width}
        height={HEIGHT}
        plot={plot}
        label={`Pain over time, ${period}`}
        point={weekly ? 'week' : 'day'}
        xs={xs}
        readout={(i) => shown[i] && <PainReadout point={shown[i]} weekly={weekly} />}
        highlight={(i) => {
          const p = shown[i]
          return (
            p?.worst !== null &&
            p?.worst !== undefined && (
              <circle className="pain-active" cx={xs[i]} cy={y(p.worst)} r={4} aria-hidden="true" />
            )
          )
        }}
      >
        <path className="pain-bands" d={bandPath} aria-hidden="true" />
        <Grid plot={plot} rows={PAIN_TICKS.map(y)} />
        <BottomAxis ticks={ticks} scale={x} format={tickLabel(d1 - d0 + 1)} plot={plot} />
        <SideAxis ticks={PAIN_TICKS} scale={y} format={String} plot={plot} side="left" />
        <SideTitle x={16} plot={plot} side="left">
          Pain ({PAIN_RANGE})
        </SideTitle>
        <g aria-hidden="true">
          <path className="pain-worst" d={linePath(xs, worst, y)} />
          <path className="pain-worst-dots" d={dots} />
          <path
            className="pain-average"
            d={linePath(
              xs,
              shown.map((p) => p.average),
              y,
            )}
          />
          <path
            className="pain-mean"
            d={linePath(
              xs,
              shown.map((p) => p.mean),
              y,
            )}
          />
          <path className="pain-over" d={over} />
          <path className="pain-red" d={red} />
        </g>
      </BrowsableSvg>
      {data.length > ZOOMABLE && (
        <>
          <ZoomStrip data={data} width={width} plot={plot} zoom={zoom} onZoom={setZoom} />
          <div className="zoom-readout">
            <p aria-live="polite">
              Showing <span className="num">{period}</span>
            </p>
            {zoomed && (
              <button
                type="button"
                className="button small"
                onClick={() => setZoom({ start: 0, end: last })}
              >
                Show the whole period
              </button>
            )}
          </div>
        </>
      )}
      <PainLegend
        weekly={weekly}
        episodes={bands.length > 0}
        over={flags.over.length > 0}
        red={flags.red.length > 0}
      />
    </div>
  )
})
