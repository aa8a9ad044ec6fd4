/** One trigger or remedy: its name, rename in place, archive or bring back. */
import { useRef, useState } from 'react'
import { REMEDY_KIND_LABELS, type RemedyKind } from '../../../../shared/domain'
import { catalogName, MAX_NAME_LENGTH } from '../../../../shared/schemas'
import { CharactersLeft } from '../../components/CharactersLeft'
import { useFocusFirstInvalid } from '../../components/focus-first-invalid'
import { useJournal } from '../../journal-context'
import { useSave } from '../../use-save'
import { useWrite } from '../../writes'

interface Props {
  list: 'trigger' | 'remedy'
  entry: { id: number; name: string; archived: boolean; kind?: RemedyKind }
  /** Tells the list what changed, for its status line (the row itself may move lists). */
  /** Says what changed; `focus` is where keyboard focus goes next (a selector). */
  onChanged: (message: string, focus: string) => void
}

/** The entry's Rename button. */
export const renameButton = (list: string, id: number) => `#${CSS.escape(`${list}-${id}-rename`)}`

/**
 * The entry's Archive / Bring back button once the entry is in the list `archived` says: the
 * row moves between lists when the catalog is read again, which may come a render after the
 * answer, so focus waits for the button in its new place rather than the one leaving.
 */
export const toggleButton = (list: string, id: number, archived: boolean) =>
  `#${CSS.escape(`${list}-${id}-toggle`)}[data-archived="${archived}"]`

export function CatalogEntryRow({ list, entry, onChanged }: Props) {
  const { refreshCatalog } = useJournal()
  const [editing, setEditing] = useState(false)
  const [name, setName] = useState(entry.name)
  const [clientError, setClientError] = useState<string | null>(null)
  const save = useSave()
  const write = useWrite()
  const renameForm = useRef<HTMLFormElement>(null)
  const refused = useFocusFirstInvalid(renameForm)
  const inputId = `${list}-${entry.id}-name`
  const errorId = `${list}-${entry.id}-error`
  const leftId = `${list}-${entry.id}-left`
  const error = clientError ?? save.state.error

  const stopEditing = () => {
    setEditing(false)
    setName(entry.name)
    setClientError(null)
    save.reset()
  }

  const rename = async () => {
    const parsed = catalogName.safeParse(name)
    if (!parsed.success) {
      setClientError(parsed.error.issues[0]?.message ?? 'Check the name.')
      refused()
      return
    }
    if (parsed.data === entry.name) return stopEditing()
    const done = await save.run(async () => {
      await write('catalog:rename', { list, id: entry.id, name: parsed.data })
      await refreshCatalog()
    }, 'Renamed.')
    if (!done) refused()
    if (done) {
      setEditing(false)
      onChanged(`Renamed “${entry.name}” to “${parsed.data}”.`, renameButton(list, entry.id))
    }
  }

  const setArchived = async (archived: boolean) => {
    const done = await save.run(async () => {
      await write('catalog:archive', { list, id: entry.id, archived })
      await refreshCatalog()
    }, '')
    const message = archived ? `Archived “${entry.name}”.` : `Brought back “${entry.name}”.`
    if (done) onChanged(message, toggleButton(list, entry.id, archived))
  }

  if (editing) {
    return (
      <li className="catalog-row catalog-row-editing">
        <form
          ref={renameForm}
          noValidate
          className="catalog-rename"
          onSubmit={(e) => {
            e.preventDefault()
            void rename()
          }}
        >
          <label htmlFor={inputId} className="visually-hidden">
            New name for {entry.name}
          </label>
          <input
            id={inputId}
            type="text"
            value={name}
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${errorId} ${leftId}` : leftId}
            onChange={(e) => {
              setName(e.target.value)
              setClientError(null)
              save.reset()
            }}
            onKeyDown={(e) => {
              if (e.key === 'Escape') stopEditing()
            }}
          />
          <button type="submit" className="button small primary" disabled={save.state.busy}>
            Save
          </button>
          <button type="button" className="button small" onClick={stopEditing}>
            Cancel
          </button>
        </form>
        <CharactersLeft id={leftId} value={name} max={MAX_NAME_LENGTH} />
        {error && (
          <p className="field-error" id={errorId} role="alert">
            {error}
          </p>
        )}
      </li>
    )
  }

  return (
    <li className="catalog-row">
      <span className="catalog-name">
        <span>{entry.name}</span>
        {entry.kind && <span className="catalog-kind">{REMEDY_KIND_LABELS[entry.kind]}</span>}
      </span>
      <span className="catalog-actions">
        {!entry.archived && (
          <button
            type="button"
            id={`${list}-${entry.id}-rename`}
            className="button small"
            aria-label={`Rename ${entry.name}`}
            onClick={() => setEditing(true)}
          >
            Rename
          </button>
        )}
        <button
          type="button"
          id={`${list}-${entry.id}-toggle`}
          data-archived={entry.archived}
          className="button small"
          aria-label={`${entry.archived ? 'Bring back' : 'Archive'} ${entry.name}`}
          disabled={save.state.busy}
          onClick={() => void setArchived(!entry.archived)}
        >
          {entry.archived ? 'Bring back' : 'Archive'}
        </button>
      </span>
      {save.state.error && (
        <p className="field-error catalog-row-error" role="alert">
          {save.state.error}
        </p>
      )}
    </li>
  )
}
