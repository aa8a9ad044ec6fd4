/**
 * Triggers as toggle chips from the catalog (archived ones left out, unless this check-in names
 * one: then it shows, so it can be taken off), with the person's own trigger addable right here:
 * it is saved to the catalog and chosen at once.
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react'
import { contract } from '../../../shared/contract'
import { ToggleChip } from '../components/ToggleChip'
import { useJournal } from '../journal-context'
import { useSave } from '../use-save'
import { useWrite } from '../writes'

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
  const [clientError, setClientError] = useState<string | null>(null)
  const write = useWrite()
  const adder = useSave({ onRefused: () => nameInput.current?.focus() })
  const { busy, status } = adder.state
  const addError = clientError ?? adder.state.error
  const setAddError = (message: null) => {
    setClientError(message)
    adder.reset()
  }
  const setStatus = adder.say
  const nameInput = useRef<HTMLInputElement>(null)
  const active = catalog.triggers.filter((t) => !t.archived || selected.includes(t.id))

  const add = async () => {
    const parsed = contract['catalog:add-trigger'].input.safeParse({ name })
    if (!parsed.success) {
      setClientError(parsed.error.issues[0]?.message ?? 'Check the name.')
      nameInput.current?.focus()
      return
    }
    setClientError(null)
    await adder.run(
      async () => {
        const trigger = await write('catalog:add-trigger', parsed.data)
        await refreshCatalog()
        onAdded(trigger.id)
        setName('')
        setAdding(false)
        return trigger
      },
      (trigger) => `Added “${trigger.name}” and chose it.`,
    )
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
