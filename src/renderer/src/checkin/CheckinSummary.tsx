/** A check-in in short, for a list: time, score, and what was noted, as tags in words. */
import { RED_FLAG_LABELS, type Checkin } from '../../../shared/domain'
import { NoteText } from '../components/NoteText'
import { PainChip } from '../components/PainChip'
import { Tag } from '../components/ToggleChip'
import type { CheckinWords } from './checkin-words'

export function CheckinSummary({ checkin: c, words }: { checkin: Checkin; words: CheckinWords }) {
  return (
    <>
      <span className="checkin-time num">{words.time}</span>
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
          {words.when && <Tag>{words.when}</Tag>}
          {words.where.map((r) => (
            <Tag key={r}>{r}</Tag>
          ))}
          {words.triggers.map((name, i) => (
            <Tag key={`t${i}`}>Trigger: {name}</Tag>
          ))}
          {words.remedies.map((text, i) => (
            <Tag key={`r${i}`}>Tried: {text}</Tag>
          ))}
        </div>
        {c.note ? (
          <NoteText text={c.note} className="checkin-note" />
        ) : (
          c.redFlags.length + c.regions.length + c.triggerIds.length + c.remedies.length === 0 &&
          c.spasm === null &&
          c.context === null && <p className="muted checkin-note">No note</p>
        )}
      </div>
    </>
  )
}
