/**
 * The hero of Today: eleven large radio buttons, 0–10, in one row. Native radios give arrow
 * keys and screen-reader semantics; digits type a score directly (see useDigitEntry), so a
 * score never needs a drag or a precise click.
 */
import { useCallback, useRef } from 'react'
import { useScreenCommand } from '../app-commands'
import { PAIN_ANCHORS, PAIN_RAMP, painBand, painTextColour } from '../../../shared/pain-scale'

interface Props {
  value: number | null
  onChange: (score: number) => void
  legend?: string
  /** The radios' name, unique on the page; ids are made from it. */
  name?: string
  /** Whether "New check-in" (menu, Ctrl/Cmd+N) lands here: only for Today's own form. */
  answersNewCheckin?: boolean
  /** Why the score was refused; outlines the scale and describes it. */
  error?: string
}

export function PainSelector({
  value,
  onChange,
  legend = 'How bad is the pain right now?',
  name = 'pain',
  answersNewCheckin = true,
  error,
}: Props) {
  const group = useRef<HTMLFieldSetElement>(null)
  // "New check-in" (menu, tray, Ctrl/Cmd+N, a reminder) lands here, ready for a digit or arrows.
  const focusSelector = useCallback(() => {
    if (!answersNewCheckin) return
    const radios = group.current?.querySelectorAll<HTMLInputElement>('input[type="radio"]')
    const target = [...(radios ?? [])].find((r) => r.checked) ?? radios?.[0]
    target?.focus()
  }, [answersNewCheckin])
  useScreenCommand('new-checkin', focusSelector)
  return (
    <fieldset className="pain-selector" ref={group}>
      <legend id={`${name}-legend`}>{legend}</legend>
      <div
        className="pain-options"
        role="radiogroup"
        aria-labelledby={`${name}-legend`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${name}-error` : undefined}
      >
        {PAIN_RAMP.map((colour, score) => (
          <label key={score} className="pain-option">
            <input
              type="radio"
              name={name}
              value={score}
              checked={value === score}
              onChange={() => onChange(score)}
              aria-label={`${score} — ${score === 0 ? PAIN_ANCHORS.low : score === 10 ? PAIN_ANCHORS.high : painBand(score)}`}
              data-pain-option={score}
            />
            <span style={{ background: colour, color: painTextColour(score) }} aria-hidden="true">
              {score}
            </span>
          </label>
        ))}
      </div>
      <div className="pain-anchors" aria-hidden="true">
        <span>0 · {PAIN_ANCHORS.low}</span>
        <span>10 · {PAIN_ANCHORS.high}</span>
      </div>
      {error && (
        <p id={`${name}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  )
}
