/**
 * "You already have a trigger called “Twisting”", with one button to use that entry (or bring it
 * back, if archived) instead of adding a second. The button takes focus, so Enter twice adds
 * nothing new and uses what is there; the field keeps the name typed, to change it instead.
 */
import { useEffect, useId, useRef } from 'react'
import type { CatalogEntry } from '../catalog-add'
import './ExistingEntryOffer.css'

interface Props {
  what: 'trigger' | 'remedy'
  entry: CatalogEntry
  /** What the button says: to choose the entry, or to go to it in a list. */
  useLabel: string
  busy?: boolean
  onUse: () => void
}

export function ExistingEntryOffer({ what, entry, useLabel, busy = false, onUse }: Props) {
  const id = useId()
  const button = useRef<HTMLButtonElement>(null)
  useEffect(() => button.current?.focus(), [entry])
  return (
    <div className="existing-offer">
      <p id={id} className="existing-offer-text" role="alert">
        {entry.archived
          ? `You already have a ${what} called “${entry.name}”, archived.`
          : `You already have a ${what} called “${entry.name}”.`}
      </p>
      <button
        ref={button}
        type="button"
        className="button small primary"
        aria-describedby={id}
        disabled={busy}
        onClick={onUse}
      >
        {useLabel}
      </button>
    </div>
  )
}
