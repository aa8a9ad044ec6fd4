/**
 * Triggers as toggle chips from the catalog (archived ones left out, unless this check-in names
 * one: then it shows, so it can be taken off), with the person's own trigger addable right here:
 * it is saved to the catalog and chosen at once.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { inCatalogOrder } from '../../../shared/catalog-names'
import { contract } from '../../../shared/contract'
import { MAX_NAME_LENGTH } from '../../../shared/schemas'
import { ApiError, messageOf } from '../api'
import { addCatalogEntry, bringBack, type CatalogEntry } from '../catalog-add'
import { CharactersLeft } from '../components/CharactersLeft'
import { ExistingEntryOffer } from '../components/ExistingEntryOffer'
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
  const [offer, setOffer] = useState<CatalogEntry | null>(null)
  const nameInput = useRef<HTMLInputElement>(null)
  const active = inCatalogOrder(
    catalog.triggers.filter((t) => !t.archived || selected.includes(t.id)),
  )

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
      const result = await addCatalogEntry(catalog, { list: 'trigger', name: parsed.data.name })
      // A name already in the journal: offer that trigger rather than refuse.
      if ('existing' in result) return setOffer(result.existing)
      await refreshCatalog()
      chosen(result.added.id, `Added “${result.added.name}” and chose it.`)
    } catch (e) {
      setAddError(e instanceof ApiError ? e.info.message : messageOf(e))
      nameInput.current?.focus()
    } finally {
      setBusy(false)
    }
  }

  const takeExisting = async (entry: CatalogEntry) => {
    setBusy(true)
    try {
      if (entry.archived) {
        await bringBack('trigger', entry.id)
        await refreshCatalog()
      }
      chosen(
        entry.id,
        entry.archived ? `Brought back “${entry.name}” and chose it.` : `Chose “${entry.name}”.`,
      )
    } catch (e) {
      setAddError(messageOf(e))
      nameInput.current?.focus()
    } finally {
      setBusy(false)
    }
  }

  // The add box closes: keyboard focus goes to the chosen trigger's chip, not to the page.
  const focusAfter = useRef<string | null>(null)
  useEffect(() => {
    const chip = focusAfter.current
      ? document.querySelector<HTMLElement>(`[data-chip="${focusAfter.current}"]`)
      : null
    if (chip) {
      chip.focus()
      focusAfter.current = null
    }
  })
  const chosen = (triggerId: number, message: string) => {
    focusAfter.current = `trigger-${triggerId}`
    onAdded(triggerId)
    setName('')
    setAdding(false)
    setOffer(null)
    setStatus(message)
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
