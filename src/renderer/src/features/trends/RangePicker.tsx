/** The period the Trends screen shows: 30 days, 90 days, a year, everything, or chosen dates. */
import { useId, useRef, useState, type FormEvent } from 'react'
import { addDaysToDay, isValidDay } from '../../../../shared/days'
import { periodFault, type PeriodFault } from '../../../../shared/period'
import { invalidAttributes, useFocusFirstInvalid } from '../../components/focus-first-invalid'

export type RangeKind = '30' | '90' | '365' | 'all' | 'custom'

export interface Range {
  kind: RangeKind
  /** Null: from the first day anything was logged. */
  from: string | null
  to: string
}

const OPTIONS: { kind: RangeKind; label: string }[] = [
  { kind: '30', label: '30 days' },
  { kind: '90', label: '90 days' },
  { kind: '365', label: '1 year' },
  { kind: 'all', label: 'All' },
  { kind: 'custom', label: 'Custom' },
]

export function presetRange(kind: Exclude<RangeKind, 'custom'>, today: string): Range {
  if (kind === 'all') return { kind, from: null, to: today }
  return { kind, from: addDaysToDay(today, -(Number(kind) - 1)), to: today }
}

interface Props {
  range: Range
  today: string
  /** The first day of what is shown now, to prefill the custom dates. */
  shownFrom: string | null
  onChange: (range: Range) => void
}

export function RangePicker({ range, today, shownFrom, onChange }: Props) {
  const name = useId()
  const errorId = `${name}-error`
  const [from, setFrom] = useState(range.from ?? shownFrom ?? addDaysToDay(today, -89))
  const [to, setTo] = useState(range.to)
  // Which date is at fault, and why: it is outlined, described and given the focus.
  const [error, setError] = useState<PeriodFault | null>(null)
  const form = useRef<HTMLFormElement>(null)
  const refused = useFocusFirstInvalid(form)

  function pick(kind: RangeKind) {
    setError(null)
    if (kind === 'custom') {
      setFrom(range.from ?? shownFrom ?? addDaysToDay(today, -89))
      setTo(range.to)
      onChange({ ...range, kind: 'custom' })
    } else {
      onChange(presetRange(kind, today))
    }
  }

  function apply(event: FormEvent) {
    event.preventDefault()
    if (!isValidDay(from) || !isValidDay(to)) {
      setError({ field: isValidDay(from) ? 'to' : 'from', message: 'Enter both dates.' })
      refused()
      return
    }
    // The report's period check too: the same periods refused, in the same words.
    const fault = periodFault({ from, to }, today)
    if (fault) {
      setError(fault)
      refused()
      return
    }
    setError(null)
    onChange({ kind: 'custom', from, to })
  }

  return (
    <div className="range-picker">
      <fieldset className="range-options">
        <legend className="visually-hidden">Period</legend>
        {OPTIONS.map((o) => (
          <label key={o.kind} className="range-option">
            <input
              type="radio"
              name={name}
              value={o.kind}
              checked={range.kind === o.kind}
              onChange={() => pick(o.kind)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </fieldset>
      {range.kind === 'custom' && (
        <form ref={form} className="range-custom" onSubmit={apply} noValidate>
          <label>
            From
            <input
              type="date"
              value={from}
              max={today}
              onChange={(e) => setFrom(e.target.value)}
              {...invalidAttributes(error?.field === 'from', errorId)}
            />
          </label>
          <label>
            To
            <input
              type="date"
              value={to}
              max={today}
              onChange={(e) => setTo(e.target.value)}
              {...invalidAttributes(error?.field === 'to', errorId)}
            />
          </label>
          <button type="submit" className="button small">
            Show
          </button>
          {error && (
            <span id={errorId} className="field-error" role="alert">
              {error.message}
            </span>
          )}
        </form>
      )}
    </div>
  )
}
