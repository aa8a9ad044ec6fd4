/**
 * Adding a trigger or remedy by name, the one way Settings and Today do it: a name the journal
 * already has (ignoring case, archived or not) is not a bare refusal but that entry, for the
 * caller to offer instead.
 */
import { findByName } from '../../shared/catalog-names'
import type { RemedyKind } from '../../shared/domain'
import { api, ApiError, unwrap } from './api'
import type { Catalog } from './journal-context'

export type CatalogEntry = Catalog['triggers'][number] & { kind?: RemedyKind }
export type AddRequest =
  { list: 'trigger'; name: string } | { list: 'remedy'; name: string; kind: RemedyKind }
export type AddResult = { added: CatalogEntry } | { existing: CatalogEntry }

const entriesOf = (catalog: Catalog, list: AddRequest['list']): readonly CatalogEntry[] =>
  list === 'trigger' ? catalog.triggers : catalog.remedies

/** `name` must already be a valid catalog name (checked with the contract's schema). */
export async function addCatalogEntry(catalog: Catalog, request: AddRequest): Promise<AddResult> {
  const known = findByName(entriesOf(catalog, request.list), request.name)
  if (known) return { existing: known }
  try {
    const added =
      request.list === 'trigger'
        ? await unwrap(api.addTrigger({ name: request.name }))
        : await unwrap(api.addRemedy({ name: request.name, kind: request.kind }))
    return { added }
  } catch (e) {
    // The list on screen can be behind the journal: read it again before refusing.
    if (!(e instanceof ApiError) || e.info.kind !== 'conflict') throw e
    const found = findByName(entriesOf(await unwrap(api.getCatalog()), request.list), request.name)
    if (!found) throw e
    return { existing: found }
  }
}

/** Brings an archived entry back into the pickers. */
export function bringBack(list: AddRequest['list'], id: number): Promise<unknown> {
  return unwrap(api.archiveCatalogEntry({ list, id, archived: false }))
}
