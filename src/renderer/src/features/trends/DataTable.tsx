/**
 * The table alternative of a chart: a real <table> in a scrolling box that can be focused and
 * scrolled with the keyboard, with a header that stays in view.
 */
import type { ReactNode } from 'react'

export interface Column<Row> {
  label: string
  /** Numbers are right-aligned in tabular figures. */
  numeric?: boolean
  cell: (row: Row) => ReactNode
}

interface Props<Row> {
  caption: string
  columns: readonly Column<Row>[]
  rows: readonly Row[]
  rowKey: (row: Row) => string
}

export function DataTable<Row>({ caption, columns, rows, rowKey }: Props<Row>) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" className={c.numeric ? 'numeric' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c, i) =>
                i === 0 ? (
                  <th key={c.label} scope="row">
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.label} className={c.numeric ? 'numeric' : undefined}>
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
