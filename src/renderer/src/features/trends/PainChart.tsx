/**
 * Pain over time: the worst and the average of each day (or week), the rolling mean, episodes
 * as shaded bands, flags as small markers, and a zoom strip (a brush) to look closer, drawing the
 * whole period's worst pain so you can see where to look. Unlogged days are gaps.
 */
import { memo, useMemo, useState } from 'react'
import {
  Area,
  AreaChart,
  Brush,
  CartesianGrid,
  ComposedChart,
  Line,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
  usePlotArea,
  useXAxisScale,
} from 'recharts'
import { AXIS_STYLE, periodLabel, tickLabel, timeTicks, toX, type TrendsData } from './chart-utils'
import { PainLegend, PainTooltip, seriesNames, type Point } from './PainChartParts'

const PAIN_TICKS = [0, 2, 4, 6, 8, 10]

/**
 * Every episode as a shaded band behind the lines, all in one path: a recharts ReferenceArea
 * each cost a component, its store entry and an effect (79 of them on twenty years). Inside the
 * chart, under its lines, using the chart's own x scale; bands past a zoomed edge are cut there.
 */
function EpisodeBands({ bands }: { bands: readonly { key: string; x1: number; x2: number }[] }) {
  const scale = useXAxisScale()
  const area = usePlotArea()
  if (!scale || !area) return null
  const left = area.x
  const right = area.x + area.width
  let d = ''
  for (const b of bands) {
    const x1 = Math.max(left, scale(b.x1 - 0.5) ?? left)
    const x2 = Math.min(right, scale(b.x2 + 0.5) ?? right)
    if (x2 > x1) d += `M${x1},${area.y}H${x2}V${area.y + area.height}H${x1}Z`
  }
  return <path className="episode-bands" d={d} fill="var(--chart-episode)" aria-hidden="true" />
}

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
  const data = useMemo<Point[]>(() => pain.map((p) => ({ ...p, x: toX(p.start) })), [pain])
  const [zoom, setZoom] = useState<{ start: number; end: number } | null>(null)
  const shownFrom = zoom ? (data[zoom.start]?.start ?? from) : from
  const shownTo = zoom ? (data[zoom.end]?.end ?? to) : to
  const zoomed = zoom !== null && (zoom.start > 0 || zoom.end < data.length - 1)
  const shown = periodLabel(shownFrom, shownTo)
  const span = toX(shownTo) - toX(shownFrom) + 1
  const ticks = useMemo(() => timeTicks(shownFrom, shownTo), [shownFrom, shownTo])
  const format = useMemo(() => tickLabel(span), [span])
  const bands = useMemo(
    () =>
      episodes.map((e) => ({
        key: e.start,
        x1: toX(e.start < from ? from : e.start),
        x2: toX(e.end > to ? to : e.end),
      })),
    [episodes, from, to],
  )
  const over = useMemo(
    () => markers.filter((m) => m.kind === 'medication').map((m) => ({ x: toX(m.at), y: 9.6 })),
    [markers],
  )
  const red = useMemo(
    () => markers.filter((m) => m.kind === 'red-flag').map((m) => ({ x: toX(m.at), y: 9.6 })),
    [markers],
  )
  const names = seriesNames(weekly)
  const dots = !weekly && data.length <= 120 ? { r: 2 } : !weekly ? { r: 1.2 } : false

  return (
    <div className="chart-frame">
      <ComposedChart
        data={data}
        responsive
        style={{ width: '100%', height: 340 }}
        margin={{ top: 12, right: 16, bottom: 4, left: 4 }}
      >
        <CartesianGrid
          stroke="var(--chart-grid)"
          vertical={false}
          // Lines at the axis's ticks, given: recharts would otherwise work them out again.
          horizontalValues={PAIN_TICKS}
        />
        <EpisodeBands bands={bands} />
        <XAxis
          dataKey="x"
          type="number"
          domain={['dataMin', 'dataMax']}
          ticks={ticks}
          tickFormatter={format}
          allowDataOverflow
          {...AXIS_STYLE}
        />
        <YAxis
          domain={[0, 10]}
          ticks={PAIN_TICKS}
          width={56}
          allowDataOverflow
          label={{
            value: 'Pain (0–10)',
            angle: -90,
            position: 'insideLeft',
            fill: 'var(--text-muted)',
            fontSize: 13,
            dx: 8,
            dy: 40,
          }}
          {...AXIS_STYLE}
        />
        <Tooltip
          content={(props) => <PainTooltip {...props} weekly={weekly} />}
          isAnimationActive={false}
        />
        <Line
          dataKey="worst"
          name={names.worst}
          stroke="var(--chart-worst)"
          strokeWidth={1}
          dot={dots && { ...dots, fill: 'var(--chart-worst)', stroke: 'none' }}
          activeDot={{ r: 4 }}
          connectNulls={false}
          isAnimationActive={false}
        />
        <Line
          dataKey="average"
          name={names.average}
          stroke="var(--chart-average)"
          strokeWidth={1.5}
          strokeDasharray="5 4"
          dot={false}
          connectNulls={false}
          isAnimationActive={false}
        />
        <Line
          dataKey="mean"
          name={names.mean}
          stroke="var(--chart-mean)"
          strokeWidth={3}
          dot={false}
          connectNulls={false}
          isAnimationActive={false}
        />
        {over.length > 0 && (
          <Scatter
            data={over}
            dataKey="y"
            name="Medicine over your daily limit"
            shape="triangle"
            fill="var(--chart-marker)"
            isAnimationActive={false}
            tooltipType="none"
          />
        )}
        {red.length > 0 && (
          <Scatter
            data={red}
            dataKey="y"
            name="Warning sign recorded"
            shape="diamond"
            fill="var(--danger)"
            isAnimationActive={false}
            tooltipType="none"
          />
        )}
        {data.length > 20 && (
          // recharts writes the handles' dates beside them, past the chart's edges, where the
          // card and the window cut them off (hidden in trends.css); the line under the chart
          // says which dates are shown instead.
          <Brush
            dataKey="x"
            height={36}
            travellerWidth={10}
            stroke="var(--chart-axis)"
            fill="var(--surface)"
            ariaLabel={`Zoom handle: showing ${shown}`}
            startIndex={zoom?.start ?? 0}
            endIndex={zoom?.end ?? data.length - 1}
            onChange={(r) => setZoom({ start: r.startIndex, end: r.endIndex })}
          >
            {/* A preview inside the strip: it shares this chart's data and its 0–10 axis. */}
            <AreaChart>
              <Area
                dataKey="worst"
                stroke="var(--chart-worst)"
                strokeWidth={1}
                fill="var(--chart-worst)"
                fillOpacity={0.25}
                connectNulls
                isAnimationActive={false}
              />
            </AreaChart>
          </Brush>
        )}
      </ComposedChart>
      {data.length > 20 && (
        <div className="zoom-readout">
          <p aria-live="polite">
            Showing <span className="num">{shown}</span>
          </p>
          {zoomed && (
            <button type="button" className="button small" onClick={() => setZoom(null)}>
              Show the whole period
            </button>
          )}
        </div>
      )}
      <PainLegend
        weekly={weekly}
        episodes={bands.length > 0}
        over={over.length > 0}
        red={red.length > 0}
      />
    </div>
  )
})
