/**
 * A row of native radio buttons drawn as buttons: arrow keys, labels and screen-reader
 * semantics come from the radios. Use a "not said" option (value `'unsaid'`) for the unselected
 * state, so nothing is ever chosen for the person by default; it is drawn as an open chip, never
 * like an answer they gave.
 */
import { useId, type ReactNode } from 'react'
import './chips.css'

export interface Choice<T extends string> {
  value: T
  label: string
}

interface Props<T extends string> {
  legend: ReactNode
  choices: readonly Choice<T>[]
  value: T
  onChange: (value: T) => void
  hint?: string
  /** Visually smaller legend, for a group inside a larger one. */
  compact?: boolean
  name?: string
}

export function ChoiceGroup<T extends string>({
  legend,
  choices,
  value,
  onChange,
  hint,
  compact = false,
  name,
}: Props<T>) {
  const id = useId()
  return (
    <fieldset
      className={`choice-group${compact ? ' is-compact' : ''}`}
      aria-describedby={hint ? `${id}-hint` : undefined}
    >
      <legend className="choice-legend">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <div className="choice-options">
        {choices.map((choice) => (
          <label
            key={choice.value}
            className={`choice-option${choice.value === 'unsaid' ? ' is-unsaid' : ''}`}
          >
            <input
              type="radio"
              name={name ?? id}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
