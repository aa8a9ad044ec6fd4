/**
 * The "Warning signs" checklist (red flags), in its two tiers (shared/domain.ts): marked clearly,
 * and never ticked for the person. A retired sign shows only on a check-in that already has it.
 * Each tier says what to do in the words of the notice it raises (WARNING_ACTION).
 */
import { useId } from 'react'
import {
  OFFERED_RED_FLAGS,
  RED_FLAGS,
  RED_FLAG_LABELS,
  redFlagTier,
  type RedFlag,
} from '../../../shared/domain'
import { WARNING_ACTION } from '../../../shared/flags-warning'
import type { WarningTier } from '../../../shared/severity'
import { SeverityWord } from '../components/Notice'

interface Props {
  selected: readonly RedFlag[]
  onToggle: (flag: RedFlag) => void
}

const TIERS: readonly WarningTier[] = ['emergency', 'today']

/** Each tier's action, in the words of the notice it raises (WARNING_ACTION, said once). */
const lead = (tier: WarningTier) => {
  const { title } = WARNING_ACTION[tier]
  return `${title.charAt(0).toLowerCase()}${title.slice(1)}`
}

export function WarningSigns({ selected, onToggle }: Props) {
  const id = useId()
  const shown = RED_FLAGS.filter((f) => OFFERED_RED_FLAGS.includes(f) || selected.includes(f))
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
      {TIERS.map((tier) => (
        <div key={tier} role="group" aria-labelledby={`${id}-${tier}`}>
          <p className="warning-signs-tier" id={`${id}-${tier}`}>
            <SeverityWord severity={tier} />: {lead(tier)}
          </p>
          <ul className="warning-signs-list">
            {shown
              .filter((f) => redFlagTier(f) === tier)
              .map((flag) => (
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
        </div>
      ))}
    </fieldset>
  )
}
