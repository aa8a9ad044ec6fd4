/**
 * Episodes over time: how long each lasted (bars) and how bad it got (dots). One or two
 * episodes make a chart of lone bars on two axes that says less than a sentence and a table, so
 * below MIN_CHARTED_EPISODES the card shows those instead.
 */
import { memo, useMemo } from 'react'
import { Bar, CartesianGrid, ComposedChart, LabelList, Line, Tooltip, XAxis, YAxis } from 'recharts'
import { format } from 'date-fns'
import { parseDay } from '../../../../shared/days'
import { ChartCard } from './ChartCard'
import { AXIS_STYLE, niceTicks, periodLabel, type TrendsData } from './chart-utils'
import { DataTable, type Column } from './DataTable'

const monthOf = (day: string): string => format(parseDay(day), 'MMM yyyy')

type EpisodeRow = TrendsData['episodes'][number]

const MIN_CHARTED_EPISODES = 3

const STATUS: Record<EpisodeRow['status'], string> = {
  ongoing: 'Ongoing',
  settling: 'Settling',
  ended: 'Ended',
}

const COLUMNS: Column<EpisodeRow>[] = [
  { label: 'Episode', cell: (r) => periodLabel(r.start, r.end) },
  { label: 'Duration (days)', numeric: true, cell: (r) => r.durationDays },
  { label: 'Pain days', numeric: true, cell: (r) => r.painDays },
  { label: 'Peak pain', numeric: true, cell: (r) => r.peak },
  { label: 'Status', cell: (r) => STATUS[r.status] },
]

const EpisodesChart = memo(function EpisodesChart({ episodes }: { episodes: EpisodeRow[] }) {
  const data = useMemo(() => episodes.map((e) => ({ ...e, label: monthOf(e.start) })), [episodes])
  const dayTicks = useMemo(
    () => niceTicks(Math.max(7, ...episodes.map((e) => e.durationDays)) * 1.1, 4),
    [episodes],
  )
  return (
    <div className="chart-frame">
      <ComposedChart
        data={data}
        responsive
        style={{ width: '100%', height: 300 }}
        margin={{ top: 20, right: 8, bottom: 8, left: 4 }}
      >
        <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
        <XAxis dataKey="label" {...AXIS_STYLE} interval="preserveStartEnd" minTickGap={16} />
        <YAxis
          yAxisId="days"
          domain={[0, dayTicks[dayTicks.length - 1] ?? 7]}
          ticks={dayTicks}
          width={56}
          label={{
            value: 'Duration (days)',
            angle: -90,
            position: 'insideLeft',
            fill: 'var(--text-muted)',
            fontSize: 13,
            dx: 8,
            dy: 50,
          }}
          {...AXIS_STYLE}
        />
        <YAxis
          yAxisId="peak"
          orientation="right"
          domain={[0, 10]}
          ticks={[0, 2, 4, 6, 8, 10]}
          width={56}
          label={{
            value: 'Peak pain (0–10)',
            angle: 90,
            position: 'insideRight',
            fill: 'var(--text-muted)',
            fontSize: 13,
            dx: -8,
            dy: 50,
          }}
          {...AXIS_STYLE}
        />
        <Tooltip
          isAnimationActive={false}
          content={({ active, payload }) => {
            const e = payload?.[0]?.payload as EpisodeRow | undefined
            if (!active || !e) return null
            return (
              <div className="chart-tooltip">
                <strong>{periodLabel(e.start, e.end)}</strong>
                <div>Duration: {e.durationDays} days</div>
                <div>Peak pain: {e.peak}</div>
                <div>{STATUS[e.status]}</div>
              </div>
            )
          }}
        />
        <Bar
          yAxisId="days"
          dataKey="durationDays"
          name="Duration (days)"
          fill="var(--chart-without)"
          isAnimationActive={false}
          maxBarSize={36}
        >
          <LabelList
            dataKey="durationDays"
            position="insideBottom"
            className="bar-label"
            fill="var(--text)"
          />
        </Bar>
        <Line
          yAxisId="peak"
          dataKey="peak"
          name="Peak pain"
          stroke="none"
          dot={{ r: 5, fill: 'var(--chart-mean)', stroke: 'var(--surface)', strokeWidth: 1.5 }}
          isAnimationActive={false}
        />
      </ComposedChart>
      <ul className="chart-legend" aria-label="Legend">
        <li>
          <span className="legend-box legend-box-light" aria-hidden="true" />
          Bars: how many days the episode lasted (left axis)
        </li>
        <li>
          <svg width="14" height="14" aria-hidden="true">
            <circle cx="7" cy="7" r="5" className="legend-peak" />
          </svg>
          Dots: its peak pain (right axis)
        </li>
      </ul>
    </div>
  )
})

export const EpisodesSection = memo(function EpisodesSection({ data }: { data: TrendsData }) {
  return (
    <ChartCard
      title="Episodes over time"
      takeaway={data.takeaways.episodes}
      empty={data.episodes.length === 0 ? 'There were no episodes of pain in this period.' : null}
      chart={
        data.episodes.length >= MIN_CHARTED_EPISODES ? (
          <EpisodesChart episodes={data.episodes} />
        ) : null
      }
      table={() => (
        <DataTable
          caption="Episodes"
          columns={COLUMNS}
          rows={data.episodes}
          rowKey={(r) => r.start}
        />
      )}
    />
  )
})
