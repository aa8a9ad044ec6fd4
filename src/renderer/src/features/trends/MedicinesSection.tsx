/**
 * Medicines over time: one small chart per medicine (small multiples rather than stacked
 * colours, so no series is told apart by colour alone), with its daily limit as a line. Each
 * strip is plain SVG whose bars are one path (see svg-plot.tsx); hover a bar, or focus the strip
 * and use the arrow keys, to read its period and amount.
 */
import { memo, useMemo } from 'react'
import {
  isLabelMaximum,
  LABEL_MAXIMUM,
  LABEL_MAXIMUM_NOTE,
  MEDICINE_DISCLAIMER,
} from '../../../../shared/catalog'
import { wholeNumber } from '../../../../shared/stats'
import { formatMg, formatMgNumber } from '../../../../shared/locale-format'
import { BrowsableSvg } from './BrowsableSvg'
import { ChartCard } from './ChartCard'
import { niceTicks, periodLabel, tickLabel, timeTicks, toX, type TrendsData } from './chart-utils'
import { DataTable, type Column } from './DataTable'
import { linearScale } from '../../../../shared/plot-paths'
import { BottomAxis, Grid, SideAxis } from './svg-plot'
import { useWidth } from './use-width'

type Summary = TrendsData['medicines']['summaries'][number]
interface DoseRow {
  id: string
  start: string
  end: string
  medicine: string
  mg: number
}

const HEIGHT = 150
const BAR = 3
/** The smallest bar drawn, so a small dose still shows. */
const MIN_BAR = 2

const MedicineStrip = memo(function MedicineStrip({
  name,
  medicineKey,
  points,
  limitMg,
  from,
  to,
  weekly,
}: {
  name: string
  medicineKey: string
  points: TrendsData['medicines']['points']
  limitMg: number | null
  from: string
  to: string
  weekly: boolean
}) {
  const [frame, width] = useWidth<HTMLDivElement>(800)
  const data = useMemo(
    () =>
      points.flatMap((p) => {
        const mg = p.totals[medicineKey]
        return mg === undefined ? [] : [{ x: toX(p.start), mg, start: p.start, end: p.end }]
      }),
    [points, medicineKey],
  )
  const ticks = useMemo(() => timeTicks(from, to), [from, to])
  const span = toX(to) - toX(from) + 1
  const yTicks = useMemo(
    () => niceTicks(Math.max(limitMg ?? 0, ...data.map((d) => d.mg)) * 1.05, 3),
    [data, limitMg],
  )
  const plot = { left: 4 + 64, top: 8, right: width - 16, bottom: HEIGHT - 4 - 30 }
  const x = linearScale([toX(from) - 1, toX(to) + 1], [plot.left, plot.right])
  const y = linearScale([0, yTicks[yTicks.length - 1] ?? 1], [plot.bottom, plot.top])
  const xs = data.map((d) => x(d.x))
  let bars = ''
  for (const [i, d] of data.entries()) {
    const top = Math.min(y(d.mg), plot.bottom - MIN_BAR)
    bars += `M${(xs[i] ?? 0) - BAR / 2},${plot.bottom}V${top}h${BAR}V${plot.bottom}Z`
  }
  // A default limit is the label maximum, not one the person chose: said so, as Today and Settings do.
  const limit =
    limitMg === null
      ? ''
      : isLabelMaximum(medicineKey, limitMg)
        ? `; daily limit ${formatMg(limitMg)}, the ${LABEL_MAXIMUM}`
        : `; your daily limit ${formatMg(limitMg)}`
  return (
    <figure className="medicine-strip">
      <figcaption>
        <strong>{name}</strong>
        <span className="muted"> — mg per day{limit}</span>
      </figcaption>
      <div className="chart-frame" ref={frame}>
        <BrowsableSvg
          width={width}
          height={HEIGHT}
          plot={plot}
          label={`${name} — mg per day${limit}`}
          point="bar"
          xs={xs}
          readout={(i) => {
            const d = data[i]
            return (
              d && (
                <>
                  <strong>{periodLabel(d.start, d.end)}</strong>
                  <div>
                    {name}: {formatMg(d.mg)} {weekly ? '(highest day of the week)' : ''}
                  </div>
                </>
              )
            )
          }}
        >
          <Grid plot={plot} rows={yTicks.map(y)} />
          <BottomAxis ticks={ticks} scale={x} format={tickLabel(span)} plot={plot} />
          <SideAxis ticks={yTicks} scale={y} format={wholeNumber} plot={plot} side="left" />
          <path d={bars} fill="var(--chart-with)" aria-hidden="true" />
          {limitMg !== null && (
            <g aria-hidden="true">
              <line
                className="plot-limit"
                x1={plot.left}
                x2={plot.right}
                y1={y(limitMg)}
                y2={y(limitMg)}
              />
              <text
                className="plot-title"
                x={plot.right - 5}
                y={y(limitMg) + 5}
                dy="0.71em"
                textAnchor="end"
                fontSize={12}
              >
                limit
              </text>
            </g>
          )}
        </BrowsableSvg>
      </div>
    </figure>
  )
})

export const MedicinesSection = memo(function MedicinesSection({ data }: { data: TrendsData }) {
  const weekly = data.resolution === 'week'
  const name = (k: string) => data.names[k] ?? k
  const doses = useMemo<DoseRow[]>(
    () =>
      data.medicines.points.flatMap((p) =>
        Object.entries(p.totals).map(([key, mg]) => ({
          id: `${p.start} ${key}`,
          start: p.start,
          end: p.end,
          medicine: data.names[key] ?? key,
          mg,
        })),
      ),
    [data],
  )
  const summaryColumns: Column<Summary>[] = [
    { label: 'Medicine', cell: (r) => name(r.key) },
    { label: 'Days taken', numeric: true, cell: (r) => wholeNumber(r.daysTaken) },
    { label: 'Highest day (mg)', numeric: true, cell: (r) => formatMgNumber(r.highestDayMg) },
    {
      label: 'Daily limit (mg)',
      numeric: true,
      cell: (r) => (r.limitMg === null ? '—' : formatMgNumber(r.limitMg)),
    },
    { label: 'Days over limit', numeric: true, cell: (r) => wholeNumber(r.daysOverLimit) },
  ]
  const doseColumns: Column<DoseRow>[] = [
    { label: weekly ? 'Week' : 'Day', cell: (r) => periodLabel(r.start, r.end) },
    { label: 'Medicine', cell: (r) => r.medicine },
    {
      label: weekly ? 'Highest daily total (mg)' : 'Total (mg)',
      numeric: true,
      cell: (r) => formatMgNumber(r.mg),
    },
  ]
  return (
    <ChartCard
      title="Medicines: daily totals"
      takeaway={data.takeaways.medicines}
      empty={
        data.medicines.summaries.length === 0
          ? 'No medicine doses were recorded in this period.'
          : null
      }
      chart={
        <>
          {data.medicines.summaries.map((s) => (
            <MedicineStrip
              key={s.key}
              name={name(s.key)}
              medicineKey={s.key}
              points={data.medicines.points}
              limitMg={s.limitMg}
              from={data.from}
              to={data.to}
              weekly={weekly}
            />
          ))}
          <p className="field-hint">
            {weekly
              ? 'Each bar is the highest daily total of its week. '
              : 'Each bar is one day’s total. '}
            Limits are the ones in Settings: each default is the {LABEL_MAXIMUM_NOTE}.{' '}
            {MEDICINE_DISCLAIMER}
          </p>
        </>
      }
      table={() => (
        <>
          <DataTable
            caption="Medicines in this period"
            columns={summaryColumns}
            rows={data.medicines.summaries}
            rowKey={(r) => r.key}
          />
          <DataTable
            caption={weekly ? 'Highest daily total by week' : 'Daily totals'}
            columns={doseColumns}
            rows={doses}
            rowKey={(r) => r.id}
          />
        </>
      )}
    />
  )
})
