/**
 * The table alternative of a chart: a real <table> in a scrolling box that can be focused and
 * scrolled with the keyboard, with a header that stays in view.
 */
import type { ReactNode } from 'react'
import { formatWhole } from '../../../../shared/locale-format'
import { oneDecimal } from '../../../../shared/stats/format'

export interface Column<Row> {
  label: string
  /** Numbers are right-aligned in tabular figures. */
  numeric?: boolean
  /** A number is written here in the app's one number format ('1,204', '4.3'). */
  cell: (row: Row) => ReactNode
}

/** A cell's content: a number in the app's one number format, anything else as it is. */
function shown(content: ReactNode): ReactNode {
  if (typeof content !== 'number') return content
  return Number.isInteger(content) ? formatWhole(content) : oneDecimal(content)
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
                    {shown(c.cell(row))}
                  </th>
                ) : (
                  <td key={c.label} className={c.numeric ? 'numeric' : undefined}>
                    {shown(c.cell(row))}
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
