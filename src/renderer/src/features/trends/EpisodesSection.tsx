/**
 * Episodes over time: how long each lasted (bars) and how bad it got (dots). One or two
 * episodes make a chart of lone bars on two axes that says less than a sentence and a table, so
 * below MIN_CHARTED_EPISODES the card shows those instead.
 */
import { memo, useMemo } from 'react'
import {
  EPISODE_STATUS_WORDS,
  episodeDaysWords,
  episodeSpanWords,
} from '../../../../shared/episodes'
import { formatWhole } from '../../../../shared/locale-format'
import { formatMonthShort, monthOfDay } from '../../../../shared/months'
import { BrowsableSvg } from './BrowsableSvg'
import { ChartCard } from './ChartCard'
import { niceTicks, type TrendsData } from './chart-utils'
import { DataTable, type Column } from './DataTable'
import { linearScale } from '../../../../shared/plot-paths'
import { CategoryAxis, Grid, SideAxis, SideTitle } from './svg-plot'
import { useWidth } from './use-width'
import { PAIN_AXIS, PAIN_TICKS, PAIN_RANGE } from '../../../../shared/pain-scale'

const monthOf = (day: string): string => formatMonthShort(monthOfDay(day))

type EpisodeRow = TrendsData['episodes'][number]

const MIN_CHARTED_EPISODES = 3

const COLUMNS: Column<EpisodeRow>[] = [
  { label: 'Episode', cell: (r) => episodeSpanWords(r) },
  { label: 'Days', numeric: true, cell: (r) => r.durationDays },
  { label: 'Pain days', numeric: true, cell: (r) => r.painDays },
  { label: 'Peak pain', numeric: true, cell: (r) => r.peak },
  { label: 'Status', cell: (r) => EPISODE_STATUS_WORDS[r.status] },
]

const HEIGHT = 300
/** About the width of "Sep 2025" in the axis's type, with room between two. */
const MONTH_LABEL = 76

const EpisodesChart = memo(function EpisodesChart({ episodes }: { episodes: EpisodeRow[] }) {
  const [frame, width] = useWidth<HTMLDivElement>(800)
  const dayTicks = useMemo(
    () => niceTicks(Math.max(7, ...episodes.map((e) => e.durationDays)) * 1.1, 4),
    [episodes],
  )
  const plot = { left: 4 + 56, top: 20, right: width - 8 - 56, bottom: HEIGHT - 8 - 30 }
  const band = (plot.right - plot.left) / episodes.length
  const barSize = Math.max(1, Math.min(36, band * 0.8))
  const centres = episodes.map((_, i) => plot.left + band * (i + 0.5))
  const days = linearScale([0, dayTicks[dayTicks.length - 1] ?? 7], [plot.bottom, plot.top])
  const peak = linearScale(PAIN_AXIS, [plot.bottom, plot.top])
  // Every month name that fits: recharts would have measured each one in the page to choose.
  const every = Math.max(1, Math.ceil(MONTH_LABEL / band))
  return (
    <div className="chart-frame" ref={frame}>
      <BrowsableSvg
        width={width}
        height={HEIGHT}
        plot={plot}
        label="How long each episode lasted and its peak pain"
        point="episode"
        xs={centres}
        readout={(i) => {
          const e = episodes[i]
          return (
            e && (
              <>
                <strong>{episodeSpanWords(e)}</strong>
                <div>{episodeDaysWords(e)}</div>
                <div>Peak pain: {e.peak}</div>
                <div>{EPISODE_STATUS_WORDS[e.status]}</div>
              </>
            )
          )
        }}
      >
        <Grid plot={plot} rows={dayTicks.map(days)} />
        <SideAxis ticks={dayTicks} scale={days} format={String} plot={plot} side="left" />
        <SideAxis ticks={PAIN_TICKS} scale={peak} format={String} plot={plot} side="right" />
        <CategoryAxis
          names={episodes.map((e, i) => (i % every === 0 ? monthOf(e.start) : ''))}
          centre={(i) => centres[i] ?? 0}
          plot={plot}
          side="bottom"
        />
        <SideTitle x={16} plot={plot} side="left">
          Duration (days)
        </SideTitle>
        <SideTitle x={width - 16} plot={plot} side="right">
          Peak pain ({PAIN_RANGE})
        </SideTitle>
        <g aria-hidden="true">
          {episodes.map((e, i) => {
            const cx = centres[i] ?? 0
            const top = days(e.durationDays)
            return (
              <g key={e.start}>
                <rect
                  x={cx - barSize / 2}
                  y={top}
                  width={barSize}
                  height={plot.bottom - top}
                  fill="var(--chart-without)"
                />
                <text className="bar-label" x={cx} y={plot.bottom - 5} textAnchor="middle">
                  {formatWhole(e.durationDays)}
                </text>
              </g>
            )
          })}
          {episodes.map((e, i) => (
            <circle
              key={e.start}
              cx={centres[i]}
              cy={peak(e.peak)}
              r={5}
              fill="var(--chart-mean)"
              stroke="var(--surface)"
              strokeWidth={1.5}
            />
          ))}
        </g>
      </BrowsableSvg>
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
