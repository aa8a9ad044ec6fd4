/**
 * Trends: "am I getting better, and what helps me?" — for a period, pain over time and as a
 * calendar, triggers and remedies with versus without, medicines, patterns and episodes. Each
 * chart says its takeaway in one sentence and can be shown as a table.
 */
import { useCallback, useDeferredValue, useState } from 'react'
import { plural } from '../../../../shared/stats/format'
import { useJournal } from '../../journal-context'
import { useJournalToday } from '../../journal-today'
import { useApiQuery } from '../../queries'
import { periodLabel, type TrendsData } from './chart-utils'
import { NextDaySection, ReliefSection, TriggersSection } from './ComparisonSections'
import { EpisodesSection } from './EpisodesSection'
import { MedicinesSection } from './MedicinesSection'
import { CalendarSection, PainSection } from './PainSections'
import { ContextSection, RegionSection, WeekdaySection } from './PatternSections'
import { presetRange, RangePicker, type Range } from './RangePicker'
import './trends.css'
import './trends-charts.css'

/** The period last picked: coming back to Trends shows it again, for as long as the app is open. */
let remembered: Range | null = null

function rememberedRange(today: string): Range {
  if (remembered === null) return presetRange('90', today)
  // "The last 30 days" stays the last 30 days when the app is left open overnight.
  return remembered.kind === 'custom' ? remembered : presetRange(remembered.kind, today)
}

export function TrendsScreen() {
  const { navigate } = useJournal()
  const today = useJournalToday()
  const [picked, setRange] = useState<Range>(() => rememberedRange(today))
  // "The last 30 days" moves on with the journal day when the app is left open overnight.
  const range = picked.kind === 'custom' ? picked : presetRange(picked.kind, today)
  const query = useApiQuery('trends:get', { from: range.from, to: range.to, asOf: today })
  const data: TrendsData | undefined = query.data
  // The charts draw from a deferred copy of the answer, in a render React can interrupt: the
  // first visit shows 90 days, and picking "All" at once no longer waits for those to be drawn.
  const drawn = useDeferredValue(data)
  const stale = query.loading || drawn !== data
  const onRange = useCallback((r: Range) => {
    remembered = r
    setRange(r)
  }, [])

  return (
    <>
      <h1>Trends</h1>
      <RangePicker range={range} today={today} shownFrom={data?.from ?? null} onChange={onRange} />
      {query.error && (
        <div className="alert" role="alert">
          <strong>Trends could not be loaded.</strong> {query.error}{' '}
          <button type="button" className="button small" onClick={query.reload}>
            Try again
          </button>
        </div>
      )}
      {data && (
        <p className="trend-summary" aria-live="polite" aria-busy={query.loading}>
          <span className="num">{periodLabel(data.from, data.to)}</span>:{' '}
          <span className="num">
            {data.loggedDays} of {data.days}
          </span>{' '}
          days logged
          {data.resolution === 'week' ? ', shown week by week.' : '.'}
          {query.loading && <span className="muted"> Updating…</span>}
        </p>
      )}
      {!drawn && !query.error && data?.firstLoggedDay !== null && (
        <p className="muted">Loading your trends…</p>
      )}
      {data && data.firstLoggedDay === null && (
        <div className="card">
          <p className="empty">
            Trends appear once you have logged a few days. Each check-in adds a point.
          </p>
          <button type="button" className="button primary" onClick={() => navigate('today')}>
            Log how you feel today
          </button>
        </div>
      )}
      {data && data.firstLoggedDay !== null && drawn && drawn.firstLoggedDay !== null && (
        <div
          className={stale ? 'trend-sections loading' : 'trend-sections'}
          aria-busy={stale}
          // Which period is drawn, once it is: a steady signal for the benchmark and tests.
          data-ready={stale ? undefined : `${range.from ?? 'all'}|${range.to}`}
        >
          {drawn.loggedDays > 0 && drawn.loggedDays < 14 && (
            <p className="trend-sparse">
              With {plural(drawn.loggedDays, 'day')} logged in this period, most patterns cannot
              show yet; they fill in as you keep logging.
            </p>
          )}
          <PainSection data={drawn} />
          <CalendarSection data={drawn} />
          <EpisodesSection data={drawn} />
          <TriggersSection data={drawn} />
          <ReliefSection data={drawn} />
          <NextDaySection data={drawn} />
          <MedicinesSection data={drawn} />
          <ContextSection data={drawn} />
          <WeekdaySection data={drawn} />
          <RegionSection data={drawn} />
        </div>
      )}
    </>
  )
}
