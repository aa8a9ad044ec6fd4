/** Pain over time and the calendar, each with its table. */
import { memo } from 'react'
import { RED_FLAGS, RED_FLAG_LABELS, redFlagTier, type RedFlag } from '../../../../shared/domain'
import { formatDayShortWithWeekday } from '../../../../shared/days'
import { SEVERITY_WORDS } from '../../../../shared/severity'
import { CalendarHeatmap } from './CalendarHeatmap'
import { ChartCard } from './ChartCard'
import { num1, periodLabel, seriesNames, type TrendsData } from './chart-utils'
import { DataTable, type Column } from './DataTable'
import { PainChart, ZOOMABLE } from './PainChart'

type PainRow = TrendsData['pain'][number]

const isRedFlag = (key: string): key is RedFlag => (RED_FLAGS as readonly string[]).includes(key)

export const PainSection = memo(function PainSection({ data }: { data: TrendsData }) {
  const weekly = data.resolution === 'week'
  const names = seriesNames(weekly)
  const flagsAt = new Map<string, string[]>()
  for (const m of data.markers) {
    const text = isRedFlag(m.key)
      ? `${SEVERITY_WORDS[redFlagTier(m.key)]} — ${RED_FLAG_LABELS[m.key]}`
      : `${data.names[m.key] ?? m.key} over limit`
    flagsAt.set(m.at, [...(flagsAt.get(m.at) ?? []), text])
  }
  const columns: Column<PainRow>[] = [
    { label: weekly ? 'Week' : 'Day', cell: (r) => periodLabel(r.start, r.end) },
    ...(weekly
      ? [{ label: 'Days logged', numeric: true, cell: (r: PainRow) => r.loggedDays }]
      : []),
    { label: names.worst, numeric: true, cell: (r) => (r.worst === null ? '—' : r.worst) },
    { label: names.average, numeric: true, cell: (r) => num1(r.average) },
    { label: names.mean, numeric: true, cell: (r) => num1(r.mean) },
    { label: 'Flags', cell: (r) => (flagsAt.get(r.start) ?? []).join('; ') },
  ]
  return (
    <ChartCard
      title="Pain over time"
      takeaway={data.takeaways.pain}
      empty={
        data.loggedDays === 0
          ? 'Nothing was logged in this period, so there is no line to draw.'
          : null
      }
      chart={
        <>
          <PainChart
            // A new period starts unzoomed: the zoom is a range of this period's points.
            key={`${data.from}|${data.to}|${data.resolution}`}
            pain={data.pain}
            markers={data.markers}
            episodes={data.episodes}
            from={data.from}
            to={data.to}
            weekly={weekly}
          />
          <p className="field-hint">
            {weekly
              ? 'Long periods are shown week by week.'
              : 'Days you did not log are left as gaps.'}
            {data.pain.length > ZOOMABLE &&
              ' Drag the handles under the chart, or move them with the arrow keys, to look closer.'}
          </p>
        </>
      }
      table={() => (
        <DataTable
          caption={`Pain ${weekly ? 'by week' : 'by day'}, ${periodLabel(data.from, data.to)}`}
          columns={columns}
          rows={data.pain}
          rowKey={(r) => r.start}
        />
      )}
    />
  )
})

type CalendarRow = TrendsData['calendar'][number]

const CALENDAR_COLUMNS: Column<CalendarRow>[] = [
  { label: 'Day', cell: (r) => formatDayShortWithWeekday(r.day) },
  { label: 'Worst pain', numeric: true, cell: (r) => (r.worst === null ? 'Not logged' : r.worst) },
]

export const CalendarSection = memo(function CalendarSection({ data }: { data: TrendsData }) {
  const first = data.calendar[0]?.day ?? data.from
  return (
    <ChartCard
      title="Day by day"
      takeaway={data.takeaways.calendar}
      empty={data.loggedDays === 0 ? 'Nothing was logged in this period.' : null}
      chart={<CalendarHeatmap calendar={data.calendar} />}
      table={() => (
        <DataTable
          caption={`Worst pain by day, ${periodLabel(first, data.to)}`}
          columns={CALENDAR_COLUMNS}
          rows={data.calendar}
          rowKey={(r) => r.day}
        />
      )}
    />
  )
})
