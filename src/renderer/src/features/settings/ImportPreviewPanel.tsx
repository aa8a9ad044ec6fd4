/** What importing a CSV would do, before anything is written; or every problem in the file. */
import { useEffect, useRef } from 'react'
import type { OutputOf } from '../../../../shared/contract'
import { formatDayLong, spanInWords } from '../../../../shared/days'
import { formatStampClock } from '../../../../shared/locale-format'
import { timestampParts } from '../../../../shared/timestamp'
import { REMEDY_KIND_LABELS } from '../../../../shared/domain'
import { plural } from '../../../../shared/stats/format'
import { importedWhat } from './counts'

type ImportPreview = NonNullable<OutputOf<'data:preview-import'>>

/** The date a stamp records, as the file has it. */
const formatStampDay = (at: string) => formatDayLong(timestampParts(at).date)

interface Props {
  preview: ImportPreview
  busy: boolean
  onImport: () => void
  onCancel: () => void
}

export function ImportPreviewPanel({ preview: p, busy, onImport, onCancel }: Props) {
  const broken = p.issueCount > 0
  // Day records alone (days without check-ins) are worth importing too.
  const nothingNew = p.toImport === 0 && p.dayRecords === 0
  const heading = useRef<HTMLHeadingElement>(null)
  // The panel opens below the buttons: bring it into view and put the reader on it.
  useEffect(() => heading.current?.focus(), [p])
  return (
    <div className="data-preview" role="region" aria-label={`Import ${p.fileName}`}>
      <h3 ref={heading} tabIndex={-1}>
        Import {p.fileName}
      </h3>
      {broken ? (
        <div className="alert" role="alert">
          <strong>
            This file has {plural(p.issueCount, 'problem')}, so nothing will be imported.
          </strong>{' '}
          Fix the rows below in the file (row 1 is the header) and choose it again.
        </div>
      ) : (
        <ul className="data-facts">
          <li>
            {plural(p.rowCount, 'row')} in the file
            {p.from && p.to ? `, ${spanInWords(p.from, p.to)}` : ''}.
          </li>
          <li>
            <strong>{plural(p.toImport, 'check-in')}</strong> will be added.
          </li>
          {p.duplicates > 0 && (
            <li>
              {plural(p.duplicates, 'row')} at the time of a check-in already in your journal, or of
              an earlier row, will be skipped:{' '}
              {p.duplicateExamples
                .map((d) => `row ${d.row} (${formatStampDay(d.at)} at ${formatStampClock(d.at)})`)
                .join(', ')}
              {p.duplicates > p.duplicateExamples.length ? ' and more' : ''}.
            </li>
          )}
          {p.newTriggers.length > 0 && <li>New triggers: {p.newTriggers.join(', ')}.</li>}
          {p.newRemedies.length > 0 && (
            <li>
              New remedies:{' '}
              {p.newRemedies
                .map((r) => `${r.name} (${REMEDY_KIND_LABELS[r.kind].toLowerCase()})`)
                .join(', ')}
              .
            </li>
          )}
          {p.dayRecords + p.dayRecordsKept > 0 && (
            <li>
              {plural(p.dayRecords, 'day record')} will be added
              {p.dayRecordsKept > 0
                ? `; ${plural(p.dayRecordsKept, 'day')} that already have one keep yours`
                : ''}
              .
            </li>
          )}
        </ul>
      )}
      {broken && (
        <div className="data-issues">
          <table>
            <caption className="visually-hidden">Problems in {p.fileName}</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Column</th>
                <th scope="col">What is wrong</th>
              </tr>
            </thead>
            <tbody>
              {p.issues.map((issue, i) => (
                <tr key={i}>
                  <td className="num">{issue.row}</td>
                  <td>
                    <code>{issue.field || '—'}</code>
                  </td>
                  <td>{issue.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {p.issueCount > p.issues.length && (
            <p className="muted">
              Showing the first {p.issues.length} of {p.issueCount} problems.
            </p>
          )}
        </div>
      )}
      <div className="button-row">
        {!broken && (
          <button
            type="button"
            className="button primary"
            disabled={busy || nothingNew}
            onClick={onImport}
          >
            {nothingNew
              ? 'Nothing new to import'
              : `Import ${importedWhat(p.toImport, p.dayRecords)}`}
          </button>
        )}
        <button type="button" className="button" onClick={onCancel}>
          {broken ? 'Close' : 'Cancel'}
        </button>
      </div>
    </div>
  )
}
