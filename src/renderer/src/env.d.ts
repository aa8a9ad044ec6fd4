/// <reference types="vite/client" />
import type { PainJournalApi } from '../../shared/contract'

declare global {
  interface Window {
    painJournal: PainJournalApi
  }
}
