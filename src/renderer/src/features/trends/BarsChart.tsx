/**
 * Bars with their numbers written on them, so each value can be read without the axis or the
 * colour: horizontal for named things (triggers, remedies), vertical for an ordered set
 * (situations, weekdays). Several series sit side by side and get a legend.
 */
import { memo } from 'react'
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts'
import { AXIS_STYLE } from './chart-utils'

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
  domain: [number, number]
  /** Axis title, with its unit. */
  unit: string
  layout: 'horizontal' | 'vertical'
  /** Axis ticks. */
  format: (value: number) => string
  /** The numbers on the bars; the axis format when not given. */
  labelFormat?: (value: number) => string
  ticks?: number[]
}

export const BarsChart = memo(function BarsChart({
  rows,
  series,
  domain,
  unit,
  layout,
  format,
  labelFormat = format,
  ticks,
}: Props) {
  const horizontal = layout === 'horizontal'
  const perRow = series.length * 22 + 14
  const height = horizontal ? Math.max(120, rows.length * perRow + 56) : 300
  const longest = Math.max(...rows.map((r) => r.label.length), 4)
  const categoryWidth = Math.min(360, longest * 8 + 20)
  const valueAxis = {
    type: 'number' as const,
    domain,
    ticks,
    allowDataOverflow: true,
    tickFormatter: format,
    label: { value: unit, fill: 'var(--text-muted)', fontSize: 13 },
    ...AXIS_STYLE,
  }
  const labelFormatter = (v: unknown) => (typeof v === 'number' ? labelFormat(v) : '')
  return (
    <div className="chart-frame">
      <BarChart
        data={rows}
        layout={horizontal ? 'vertical' : 'horizontal'}
        responsive
        style={{ width: '100%', height }}
        margin={{ top: 16, right: 48, bottom: horizontal ? 4 : 20, left: 8 }}
        barGap={2}
      >
        <CartesianGrid stroke="var(--chart-grid)" horizontal={!horizontal} vertical={horizontal} />
        {horizontal ? (
          <>
            {/* Its title is written under the chart, where it can wrap (see below). */}
            <XAxis {...valueAxis} label={undefined} />
            <YAxis type="category" dataKey="label" width={categoryWidth} {...AXIS_STYLE} />
          </>
        ) : (
          <>
            <XAxis type="category" dataKey="label" {...AXIS_STYLE} />
            <YAxis
              {...valueAxis}
              width={56}
              label={{ ...valueAxis.label, angle: -90, position: 'insideLeft', dx: 8, dy: 40 }}
            />
          </>
        )}
        {domain[0] < 0 &&
          (horizontal ? (
            <ReferenceLine x={0} stroke="var(--chart-axis)" />
          ) : (
            <ReferenceLine y={0} stroke="var(--chart-axis)" />
          ))}
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            fill={s.colour}
            isAnimationActive={false}
            maxBarSize={horizontal ? 20 : 48}
          >
            <LabelList
              dataKey={s.key}
              position={horizontal ? 'right' : 'top'}
              formatter={labelFormatter}
              className="bar-label"
              fill="var(--text)"
            />
          </Bar>
        ))}
      </BarChart>
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
