/**
 * The calm question before a dose above its medicine's whole daily limit is saved: it may be
 * right (a prescription can allow it), or an extra zero. The question takes the reader's focus;
 * "No" goes back to the dose field.
 */
import { useEffect, useId, useRef } from 'react'
import type { UnusualDose } from '../../../shared/doses'
import { formatMg } from '../../../shared/locale-format'

interface Props {
  doses: readonly UnusualDose[]
  nameOf: (remedyId: number) => string
  onYes: () => void
  onNo: () => void
}

export function UnusualDoseQuestion({ doses, nameOf, onYes, onNo }: Props) {
  const id = useId()
  const question = useRef<HTMLParagraphElement>(null)
  useEffect(() => question.current?.focus(), [doses])
  const [first] = doses
  if (!first) return null
  const single = doses.length === 1
  return (
    <div className="confirm-question" role="group" aria-labelledby={`${id}-question`}>
      <p id={`${id}-question`} ref={question} tabIndex={-1} className="confirm-question-text">
        {single
          ? `${nameOf(first.remedyId)}: that is more than the daily limit (${formatMg(first.dailyLimitMg)}) in one dose — save it as ${formatMg(first.doseMg)}?`
          : 'These are each more than the medicine’s daily limit in one dose — save them as written?'}
      </p>
      {!single && (
        <ul className="confirm-question-list">
          {doses.map((d) => (
            <li key={d.remedyId}>
              {nameOf(d.remedyId)}: {formatMg(d.doseMg)} (daily limit {formatMg(d.dailyLimitMg)})
            </li>
          ))}
        </ul>
      )}
      <div className="button-row">
        <button type="button" className="button primary" onClick={onYes}>
          {single ? `Yes, save ${formatMg(first.doseMg)}` : 'Yes, save them'}
        </button>
        <button type="button" className="button" onClick={onNo}>
          No, let me change it
        </button>
      </div>
    </div>
  )
}
