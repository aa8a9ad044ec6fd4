/** One catalog list: the entries in use, a form to add one, and the archived ones apart. */
import { useRef, useState } from 'react'
import { inCatalogOrder } from '../../../../shared/catalog-names'
import { REMEDY_KINDS, REMEDY_KIND_LABELS, type RemedyKind } from '../../../../shared/domain'
import { catalogName, MAX_NAME_LENGTH } from '../../../../shared/schemas'
import { useCatalogAdd, type AddRequest, type CatalogEntry } from '../../catalog-add'
import { ExistingEntryOffer } from '../../components/ExistingEntryOffer'
import { CharactersLeft } from '../../components/CharactersLeft'
import { useJournal } from '../../journal-context'
import { useFocusFirstInvalid, useFocusWhenReady } from '../../components/focus-first-invalid'
import { CatalogEntryRow, renameButton, toggleButton } from './CatalogEntryRow'
import { useSave } from '../../use-save'

interface Props {
  list: 'trigger' | 'remedy'
  entries: readonly CatalogEntry[]
}

export function CatalogList({ list, entries }: Props) {
  const { catalog, refreshCatalog } = useJournal()
  const [name, setName] = useState('')
  const [offer, setOffer] = useState<CatalogEntry | null>(null)
  const [kind, setKind] = useState<RemedyKind>('self-care')
  const [clientError, setClientError] = useState<string | null>(null)
  const add = useSave()
  const catalogAdd = useCatalogAdd()
  const [notice, setNotice] = useState<string | null>(null)
  const addForm = useRef<HTMLFormElement>(null)
  const refused = useFocusFirstInvalid(addForm)
  // An archived entry moves to the other list: keyboard focus follows it to its new button.
  const focusWhenReady = useFocusWhenReady()
  const onChanged = (message: string, focus: string) => {
    focusWhenReady(focus)
    setNotice(message)
  }
  const active = inCatalogOrder(entries.filter((e) => !e.archived))
  const archived = inCatalogOrder(entries.filter((e) => e.archived))
  const what = list === 'trigger' ? 'trigger' : 'remedy'
  const nameId = `add-${list}-name`
  const errorId = `add-${list}-error`
  const leftId = `add-${list}-left`
  const error = clientError ?? add.state.error

  const submit = async () => {
    const parsed = catalogName.safeParse(name)
    if (!parsed.success) {
      setClientError(parsed.error.issues[0]?.message ?? 'Check the name.')
      refused()
      return
    }
    setClientError(null)
    setNotice(null)
    setOffer(null)
    const request: AddRequest =
      list === 'trigger' ? { list, name: parsed.data } : { list, name: parsed.data, kind }
    const outcome: { existing?: CatalogEntry } = {}
    const saved = await add.run(async () => {
      const result = await catalogAdd.add(catalog, request)
      if ('existing' in result) outcome.existing = result.existing
      else await refreshCatalog()
    }, '')
    if (!saved) {
      refused()
      return
    }
    if (outcome.existing) {
      setOffer(outcome.existing)
      return
    }
    setName('')
    setNotice(`Added “${parsed.data}”.`)
  }

  // The name is taken: show the entry that has it, or bring it back from the archive.
  const takeExisting = async (entry: CatalogEntry) => {
    if (!entry.archived) {
      setOffer(null)
      setName('')
      onChanged(`“${entry.name}” is in the list: here it is.`, renameButton(list, entry.id))
      return
    }
    const done = await add.run(async () => {
      await catalogAdd.bringBack(list, entry.id)
      await refreshCatalog()
    }, '')
    if (done) {
      setOffer(null)
      setName('')
      onChanged(`Brought back “${entry.name}”.`, toggleButton(list, entry.id, false))
    }
  }

  return (
    <>
      <ul className="catalog-list" aria-label={list === 'trigger' ? 'Triggers' : 'Remedies'}>
        {active.map((entry) => (
          <CatalogEntryRow key={entry.id} list={list} entry={entry} onChanged={onChanged} />
        ))}
      </ul>
      <form
        ref={addForm}
        noValidate
        className="catalog-add"
        aria-label={`Add a ${what}`}
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <div className="field catalog-add-name">
          <label htmlFor={nameId}>Add your own {what}</label>
          <input
            id={nameId}
            type="text"
            value={name}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${errorId} ${leftId}` : leftId}
            onChange={(e) => {
              setName(e.target.value)
              setClientError(null)
              setOffer(null)
              add.reset()
            }}
          />
        </div>
        {list === 'remedy' && (
          <div className="field">
            <label htmlFor="add-remedy-kind">Kind</label>
            <select
              id="add-remedy-kind"
              className="settings-select"
              value={kind}
              onChange={(e) => setKind(e.target.value as RemedyKind)}
            >
              {REMEDY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {REMEDY_KIND_LABELS[k]}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <button type="submit" className="button" disabled={add.state.busy}>
            Add {what}
          </button>
        </div>
      </form>
      <CharactersLeft id={leftId} value={name} max={MAX_NAME_LENGTH} />
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
      {offer && (
        <ExistingEntryOffer
          what={what}
          entry={offer}
          useLabel={offer.archived ? `Bring back “${offer.name}”` : `Go to “${offer.name}”`}
          busy={add.state.busy}
          onUse={() => void takeExisting(offer)}
        />
      )}
      <p role="status" className="status">
        {notice}
      </p>
      <h3 className="catalog-archived-heading">
        Archived {list === 'trigger' ? 'triggers' : 'remedies'}
      </h3>
      <p className="field-hint">
        Archived entries are no longer offered when you check in. Check-ins that used them still
        show their names.
      </p>
      {archived.length === 0 ? (
        <p className="empty">None archived.</p>
      ) : (
        <ul
          className="catalog-list"
          aria-label={list === 'trigger' ? 'Archived triggers' : 'Archived remedies'}
        >
          {archived.map((entry) => (
            <CatalogEntryRow key={entry.id} list={list} entry={entry} onChanged={onChanged} />
          ))}
        </ul>
      )}
    </>
  )
}
