/** One catalog list: the entries in use, a form to add one, and the archived ones apart. */
import { useEffect, useRef, useState } from 'react'
import { REMEDY_KINDS, REMEDY_KIND_LABELS, type RemedyKind } from '../../../../shared/domain'
import { catalogName } from '../../../../shared/schemas'
import { useFocusFirstInvalid } from '../../components/focus-first-invalid'
import { useJournal, type Catalog } from '../../journal-context'
import { CatalogEntryRow } from './CatalogEntryRow'
import { useSave } from '../../use-save'
import { useWrite } from '../../writes'

type Entry = Catalog['triggers'][number] & { kind?: RemedyKind }

interface Props {
  list: 'trigger' | 'remedy'
  entries: readonly Entry[]
}

const byName = (a: Entry, b: Entry) => a.name.localeCompare(b.name)

export function CatalogList({ list, entries }: Props) {
  const { refreshCatalog } = useJournal()
  const [name, setName] = useState('')
  const [kind, setKind] = useState<RemedyKind>('self-care')
  const [clientError, setClientError] = useState<string | null>(null)
  const add = useSave()
  const write = useWrite()
  const [notice, setNotice] = useState<string | null>(null)
  const addForm = useRef<HTMLFormElement>(null)
  const refused = useFocusFirstInvalid(addForm)
  // An archived entry moves to the other list: keyboard focus follows it to its new button.
  const pendingFocus = useRef<string | null>(null)
  useEffect(() => {
    const el = pendingFocus.current ? document.getElementById(pendingFocus.current) : null
    if (el) {
      el.focus()
      pendingFocus.current = null
    }
  })
  const onChanged = (message: string, focusId: string) => {
    pendingFocus.current = focusId
    setNotice(message)
  }
  const active = entries.filter((e) => !e.archived).sort(byName)
  const archived = entries.filter((e) => e.archived).sort(byName)
  const what = list === 'trigger' ? 'trigger' : 'remedy'
  const nameId = `add-${list}-name`
  const errorId = `add-${list}-error`
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
    const saved = await add.run(async () => {
      if (list === 'trigger') await write('catalog:add-trigger', { name: parsed.data })
      else await write('catalog:add-remedy', { name: parsed.data, kind })
      await refreshCatalog()
    }, `Added “${parsed.data}”.`)
    if (!saved) refused()
    if (saved) {
      setName('')
      setNotice(`Added “${parsed.data}”.`)
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
            maxLength={200}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={(e) => {
              setName(e.target.value)
              setClientError(null)
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
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
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
