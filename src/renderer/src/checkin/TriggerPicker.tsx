/**
 * Triggers as toggle chips from the catalog (archived ones left out, unless this check-in names
 * one: then it shows, so it can be taken off), with the person's own trigger addable right here:
 * it is saved to the catalog and chosen at once.
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react'
import { useFocusWhenReady } from '../components/focus-first-invalid'
import { inCatalogOrder } from '../../../shared/catalog-names'
import { catalogName, MAX_NAME_LENGTH } from '../../../shared/schemas'
import { useCatalogAdd, type CatalogEntry } from '../catalog-add'
import { CharactersLeft } from '../components/CharactersLeft'
import { ExistingEntryOffer } from '../components/ExistingEntryOffer'
import { ToggleChip } from '../components/ToggleChip'
import { useJournal } from '../journal-context'
import { useSave } from '../use-save'

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
  const adder = useSave({ onRefused: () => nameInput.current?.focus() })
  const { busy, status } = adder.state
  const addError = clientError ?? adder.state.error
  const setAddError = (message: null) => {
    setClientError(message)
    adder.reset()
  }
  const setStatus = adder.say
  const [offer, setOffer] = useState<CatalogEntry | null>(null)
  const catalogAdd = useCatalogAdd()
  const nameInput = useRef<HTMLInputElement>(null)
  const active = inCatalogOrder(
    catalog.triggers.filter((t) => !t.archived || selected.includes(t.id)),
  )

  const add = async () => {
    const parsed = catalogName.safeParse(name)
    if (!parsed.success) {
      setClientError(parsed.error.issues[0]?.message ?? 'Check the name.')
      nameInput.current?.focus()
      return
    }
    setClientError(null)
    const outcome: { existing?: CatalogEntry } = {}
    await adder.run(
      async () => {
        const result = await catalogAdd.add(catalog, { list: 'trigger', name: parsed.data })
        if ('existing' in result) {
          outcome.existing = result.existing
          return null
        }
        await refreshCatalog()
        chosen(result.added.id)
        return `Added “${result.added.name}” and chose it.`
      },
      (message) => message,
    )
    // A name already in the journal: offer that trigger rather than refuse (once the save is
    // over, so its button can take the focus).
    if (outcome.existing) setOffer(outcome.existing)
  }

  const takeExisting = async (entry: CatalogEntry) => {
    await adder.run(
      async () => {
        if (entry.archived) {
          await catalogAdd.bringBack('trigger', entry.id)
          await refreshCatalog()
        }
        chosen(entry.id)
        return entry.archived
          ? `Brought back “${entry.name}” and chose it.`
          : `Chose “${entry.name}”.`
      },
      (message) => message,
    )
  }

  // The add box closes: keyboard focus goes to the chosen trigger's chip, not to the page.
  const focusWhenReady = useFocusWhenReady()
  const chosen = (triggerId: number) => {
    focusWhenReady(`[data-chip="trigger-${triggerId}"]`)
    onAdded(triggerId)
    setName('')
    setAdding(false)
    setOffer(null)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter adds the trigger rather than saving the whole check-in.
    if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
      event.preventDefault()
      void add()
    } else if (event.key === 'Escape') {
      setAdding(false)
      setAddError(null)
      setOffer(null)
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
              onChange={(e) => {
                setName(e.target.value)
                setOffer(null)
              }}
              onKeyDown={onKeyDown}
              aria-invalid={addError ? true : undefined}
              aria-describedby={addError ? `${id}-add-error ${id}-left` : `${id}-left`}
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
                setOffer(null)
              }}
            >
              Cancel
            </button>
          </div>
          <CharactersLeft id={`${id}-left`} value={name} max={MAX_NAME_LENGTH} />
          {addError && (
            <p id={`${id}-add-error`} className="field-error">
              {addError}
            </p>
          )}
          {offer && (
            <ExistingEntryOffer
              what="trigger"
              entry={offer}
              useLabel={
                offer.archived ? `Bring back and choose “${offer.name}”` : `Choose “${offer.name}”`
              }
              busy={busy}
              onUse={() => void takeExisting(offer)}
            />
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
