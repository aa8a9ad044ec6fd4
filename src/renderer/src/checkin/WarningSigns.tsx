/** The "Warning signs" checklist (red flags): marked clearly, and never ticked for the person. */
import { useId } from 'react'
import { RED_FLAGS, RED_FLAG_LABELS, type RedFlag } from '../../../shared/domain'

interface Props {
  selected: readonly RedFlag[]
  onToggle: (flag: RedFlag) => void
}

export function WarningSigns({ selected, onToggle }: Props) {
  const id = useId()
  return (
    <fieldset className="warning-signs" aria-describedby={`${id}-hint`}>
      <legend className="warning-signs-legend">
        <span aria-hidden="true" className="warning-signs-icon">
          !
        </span>
        Warning signs
      </legend>
      <p id={`${id}-hint`} className="warning-signs-hint">
        Tick any that apply to you now. These need a doctor quickly, so the app will say so at once.
      </p>
      <ul className="warning-signs-list">
        {RED_FLAGS.map((flag) => (
          <li key={flag}>
            <label className="check-option">
              <input
                type="checkbox"
                checked={selected.includes(flag)}
                onChange={() => onToggle(flag)}
                data-red-flag={flag}
              />
              <span>{RED_FLAG_LABELS[flag]}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
