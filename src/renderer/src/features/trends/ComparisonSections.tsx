/** Triggers and remedies: with versus without, average relief, and the next day. */
import { memo, useMemo } from 'react'
import { RELIEF_VALUES, reliefScaleWords, reliefWords } from '../../../../shared/domain'
import { MIN_DAYS, plural } from '../../../../shared/stats'
import { BarsChart, type BarRow } from './BarsChart'
import { ChartCard } from './ChartCard'
import { num1, signed1, type TrendsData } from './chart-utils'
import { DataTable, type Column } from './DataTable'
import { PAIN_AXIS, PAIN_TICKS, PAIN_RANGE } from '../../../../shared/pain-scale'

type TriggerRow = TrendsData['triggers'][number]
type RemedyRow = TrendsData['remedies'][number]

function HiddenNote({ names, what }: { names: string[]; what: string }) {
  if (names.length === 0) return null
  return (
    <p className="field-hint">
      Not compared yet, because a difference from fewer than {MIN_DAYS} days {what} would mostly be
      chance: {names.join(', ')}.
    </p>
  )
}

export const TriggersSection = memo(function TriggersSection({ data }: { data: TrendsData }) {
  const name = (k: string) => data.names[k] ?? k
  const shown = data.triggers.filter((t) => t.enough)
  const rows = useMemo<BarRow[]>(
    () =>
      data.triggers
        .filter((t) => t.enough)
        .map((t) => ({
          label: `${data.names[t.key] ?? t.key} (${t.daysWith} / ${t.daysWithout} days)`,
          with: t.meanWith,
          without: t.meanWithout,
        })),
    [data],
  )
  const columns: Column<TriggerRow>[] = [
    { label: 'Trigger', cell: (r) => name(r.key) },
    { label: 'Days with it', numeric: true, cell: (r) => r.daysWith },
    { label: 'Days without', numeric: true, cell: (r) => r.daysWithout },
    { label: 'Worst pain with', numeric: true, cell: (r) => num1(r.meanWith) },
    { label: 'Worst pain without', numeric: true, cell: (r) => num1(r.meanWithout) },
    {
      label: 'Difference',
      numeric: true,
      cell: (r) => (r.enough ? signed1(r.difference) : `Under ${MIN_DAYS} days`),
    },
  ]
  return (
    <ChartCard
      title="Triggers: pain with and without"
      takeaway={data.takeaways.triggers}
      empty={data.triggers.length === 0 ? 'No triggers were recorded in this period.' : null}
      chart={
        shown.length > 0 ? (
          <BarsChart
            rows={rows}
            series={[
              { key: 'with', name: 'Days with the trigger', colour: 'var(--chart-with)' },
              { key: 'without', name: 'Days without it', colour: 'var(--chart-without)' },
            ]}
            domain={PAIN_AXIS}
            ticks={PAIN_TICKS}
            unit={`Average worst pain of the day (${PAIN_RANGE})`}
            layout="horizontal"
            format={String}
            labelFormat={num1}
          />
        ) : null
      }
      footer={
        <HiddenNote
          names={data.triggers
            .filter((t) => !t.enough)
            .map((t) => `${name(t.key)} (${plural(t.daysWith, 'day')} with it)`)}
          what="with it or without it"
        />
      }
      table={() => (
        <DataTable
          caption="Triggers"
          columns={columns}
          rows={data.triggers}
          rowKey={(r) => r.key}
        />
      )}
    />
  )
})

const RELIEF_TICKS = [...RELIEF_VALUES].sort((a, b) => a - b)

export const ReliefSection = memo(function ReliefSection({ data }: { data: TrendsData }) {
  const name = (k: string) => data.names[k] ?? k
  const rows = useMemo<BarRow[]>(
    () =>
      data.remedies
        .filter((r) => r.rated >= MIN_DAYS && r.meanRelief !== null)
        .sort((a, b) => (b.meanRelief ?? 0) - (a.meanRelief ?? 0))
        .map((r) => ({
          label: `${data.names[r.key] ?? r.key} (${r.rated} rated)`,
          relief: r.meanRelief,
        })),
    [data],
  )
  const columns: Column<RemedyRow>[] = [
    { label: 'Remedy', cell: (r) => name(r.key) },
    { label: 'Uses', numeric: true, cell: (r) => r.uses },
    { label: 'Days used', numeric: true, cell: (r) => r.daysUsed },
    { label: 'Rated uses', numeric: true, cell: (r) => r.rated },
    { label: 'Average relief', numeric: true, cell: (r) => num1(r.meanRelief) },
  ]
  return (
    <ChartCard
      title="Remedies: how much they helped"
      takeaway={data.takeaways.relief}
      empty={data.remedies.length === 0 ? 'No remedies were recorded in this period.' : null}
      chart={
        rows.length > 0 ? (
          <BarsChart
            rows={rows}
            series={[{ key: 'relief', name: 'Average relief', colour: 'var(--chart-with)' }]}
            domain={[-1.6, 2]}
            ticks={RELIEF_TICKS}
            unit={`Your rating: ${reliefScaleWords()}`}
            layout="horizontal"
            format={(v) => `${v} (${reliefWords(v)})`}
            labelFormat={num1}
          />
        ) : null
      }
      footer={
        <HiddenNote
          names={data.remedies
            .filter((r) => r.rated < MIN_DAYS)
            .map((r) => `${name(r.key)} (${r.rated} rated)`)}
          what="of ratings"
        />
      }
      table={() => (
        <DataTable
          caption="Remedies"
          columns={columns}
          rows={data.remedies}
          rowKey={(r) => r.key}
        />
      )}
    />
  )
})

export const NextDaySection = memo(function NextDaySection({ data }: { data: TrendsData }) {
  const name = (k: string) => data.names[k] ?? k
  const shown = data.remedies.filter((r) => r.nextDay.enough)
  const rows = useMemo<BarRow[]>(
    () =>
      data.remedies
        .filter((r) => r.nextDay.enough)
        .map((r) => ({
          label: `${data.names[r.key] ?? r.key} (${r.nextDay.daysWith} / ${r.nextDay.daysWithout} days)`,
          with: r.nextDay.meanWith,
          without: r.nextDay.meanWithout,
        })),
    [data],
  )
  const extent = Math.max(
    1,
    ...shown.flatMap((r) => [
      Math.abs(r.nextDay.meanWith ?? 0),
      Math.abs(r.nextDay.meanWithout ?? 0),
    ]),
  )
  // Room beyond the longest bar for its number, and ticks every half or whole point.
  const bound = Math.ceil(extent * 2) / 2 + 0.5
  const step = bound <= 2 ? 0.5 : 1
  const ticks: number[] = []
  for (let t = -Math.floor(bound / step) * step; t <= bound; t += step) ticks.push(t)
  const columns: Column<RemedyRow>[] = [
    { label: 'Remedy', cell: (r) => name(r.key) },
    { label: 'Days with it', numeric: true, cell: (r) => r.nextDay.daysWith },
    { label: 'Next-day change after', numeric: true, cell: (r) => signed1(r.nextDay.meanWith) },
    { label: 'Days without', numeric: true, cell: (r) => r.nextDay.daysWithout },
    {
      label: 'Next-day change without',
      numeric: true,
      cell: (r) => signed1(r.nextDay.meanWithout),
    },
    {
      label: 'Difference',
      numeric: true,
      cell: (r) => (r.nextDay.enough ? signed1(r.nextDay.difference) : `Under ${MIN_DAYS} days`),
    },
  ]
  return (
    <ChartCard
      title="Remedies: the next day"
      takeaway={data.takeaways.nextDay}
      empty={data.remedies.length === 0 ? 'No remedies were recorded in this period.' : null}
      chart={
        rows.length > 0 ? (
          <BarsChart
            rows={rows}
            series={[
              { key: 'with', name: 'After days with the remedy', colour: 'var(--chart-with)' },
              { key: 'without', name: 'After days without it', colour: 'var(--chart-without)' },
            ]}
            domain={[-bound, bound]}
            ticks={ticks}
            unit="Change in worst pain to the next day (points; below 0 is better)"
            layout="horizontal"
            format={signed1}
          />
        ) : null
      }
      footer={
        <>
          <p className="field-hint">
            Only days followed by a logged day count. This shows what tended to follow, not what
            caused it.
          </p>
          <HiddenNote
            names={data.remedies.filter((r) => !r.nextDay.enough).map((r) => name(r.key))}
            what="followed by a logged day, with it or without it,"
          />
        </>
      }
      table={() => (
        <DataTable
          caption="Change in pain to the next day"
          columns={columns}
          rows={data.remedies}
          rowKey={(r) => r.key}
        />
      )}
    />
  )
})
