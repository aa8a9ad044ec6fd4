/** Patterns: pain by situation, by day of the week, and where it hurts. */
import { memo, useMemo } from 'react'
import { BODY_REGION_LABELS, CONTEXT_LABELS } from '../../../../shared/domain'
import { MIN_DAYS, percent, plural } from '../../../../shared/stats'
import { BodyDiagram } from '../../components/BodyDiagram'
import { BarsChart, type BarRow } from './BarsChart'
import { ChartCard } from './ChartCard'
import { num1, type TrendsData } from './chart-utils'
import { DataTable, type Column } from './DataTable'
import { PAIN_AXIS, PAIN_TICKS, PAIN_RANGE } from '../../../../shared/pain-scale'

type ContextRow = TrendsData['contexts'][number]
type WeekdayRow = TrendsData['weekdays'][number]
type RegionRow = TrendsData['regions'][number]

const CONTEXT_COLUMNS: Column<ContextRow>[] = [
  { label: 'Situation', cell: (r) => CONTEXT_LABELS[r.context] },
  { label: 'Check-ins', numeric: true, cell: (r) => r.checkins },
  { label: 'Average pain', numeric: true, cell: (r) => num1(r.meanPain) },
]

export const ContextSection = memo(function ContextSection({ data }: { data: TrendsData }) {
  const rows = useMemo<BarRow[]>(
    () =>
      data.contexts.map((c) => ({
        label: `${CONTEXT_LABELS[c.context]} (${c.checkins})`,
        pain: c.checkins >= MIN_DAYS ? c.meanPain : null,
      })),
    [data],
  )
  const any = data.contexts.some((c) => c.checkins > 0)
  return (
    <ChartCard
      title="Pain by situation"
      takeaway={data.takeaways.contexts}
      empty={any ? null : 'No check-in in this period says what you were doing.'}
      chart={
        <BarsChart
          rows={rows}
          series={[{ key: 'pain', name: 'Average pain', colour: 'var(--chart-with)' }]}
          domain={PAIN_AXIS}
          ticks={PAIN_TICKS}
          unit={`Average pain of check-ins (${PAIN_RANGE})`}
          layout="horizontal"
          format={String}
          labelFormat={num1}
        />
      }
      footer={
        <p className="field-hint">
          The number of check-ins is in brackets; situations with fewer than {MIN_DAYS} are left
          without a bar.
        </p>
      }
      table={() => (
        <DataTable
          caption="Pain by situation"
          columns={CONTEXT_COLUMNS}
          rows={data.contexts}
          rowKey={(r) => r.context}
        />
      )}
    />
  )
})

const WEEKDAY_COLUMNS: Column<WeekdayRow>[] = [
  { label: 'Day of the week', cell: (r) => r.name },
  { label: 'Days logged', numeric: true, cell: (r) => r.days },
  { label: 'Average worst pain', numeric: true, cell: (r) => num1(r.meanWorst) },
]

export const WeekdaySection = memo(function WeekdaySection({ data }: { data: TrendsData }) {
  const rows = useMemo<BarRow[]>(
    () => data.weekdays.map((w) => ({ label: w.name.slice(0, 3), pain: w.meanWorst })),
    [data],
  )
  return (
    <ChartCard
      title="Pain by day of the week"
      takeaway={data.takeaways.weekdays}
      empty={data.loggedDays === 0 ? 'Nothing was logged in this period.' : null}
      chart={
        <BarsChart
          rows={rows}
          series={[{ key: 'pain', name: 'Average worst pain', colour: 'var(--chart-with)' }]}
          domain={PAIN_AXIS}
          ticks={PAIN_TICKS}
          unit={`Average worst pain (${PAIN_RANGE})`}
          layout="vertical"
          format={String}
          labelFormat={num1}
        />
      }
      table={() => (
        <DataTable
          caption="Pain by day of the week"
          columns={WEEKDAY_COLUMNS}
          rows={data.weekdays}
          rowKey={(r) => r.name}
        />
      )}
    />
  )
})

/** A place marked on a few days of many still shows as more than nothing. */
const share = (r: RegionRow): string => (r.days > 0 && r.share < 0.005 ? '<1%' : percent(r.share))

const REGION_COLUMNS: Column<RegionRow>[] = [
  { label: 'Where', cell: (r) => BODY_REGION_LABELS[r.region] },
  { label: 'Days', numeric: true, cell: (r) => r.days },
  { label: 'Share of logged days', numeric: true, cell: share },
  { label: 'Check-ins', numeric: true, cell: (r) => r.checkins },
]

export const RegionSection = memo(function RegionSection({ data }: { data: TrendsData }) {
  const most = Math.max(1, ...data.regions.map((r) => r.days))
  const any = data.regions.some((r) => r.days > 0)
  // The darkest shape is the place marked most often; the others are shaded in proportion.
  const shading = useMemo(
    () => Object.fromEntries(data.regions.map((r) => [r.region, r.days / most])),
    [data, most],
  )
  const labels = useMemo(
    () =>
      Object.fromEntries(
        data.regions.map((r) => [r.region, `${plural(r.days, 'day')} (${share(r)})`]),
      ),
    [data],
  )
  return (
    <ChartCard
      title="Where it hurts"
      takeaway={data.takeaways.regions}
      empty={any ? null : 'No check-in in this period marks where it hurt.'}
      chart={
        <div className="region-diagram">
          <BodyDiagram
            legend="Days each place was marked"
            hint="The stronger the colour, the more days."
            shading={shading}
            labels={labels}
          />
        </div>
      }
      table={() => (
        <>
          <ul className="region-bars" aria-label="Days each place was marked">
            {data.regions.map((r) => (
              <li key={r.region}>
                <span className="region-name">{BODY_REGION_LABELS[r.region]}</span>
                <span className="region-track" aria-hidden="true">
                  <span className="region-fill" style={{ width: `${(r.days / most) * 100}%` }} />
                </span>
                <span className="region-value num">{labels[r.region]}</span>
              </li>
            ))}
          </ul>
          <DataTable
            caption="Where it hurts"
            columns={REGION_COLUMNS}
            rows={data.regions}
            rowKey={(r) => r.region}
          />
        </>
      )}
    />
  )
})
