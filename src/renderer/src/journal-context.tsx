/**
 * What every screen needs to know about the open journal: settings and the catalog, loaded once
 * and refreshed when they change. Screens read it with `useJournal()`.
 */
import { createContext, useContext } from 'react'
import type { OutputOf } from '../../shared/contract'
import type { Settings } from '../../shared/settings-schema'
import type { ScreenId, SettingsSectionId } from './places'

export type Catalog = OutputOf<'catalog:get'>
export type AppInfo = OutputOf<'app:info'>

export interface JournalState {
  settings: Settings
  catalog: Catalog
  info: AppInfo
  /** Re-reads the catalog (after adding, renaming or archiving an entry). */
  refreshCatalog: () => Promise<void>
  /** Saves some settings and applies them. Rejects with an ApiError the caller can show. */
  updateSettings: (patch: Partial<Settings>) => Promise<void>
  /** Re-reads everything (after switching journals or restoring a backup). */
  reloadJournal: () => Promise<void>
  /** Moves to another screen, or to a section of Settings. */
  navigate: (screen: ScreenId, section?: SettingsSectionId) => void
}

export const JournalContext = createContext<JournalState | null>(null)

export function useJournal(): JournalState {
  const state = useContext(JournalContext)
  if (!state) throw new Error('useJournal must be used inside the App')
  return state
}
