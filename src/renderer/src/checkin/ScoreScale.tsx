/**
 * The one 0–10 scale: eleven radio buttons in one row. Native radios give arrow keys and
 * screen-reader semantics; digits type a number directly (scoreTyping: "1" then "0" is 10), so a
 * score never needs a drag or a precise click.
 *
 * Two looks: the pain score, the hero of the check-in (large buttons in the pain colours, its
 * ends in words below, digits typed anywhere in the form reach it through useDigitEntry); and
 * the day record's smaller scales, which take the digits typed while they have focus (so those
 * do not change the pain score) and can be cleared.
 */
import { useCallback, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useScreenCommand } from '../app-commands'
import {
  PAIN_ANCHORS,
  PAIN_MAX,
  PAIN_MIN,
  PAIN_RAMP,
  painBand,
  painTextColour,
} from '../../../shared/pain-scale'
import { scoreTyping } from '../../../shared/shortcuts'
import '../components/chips.css'

const SCORES = Array.from({ length: PAIN_MAX - PAIN_MIN + 1 }, (_, i) => PAIN_MIN + i)

interface Common {
  legend: string
  /** Why the number was refused; outlines the scale and describes it. */
  error?: string
}

interface PainProps extends Common {
  kind: 'pain'
  value: number | null
  onChange: (score: number) => void
  /** The radios' name, unique on the page; ids are made from it. */
  name: string
  /** Whether "New check-in" (menu, Ctrl/Cmd+N) lands here: only for Today's own form. */
  answersNewCheckin: boolean
}

interface PlainProps extends Common {
  kind: 'plain'
  value: number | null
  onChange: (value: number | null) => void
  /** What 0 and 10 mean, in words. */
  low: string
  high: string
}

export function ScoreScale(props: PainProps | PlainProps) {
  const { legend, value, error } = props
  const pain = props.kind === 'pain'
  const ownId = useId()
  const name = pain ? props.name : ownId
  const group = useRef<HTMLFieldSetElement>(null)
  const [read] = useState(scoreTyping)
  const answers = pain && props.answersNewCheckin
  // "New check-in" (menu, tray, Ctrl/Cmd+N, a reminder) lands here, ready for a digit or arrows.
  const focusScale = useCallback(() => {
    if (!answers) return
    const radios = group.current?.querySelectorAll<HTMLInputElement>('input[type="radio"]')
    const target = [...(radios ?? [])].find((r) => r.checked) ?? radios?.[0]
    target?.focus()
  }, [answers])
  useScreenCommand('new-checkin', focusScale)

  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (pain || event.ctrlKey || event.metaKey || event.altKey) return
    const score = read(event.key, event.timeStamp)
    if (score === null) return
    // Keep the digit away from the page-wide pain shortcut.
    event.preventDefault()
    event.stopPropagation()
    props.onChange(score)
  }

  return (
    <fieldset
      className={pain ? 'pain-selector' : 'choice-group scale-choice'}
      ref={group}
      aria-describedby={pain ? undefined : `${name}-ends`}
      onKeyDown={pain ? undefined : onKeyDown}
    >
      <legend id={`${name}-legend`} className={pain ? undefined : 'choice-legend'}>
        {legend}
      </legend>
      {!pain && (
        <p id={`${name}-ends`} className="field-hint scale-ends">
          {PAIN_MIN} = {props.low}, {PAIN_MAX} = {props.high}
        </p>
      )}
      <div
        className={pain ? 'pain-options' : 'choice-options scale-options'}
        role="radiogroup"
        aria-labelledby={`${name}-legend`}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${name}-error` : undefined}
      >
        {SCORES.map((score) => (
          <label key={score} className={pain ? 'pain-option' : 'choice-option scale-option'}>
            <input
              type="radio"
              name={name}
              value={score}
              checked={value === score}
              onChange={() => props.onChange(score)}
              aria-label={pain ? painLabel(score) : undefined}
              data-pain-option={pain ? score : undefined}
            />
            {pain ? (
              <span
                style={{ background: PAIN_RAMP[score], color: painTextColour(score) }}
                aria-hidden="true"
              >
                {score}
              </span>
            ) : (
              <span className="num">{score}</span>
            )}
          </label>
        ))}
        {!pain && value !== null && (
          <button type="button" className="button small" onClick={() => props.onChange(null)}>
            Clear
          </button>
        )}
      </div>
      {pain && (
        <div className="pain-anchors" aria-hidden="true">
          <span>
            {PAIN_MIN} · {PAIN_ANCHORS.low}
          </span>
          <span>
            {PAIN_MAX} · {PAIN_ANCHORS.high}
          </span>
        </div>
      )}
      {error && (
        <p id={`${name}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  )
}

/** A pain score as a screen reader says it: the number and what it means. */
function painLabel(score: number): string {
  const meaning =
    score === PAIN_MIN ? PAIN_ANCHORS.low : score === PAIN_MAX ? PAIN_ANCHORS.high : painBand(score)
  return `${score} — ${meaning}`
}
