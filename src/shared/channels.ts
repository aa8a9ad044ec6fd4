/**
 * Channel names and the bridge method each one becomes on `window.painJournal`.
 * Kept free of zod so the sandboxed preload stays tiny; `contract.ts` attaches the schemas and
 * a unit test checks that the two lists agree.
 */
export const CHANNELS = {
  getAppInfo: 'app:info',
  saveCheckin: 'checkins:save',
  listCheckins: 'checkins:list',
  deleteCheckin: 'checkins:delete',
  restoreCheckin: 'checkins:restore',
  getDay: 'days:get',
  saveDay: 'days:save',
  getCatalog: 'catalog:get',
  getSettings: 'settings:get',
  updateSettings: 'settings:update',
  addTrigger: 'catalog:add-trigger',
  addRemedy: 'catalog:add-remedy',
  renameCatalogEntry: 'catalog:rename',
  archiveCatalogEntry: 'catalog:archive',
  setDailyLimit: 'catalog:set-limit',
  listAcknowledgements: 'acknowledgements:list',
  acknowledge: 'acknowledgements:add',
  getLastCheckin: 'checkins:last',
  listLastDoses: 'remedies:last-doses',
  getInsights: 'insights:get',
  listDoctorVisits: 'visits:list',
  addDoctorVisit: 'visits:add',
  deleteDoctorVisit: 'visits:delete',
  exportCsv: 'data:export-csv',
  previewImport: 'data:preview-import',
  importCsv: 'data:import-csv',
  exportJson: 'data:export-json',
  previewRestore: 'data:preview-restore',
  restoreJson: 'data:restore-json',
  exportFhir: 'data:export-fhir',
  previewReport: 'report:preview',
  exportReportPdf: 'report:export-pdf',
  openReportPdf: 'report:open-pdf',
  getHistoryMonth: 'history:month',
  listEpisodes: 'episodes:list',
  getJournalStatus: 'journal:status',
  openSampleJournal: 'journal:open-sample',
  openRealJournal: 'journal:open-real',
  listBackups: 'backups:list',
  createBackup: 'backups:create',
  restoreBackup: 'backups:restore',
  openLink: 'links:open',
  getTrends: 'trends:get',
} as const

export type MethodName = keyof typeof CHANNELS
export type ChannelName = (typeof CHANNELS)[MethodName]

/** Messages the main process sends to the window (menu items, tray, notifications). */
export const APP_COMMAND_EVENT = 'app:command'
/** The window tells the main process it now listens for app commands (src/main/command-queue.ts). */
export const APP_READY_EVENT = 'app:ready'

export type Unsubscribe = () => void
export type Subscribe = (event: string, listener: (payload: unknown) => void) => Unsubscribe

/**
 * Builds the bridge object: one method per channel, each a call to `invoke`, plus
 * `onAppCommand` to hear menu commands, which calls `listening` once the listener is in place (so
 * the main process can send the commands it held back). Self-contained (it uses only its
 * arguments) so the e2e harness can inject this very function into a page.
 */
export function createBridge(
  channels: Readonly<Record<string, string>>,
  invoke: (channel: ChannelName, payload: unknown) => Promise<unknown>,
  subscribe: Subscribe,
  commandEvent: string,
  listening: () => void,
): Readonly<Record<string, (payload?: unknown) => unknown>> {
  const bridge: Record<string, (payload?: unknown) => unknown> = {}
  for (const [method, channel] of Object.entries(channels)) {
    bridge[method] = (payload?: unknown) => invoke(channel as ChannelName, payload)
  }
  bridge['onAppCommand'] = (listener?: unknown) => {
    if (typeof listener !== 'function') throw new TypeError('onAppCommand needs a function')
    const unsubscribe = subscribe(commandEvent, (payload) => {
      if (typeof payload === 'string') (listener as (command: string) => void)(payload)
    })
    listening()
    return unsubscribe
  }
  return Object.freeze(bridge)
}
