/**
 * A small 0–10 scale for the day record, with its two ends in words. Digits typed while it has
 * focus choose a number here (1 then 0 for 10) instead of changing the pain score above.
 */
import { useId, useRef, type KeyboardEvent } from 'react'
import '../components/chips.css'

interface Props {
  legend: string
  low: string
  high: string
  value: number | null
  onChange: (value: number | null) => void
  error?: string
}

const SCALE = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]

export function ScaleChoice({ legend, low, high, value, onChange, error }: Props) {
  const id = useId()
  const lastDigit = useRef<{ digit: string; at: number } | null>(null)

  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey || !/^[0-9]$/.test(event.key)) return
    // Keep the digit away from the page-wide pain shortcut.
    event.preventDefault()
    event.stopPropagation()
    const prev = lastDigit.current
    if (event.key === '0' && prev?.digit === '1' && event.timeStamp - prev.at < 1000) {
      onChange(10)
      lastDigit.current = null
      return
    }
    onChange(Number(event.key))
    lastDigit.current = { digit: event.key, at: event.timeStamp }
  }

  return (
    <fieldset
      className="choice-group scale-choice"
      aria-describedby={`${id}-ends`}
      onKeyDown={onKeyDown}
    >
      <legend className="choice-legend">{legend}</legend>
      <p id={`${id}-ends`} className="field-hint scale-ends">
        0 = {low}, 10 = {high}
      </p>
      <div
        className="choice-options scale-options"
        role="radiogroup"
        aria-label={legend}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {SCALE.map((n) => (
          <label key={n} className="choice-option scale-option">
            <input
              type="radio"
              name={id}
              value={n}
              checked={value === n}
              onChange={() => onChange(n)}
            />
            <span className="num">{n}</span>
          </label>
        ))}
        {value !== null && (
          <button type="button" className="button small" onClick={() => onChange(null)}>
            Clear
          </button>
        )}
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  )
}
