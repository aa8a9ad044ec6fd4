/**
 * One check-in in a list, with Edit and Delete: the one display Today and History share. Today
 * lists the day's check-ins in short, as tags (`summary`); History's day view spells each out
 * as facts (`facts`): where, when, set off by, tried, warning signs and the note.
 */
import { RED_FLAG_LABELS, redFlagTier, type Checkin } from '../../../shared/domain'
import { mostSerious } from '../../../shared/severity'
import { SeverityIcon, SeverityWord } from '../components/Notice'
import { NoteText } from '../components/NoteText'
import { PainChip } from '../components/PainChip'
import type { Catalog } from '../journal-context'
import { CheckinActions } from './CheckinActions'
import { CheckinSummary } from './CheckinSummary'
import { checkinWords } from './checkin-words'

interface Props {
  checkin: Checkin
  catalog: Catalog
  look: 'summary' | 'facts'
  onEdit: () => void
  onDelete: () => void
  busy: boolean
}

export function CheckinItem({ checkin: c, catalog, look, onEdit, onDelete, busy }: Props) {
  const words = checkinWords(c, catalog)
  const signsTier = mostSerious(c.redFlags.map(redFlagTier))
  const actions = <CheckinActions checkin={c} onEdit={onEdit} onDelete={onDelete} busy={busy} />
  if (look === 'summary') {
    return (
      <li className="checkin-item" data-checkin-id={c.id}>
        <CheckinSummary checkin={c} words={words} />
        {actions}
      </li>
    )
  }
  const facts: [string, string | string[]][] = []
  if (words.where.length) facts.push(['Where', words.where.join('; ')])
  if (words.when) facts.push(['When', words.when])
  if (words.triggers.length) facts.push(['Set off by', words.triggers.join(', ')])
  if (words.remedies.length) facts.push(['Tried', words.remedies])
  return (
    <li className="history-checkin" data-checkin-id={c.id}>
      <div className="history-checkin-head">
        <span className="checkin-time">{words.time}</span>
        <PainChip score={c.pain} />
        {c.spasm === true && <span className="history-tag">Spasm</span>}
        {c.spasm === false && <span className="muted">No spasm</span>}
        {actions}
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
          {signsTier && (
            <div className="history-red-flags">
              <dt>
                <SeverityIcon severity={signsTier} /> Warning signs
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
              <dd>
                <NoteText text={c.note} className="checkin-note" />
              </dd>
            </div>
          )}
        </dl>
      )}
    </li>
  )
}
