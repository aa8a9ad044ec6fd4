/**
 * Bars with their numbers written on them, so each value can be read without the axis or the
 * colour: horizontal for named things (triggers, remedies), vertical for an ordered set
 * (situations, weekdays). Several series sit side by side and get a legend. Plain SVG with its
 * scales worked out here (see svg-plot.tsx): every bar and its number are placed without asking
 * the page to measure anything. Each row of bars is a list item named with its values, so a
 * screen reader hears "Walking: Days with the trigger 6.2, Days without it 4.1".
 */
import { memo } from 'react'
import { linearScale } from '../../../../shared/plot-paths'
import { BottomAxis, CategoryAxis, Grid, SideAxis, SideTitle } from './svg-plot'
import { useWidth } from './use-width'

export interface BarSeries {
  key: string
  name: string
  /** A CSS colour (variable). */
  colour: string
}

export type BarRow = { label: string } & Record<string, number | string | null>

interface Props {
  rows: readonly BarRow[]
  series: readonly BarSeries[]
  domain: readonly [number, number]
  /** Axis title, with its unit. */
  unit: string
  layout: 'horizontal' | 'vertical'
  /** Axis ticks. */
  format: (value: number) => string
  /** The numbers on the bars; the axis format when not given. */
  labelFormat?: (value: number) => string
  ticks?: readonly number[]
}

/** Space between the bars of one row, and the share of a row's band left empty around them. */
const BAR_GAP = 2
const BAND_GAP = 0.1
/** Room for the value axis's labels under a plot. */
const AXIS_HEIGHT = 30

const valueOf = (row: BarRow, key: string): number | null => {
  const v = row[key]
  return typeof v === 'number' ? v : null
}

export const BarsChart = memo(function BarsChart({
  rows,
  series,
  domain,
  unit,
  layout,
  format,
  labelFormat = format,
  ticks = domain,
}: Props) {
  const [frame, width] = useWidth<HTMLDivElement>(800)
  const horizontal = layout === 'horizontal'
  const perRow = series.length * 22 + 14
  const height = horizontal ? Math.max(120, rows.length * perRow + 56) : 300
  const longest = Math.max(...rows.map((r) => r.label.length), 4)
  const categoryWidth = Math.min(360, longest * 8 + 20)
  const plot = horizontal
    ? { left: 8 + categoryWidth, top: 16, right: width - 48, bottom: height - 4 - AXIS_HEIGHT }
    : { left: 8 + 56, top: 16, right: width - 48, bottom: height - 20 - AXIS_HEIGHT }
  // Categories run down (horizontal bars) or across (columns); values the other way.
  const [c0, c1] = horizontal ? [plot.top, plot.bottom] : [plot.left, plot.right]
  const band = (c1 - c0) / Math.max(1, rows.length)
  const barSize = Math.max(
    1,
    Math.min(
      horizontal ? 20 : 48,
      (band * (1 - 2 * BAND_GAP) - (series.length - 1) * BAR_GAP) / series.length,
    ),
  )
  const groupSize = series.length * barSize + (series.length - 1) * BAR_GAP
  const centre = (i: number) => c0 + band * (i + 0.5)
  const value = horizontal
    ? linearScale(domain, [plot.left, plot.right])
    : linearScale(domain, [plot.bottom, plot.top])
  const clamp = (v: number) => Math.min(domain[1], Math.max(domain[0], v))
  const base = value(clamp(0))
  const tickPositions = ticks.map(value)

  return (
    <div className="chart-frame" ref={frame}>
      <svg
        className="chart-svg"
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="list"
        aria-label={unit}
      >
        <Grid
          plot={plot}
          rows={horizontal ? [] : tickPositions}
          columns={horizontal ? tickPositions : []}
        />
        {horizontal ? (
          <>
            <BottomAxis ticks={ticks} scale={value} format={format} plot={plot} />
            <CategoryAxis
              names={rows.map((r) => r.label)}
              centre={centre}
              plot={plot}
              side="left"
            />
          </>
        ) : (
          <>
            <SideAxis ticks={ticks} scale={value} format={format} plot={plot} side="left" />
            <CategoryAxis
              names={rows.map((r) => r.label)}
              centre={centre}
              plot={plot}
              side="bottom"
            />
            <SideTitle x={16} plot={plot} side="left">
              {unit}
            </SideTitle>
          </>
        )}
        {domain[0] < 0 &&
          (horizontal ? (
            <line
              className="plot-zero"
              x1={base}
              x2={base}
              y1={plot.top}
              y2={plot.bottom}
              aria-hidden="true"
            />
          ) : (
            <line
              className="plot-zero"
              x1={plot.left}
              x2={plot.right}
              y1={base}
              y2={base}
              aria-hidden="true"
            />
          ))}
        {rows.map((row, i) => {
          const start = centre(i) - groupSize / 2
          const named = series
            .map((s) => {
              const v = valueOf(row, s.key)
              return v === null ? null : `${s.name} ${labelFormat(v)}`
            })
            .filter((t) => t !== null)
          return (
            <g
              key={row.label}
              role="listitem"
              aria-label={`${row.label}: ${named.length > 0 ? named.join(', ') : 'no bar'}`}
            >
              {series.map((s, k) => {
                const v = valueOf(row, s.key)
                if (v === null) return null
                const end = value(clamp(v))
                const across = start + k * (barSize + BAR_GAP)
                const low = Math.min(base, end)
                const long = Math.abs(end - base)
                const label = labelFormat(v)
                return (
                  <g key={s.key} aria-hidden="true">
                    {horizontal ? (
                      <>
                        <rect x={low} y={across} width={long} height={barSize} fill={s.colour} />
                        <text
                          className="bar-label"
                          x={v < 0 ? end - 5 : end + 5}
                          y={across + barSize / 2}
                          dy="0.355em"
                          textAnchor={v < 0 ? 'end' : 'start'}
                        >
                          {label}
                        </text>
                      </>
                    ) : (
                      <>
                        <rect x={across} y={low} width={barSize} height={long} fill={s.colour} />
                        <text
                          className="bar-label"
                          x={across + barSize / 2}
                          y={v < 0 ? end + 5 : end - 5}
                          dy={v < 0 ? '0.71em' : undefined}
                          textAnchor="middle"
                        >
                          {label}
                        </text>
                      </>
                    )}
                  </g>
                )
              })}
            </g>
          )
        })}
      </svg>
      {horizontal && (
        // Under the bars, not in the drawing: a long title there runs past the card when the
        // names beside the bars take most of a narrow window.
        <p className="axis-title" style={{ paddingLeft: categoryWidth + 8, paddingRight: 48 }}>
          {unit}
        </p>
      )}
      {series.length > 1 && (
        <ul className="chart-legend" aria-label="Legend">
          {series.map((s) => (
            <li key={s.key}>
              <span className="legend-box" style={{ background: s.colour }} aria-hidden="true" />
              {s.name}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
})
