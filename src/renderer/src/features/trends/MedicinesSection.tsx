/**
 * Medicines over time: one small chart per medicine (small multiples rather than stacked
 * colours, so no series is told apart by colour alone), with its daily limit as a line.
 */
import { memo, useMemo } from 'react'
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { LABEL_MAXIMUM_NOTE } from '../../../../shared/catalog'
import { wholeNumber } from '../../../../shared/stats'
import { ChartCard } from './ChartCard'
import {
  AXIS_STYLE,
  niceTicks,
  periodLabel,
  tickLabel,
  timeTicks,
  toX,
  type TrendsData,
} from './chart-utils'
import { DataTable, type Column } from './DataTable'

type Summary = TrendsData['medicines']['summaries'][number]
interface DoseRow {
  id: string
  start: string
  end: string
  medicine: string
  mg: number
}

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
  return (
    <figure className="medicine-strip">
      <figcaption>
        <strong>{name}</strong>
        <span className="muted">
          {' '}
          — mg per day{limitMg !== null && `; your daily limit is ${wholeNumber(limitMg)} mg`}
        </span>
      </figcaption>
      <BarChart
        data={data}
        responsive
        style={{ width: '100%', height: 150 }}
        margin={{ top: 8, right: 16, bottom: 4, left: 4 }}
        barCategoryGap={0}
      >
        <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
        <XAxis
          dataKey="x"
          type="number"
          domain={[toX(from) - 1, toX(to) + 1]}
          ticks={ticks}
          tickFormatter={tickLabel(span)}
          {...AXIS_STYLE}
        />
        <YAxis
          domain={[0, yTicks[yTicks.length - 1] ?? 1]}
          ticks={yTicks}
          width={64}
          tickFormatter={(v: number) => wholeNumber(v)}
          {...AXIS_STYLE}
        />
        <Tooltip
          isAnimationActive={false}
          content={({ active, payload }) => {
            const d = payload?.[0]?.payload as (typeof data)[number] | undefined
            if (!active || !d) return null
            return (
              <div className="chart-tooltip">
                <strong>{periodLabel(d.start, d.end)}</strong>
                <div>
                  {name}: {wholeNumber(d.mg)} mg {weekly ? '(highest day of the week)' : ''}
                </div>
              </div>
            )
          }}
        />
        {limitMg !== null && (
          <ReferenceLine
            y={limitMg}
            stroke="var(--chart-marker)"
            strokeDasharray="6 3"
            label={{
              value: 'limit',
              position: 'insideTopRight',
              fill: 'var(--text-muted)',
              fontSize: 12,
            }}
          />
        )}
        <Bar
          dataKey="mg"
          fill="var(--chart-with)"
          isAnimationActive={false}
          minPointSize={2}
          barSize={weekly ? 3 : 3}
        />
      </BarChart>
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
    { label: 'Days taken', numeric: true, cell: (r) => r.daysTaken },
    { label: 'Highest day (mg)', numeric: true, cell: (r) => wholeNumber(r.highestDayMg) },
    {
      label: 'Daily limit (mg)',
      numeric: true,
      cell: (r) => (r.limitMg === null ? '—' : wholeNumber(r.limitMg)),
    },
    { label: 'Days over limit', numeric: true, cell: (r) => r.daysOverLimit },
  ]
  const doseColumns: Column<DoseRow>[] = [
    { label: weekly ? 'Week' : 'Day', cell: (r) => periodLabel(r.start, r.end) },
    { label: 'Medicine', cell: (r) => r.medicine },
    {
      label: weekly ? 'Highest daily total (mg)' : 'Total (mg)',
      numeric: true,
      cell: (r) => wholeNumber(r.mg),
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
            Limits are the ones in Settings: each default is the {LABEL_MAXIMUM_NOTE}. This is
            information, not advice — follow your doctor’s directions.
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
