/**
 * Adding a trigger or remedy by name, the one way Settings and Today do it: a name the journal
 * already has (ignoring case, archived or not) is not a bare refusal but that entry, for the
 * caller to offer instead.
 */
import { useQueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import { findByName } from '../../shared/catalog-names'
import type { RemedyKind } from '../../shared/domain'
import { ApiError, callApi } from './api'
import { keyOf } from './cache-rules'
import type { Catalog } from './journal-context'
import { useWrite } from './writes'

export type CatalogEntry = Catalog['triggers'][number] & { kind?: RemedyKind }
export type AddRequest =
  { list: 'trigger'; name: string } | { list: 'remedy'; name: string; kind: RemedyKind }
export type AddResult = { added: CatalogEntry } | { existing: CatalogEntry }

const entriesOf = (catalog: Catalog, list: AddRequest['list']): readonly CatalogEntry[] =>
  list === 'trigger' ? catalog.triggers : catalog.remedies

export interface CatalogAdd {
  /** `name` must already be a valid catalog name (checked with the contract's schema). */
  add: (catalog: Catalog, request: AddRequest) => Promise<AddResult>
  /** Brings an archived entry back into the pickers. */
  bringBack: (list: AddRequest['list'], id: number) => Promise<unknown>
}

/** Both go through the one write (writes.ts), so every view's catalog is brought up to date. */
export function useCatalogAdd(): CatalogAdd {
  const write = useWrite()
  const client = useQueryClient()
  return useMemo(
    () => ({
      add: async (catalog, request) => {
        const known = findByName(entriesOf(catalog, request.list), request.name)
        if (known) return { existing: known }
        try {
          const added =
            request.list === 'trigger'
              ? await write('catalog:add-trigger', { name: request.name })
              : await write('catalog:add-remedy', { name: request.name, kind: request.kind })
          return { added }
        } catch (e) {
          // The list on screen can be behind the journal: read it again before refusing.
          if (!(e instanceof ApiError) || e.info.kind !== 'conflict') throw e
          const fresh = await client.fetchQuery({
            queryKey: keyOf('catalog:get', undefined),
            queryFn: () => callApi('catalog:get', undefined),
            staleTime: 0,
          })
          const found = findByName(entriesOf(fresh, request.list), request.name)
          if (!found) throw e
          return { existing: found }
        }
      },
      bringBack: (list, id) => write('catalog:archive', { list, id, archived: false }),
    }),
    [write, client],
  )
}
