/**
 * Triggers as toggle chips from the catalog (archived ones left out, unless this check-in names
 * one: then it shows, so it can be taken off), with the person's own trigger addable right here:
 * it is saved to the catalog and chosen at once.
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react'
import { contract } from '../../../shared/contract'
import { api, ApiError, messageOf, unwrap } from '../api'
import { ToggleChip } from '../components/ToggleChip'
import { useJournal } from '../journal-context'

interface Props {
  selected: readonly number[]
  onToggle: (id: number) => void
  onAdded: (id: number) => void
  error?: string
}

export function TriggerPicker({ selected, onToggle, onAdded, error }: Props) {
  const { catalog, refreshCatalog } = useJournal()
  const id = useId()
  const [adding, setAdding] = useState(false)
  const [name, setName] = useState('')
  const [addError, setAddError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState<string | null>(null)
  const nameInput = useRef<HTMLInputElement>(null)
  const active = catalog.triggers.filter((t) => !t.archived || selected.includes(t.id))

  const add = async () => {
    const parsed = contract['catalog:add-trigger'].input.safeParse({ name })
    if (!parsed.success) {
      setAddError(parsed.error.issues[0]?.message ?? 'Check the name.')
      nameInput.current?.focus()
      return
    }
    setBusy(true)
    setAddError(null)
    try {
      const trigger = await unwrap(api.addTrigger(parsed.data))
      await refreshCatalog()
      onAdded(trigger.id)
      setName('')
      setAdding(false)
      setStatus(`Added “${trigger.name}” and chose it.`)
    } catch (e) {
      setAddError(e instanceof ApiError ? e.info.message : messageOf(e))
      nameInput.current?.focus()
    } finally {
      setBusy(false)
    }
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter adds the trigger rather than saving the whole check-in.
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault()
      void add()
    } else if (event.key === 'Escape') {
      setAdding(false)
      setAddError(null)
    }
  }

  return (
    <fieldset className="detail-group">
      <legend className="choice-legend">What might have set it off?</legend>
      <div
        className="chip-row"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      >
        {active.map((t) => (
          <ToggleChip
            key={t.id}
            pressed={selected.includes(t.id)}
            onToggle={() => onToggle(t.id)}
            id={`trigger-${t.id}`}
          >
            {t.name}
          </ToggleChip>
        ))}
        {!adding && (
          <button
            type="button"
            className="button small add-own"
            onClick={() => {
              setAdding(true)
              setStatus(null)
            }}
          >
            Add your own…
          </button>
        )}
      </div>
      {adding && (
        <div className="inline-add">
          <label htmlFor={`${id}-name`}>New trigger</label>
          <div className="button-row">
            <input
              ref={nameInput}
              id={`${id}-name`}
              type="text"
              value={name}
              autoFocus
              maxLength={120}
              onChange={(e) => setName(e.target.value)}
              onKeyDown={onKeyDown}
              aria-invalid={addError ? true : undefined}
              aria-describedby={addError ? `${id}-add-error` : undefined}
              placeholder="For example: Gardening"
            />
            <button
              type="button"
              className="button small"
              onClick={() => void add()}
              disabled={busy}
            >
              Add trigger
            </button>
            <button
              type="button"
              className="button small"
              onClick={() => {
                setAdding(false)
                setAddError(null)
              }}
            >
              Cancel
            </button>
          </div>
          {addError && (
            <p id={`${id}-add-error`} className="field-error">
              {addError}
            </p>
          )}
        </div>
      )}
      <p className="status-quiet" aria-live="polite">
        {status}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  )
}
