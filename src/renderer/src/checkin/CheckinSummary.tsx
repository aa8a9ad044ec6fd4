/** One check-in in a list: time, score, and what was noted, as tags in words. */
import {
  BODY_REGION_LABELS,
  CONTEXT_LABELS,
  RED_FLAG_LABELS,
  RELIEF_LABELS,
  type Checkin,
  type RemedyUse,
} from '../../../shared/domain'
import { PainChip } from '../components/PainChip'
import { Tag } from '../components/ToggleChip'
import type { Catalog } from '../journal-context'

function remedyText(use: RemedyUse, name: string): string {
  const amount =
    use.doseMg !== null ? ` ${use.doseMg} mg` : use.minutes !== null ? ` ${use.minutes} min` : ''
  const relief = use.relief !== null ? ` · ${RELIEF_LABELS[`${use.relief}`]?.toLowerCase()}` : ''
  return `${name}${amount}${relief}`
}

export function CheckinSummary({ checkin: c, catalog }: { checkin: Checkin; catalog: Catalog }) {
  const triggerName = (id: number) => catalog.triggers.find((t) => t.id === id)?.name ?? 'Trigger'
  const remedyName = (id: number) => catalog.remedies.find((r) => r.id === id)?.name ?? 'Remedy'
  return (
    <>
      <span className="checkin-time num">{c.at.slice(11, 16)}</span>
      <PainChip score={c.pain} />
      <div className="checkin-body">
        <div className="tag-row">
          {c.redFlags.map((f) => (
            <Tag key={f} tone="warning">
              Warning sign: {RED_FLAG_LABELS[f]}
            </Tag>
          ))}
          {c.spasm === true && <Tag tone="strong">Spasm</Tag>}
          {c.spasm === false && <Tag>No spasm</Tag>}
          {c.context && <Tag>{CONTEXT_LABELS[c.context]}</Tag>}
          {c.regions.map((r) => (
            <Tag key={r}>{BODY_REGION_LABELS[r]}</Tag>
          ))}
          {c.triggerIds.map((id) => (
            <Tag key={`t${id}`}>Trigger: {triggerName(id)}</Tag>
          ))}
          {c.remedies.map((use, i) => (
            <Tag key={`r${i}`}>Tried: {remedyText(use, remedyName(use.remedyId))}</Tag>
          ))}
        </div>
        {c.note ? (
          <p className="checkin-note">{c.note}</p>
        ) : (
          c.redFlags.length + c.regions.length + c.triggerIds.length + c.remedies.length === 0 &&
          c.spasm === null &&
          c.context === null && <p className="muted checkin-note">No note</p>
        )}
      </div>
    </>
  )
}
