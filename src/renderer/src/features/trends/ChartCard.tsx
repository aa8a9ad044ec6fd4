/**
 * One chart of the Trends screen: a title, the takeaway in one sentence, and the chart or, at
 * the press of "Show as table", the same numbers as a table (UI brief: every chart has one); the
 * button then offers "Show as chart". Where a chart would say less than its table (`chart` null),
 * the table is shown on its own.
 */
import { useId, useState, type ReactNode } from 'react'

interface Props {
  title: string
  takeaway: string
  /** Shown instead of chart and table when there is nothing to draw. */
  empty?: string | null
  chart: ReactNode | null
  /** Rendered only when asked for, so long tables cost nothing until then. */
  table: () => ReactNode
  /** A short line under the chart (a legend or a note about hidden rows). */
  footer?: ReactNode
}

export function ChartCard({ title, takeaway, empty, chart, table, footer }: Props) {
  const [asTable, setAsTable] = useState(false)
  const headingId = useId()
  return (
    <section className="card trend-card" aria-labelledby={headingId}>
      <div className="trend-card-head">
        <h2 id={headingId}>{title}</h2>
        {!empty && chart !== null && (
          // The label says what pressing does, so it is a plain button and not a toggle (whose
          // name would have to stay the same).
          <button type="button" className="button small" onClick={() => setAsTable((v) => !v)}>
            {asTable ? 'Show as chart' : 'Show as table'}
          </button>
        )}
      </div>
      <p className="trend-takeaway">{takeaway}</p>
      {empty ? (
        // The takeaway often already says it; never say the same sentence twice.
        empty !== takeaway && <p className="empty trend-empty">{empty}</p>
      ) : asTable || chart === null ? (
        table()
      ) : (
        <>
          {chart}
          {footer}
        </>
      )}
    </section>
  )
}
