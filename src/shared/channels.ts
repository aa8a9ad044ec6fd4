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
  getTrends: 'trends:get',
} as const

export type MethodName = keyof typeof CHANNELS
export type ChannelName = (typeof CHANNELS)[MethodName]

/**
 * Builds the bridge object: one method per channel, each a call to `invoke`. Self-contained
 * (it uses only its arguments) so the e2e harness can inject this very function into a page.
 */
export function createBridge(
  channels: Readonly<Record<string, string>>,
  invoke: (channel: ChannelName, payload: unknown) => Promise<unknown>,
): Readonly<Record<string, (payload?: unknown) => Promise<unknown>>> {
  const bridge: Record<string, (payload?: unknown) => Promise<unknown>> = {}
  for (const [method, channel] of Object.entries(channels)) {
    bridge[method] = (payload?: unknown) => invoke(channel as ChannelName, payload)
  }
  return Object.freeze(bridge)
}
