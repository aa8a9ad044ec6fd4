/**
 * One check-in as the day view shows it: time, score, spasm, where, context, triggers and
 * remedies by name (archived entries keep their names), warning signs and the note.
 */
import { TriangleAlert } from 'lucide-react'
import {
  BODY_REGION_LABELS,
  CONTEXT_LABELS,
  RED_FLAG_LABELS,
  redFlagTier,
  RELIEF_LABELS,
  type Checkin,
  type RemedyUse,
} from '../../../shared/domain'
import { SeverityWord } from '../components/Notice'
import { PainChip } from '../components/PainChip'
import type { Catalog } from '../journal-context'
import { CheckinActions } from './CheckinActions'
import { timeOf } from './checkin-time'

function remedyText(use: RemedyUse, catalog: Catalog): string {
  const name = catalog.remedies.find((r) => r.id === use.remedyId)?.name ?? 'A remedy'
  const details = [
    use.doseMg !== null ? `${use.doseMg} mg` : null,
    use.minutes !== null ? `${use.minutes} min` : null,
    use.relief !== null ? (RELIEF_LABELS[String(use.relief)] ?? null)?.toLowerCase() : null,
  ].filter(Boolean)
  return details.length ? `${name}: ${details.join(', ')}` : name
}

interface Props {
  checkin: Checkin
  catalog: Catalog
  onEdit: () => void
  onDelete: () => void
  busy: boolean
}

export function CheckinItem({ checkin: c, catalog, onEdit, onDelete, busy }: Props) {
  const triggers = c.triggerIds.map(
    (id) => catalog.triggers.find((t) => t.id === id)?.name ?? 'A trigger',
  )
  const time = timeOf(c.at)
  const facts: [string, string | string[]][] = []
  if (c.regions.length) {
    facts.push(['Where', c.regions.map((r) => BODY_REGION_LABELS[r]).join('; ')])
  }
  if (c.context) facts.push(['When', CONTEXT_LABELS[c.context]])
  if (triggers.length) facts.push(['Set off by', triggers.join(', ')])
  if (c.remedies.length) {
    facts.push(['Tried', c.remedies.map((u) => remedyText(u, catalog))])
  }
  return (
    <li className="history-checkin" data-checkin-id={c.id}>
      <div className="history-checkin-head">
        <span className="checkin-time">{time}</span>
        <PainChip score={c.pain} />
        {c.spasm === true && <span className="history-tag">Spasm</span>}
        {c.spasm === false && <span className="muted">No spasm</span>}
        <CheckinActions checkin={c} onEdit={onEdit} onDelete={onDelete} busy={busy} />
      </div>
      {(facts.length > 0 || c.redFlags.length > 0 || c.note) && (
        <dl className="history-checkin-facts">
          {facts.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>
                {typeof value === 'string' ? (
                  value
                ) : (
                  <ul className="history-plain-list">
                    {value.map((line, i) => (
                      <li key={i}>{line}</li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          ))}
          {c.redFlags.length > 0 && (
            <div className="history-red-flags">
              <dt>
                <TriangleAlert className="mark-red-flag" size={16} aria-hidden="true" /> Warning
                signs
              </dt>
              <dd>
                <ul className="history-plain-list">
                  {c.redFlags.map((f) => (
                    <li key={f}>
                      <SeverityWord severity={redFlagTier(f)} /> {RED_FLAG_LABELS[f]}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
          {c.note && (
            <div>
              <dt>Note</dt>
              <dd className="checkin-note">{c.note}</dd>
            </div>
          )}
        </dl>
      )}
    </li>
  )
}
