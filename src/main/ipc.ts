/**
 * Electron glue for the router: one `ipcMain.handle` per contract channel, each checking that the
 * call comes from our own page in our own window before the router sees the payload.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { CHANNELS } from '../shared/channels'
import { fail } from '../shared/result'
import { isAppUrl } from './security'
import type { Router } from './service/router'

export function isTrustedSender(event: IpcMainInvokeEvent, devServerUrl?: string): boolean {
  const frame = event.senderFrame
  return frame !== null && frame.parent === null && isAppUrl(frame.url, devServerUrl)
}

export function registerIpc(
  router: Router,
  devServerUrl: string | undefined,
  afterSuccess: (channel: string) => void = () => {},
): void {
  for (const channel of Object.values(CHANNELS)) {
    ipcMain.handle(channel, async (event, payload: unknown) => {
      if (!isTrustedSender(event, devServerUrl)) {
        return fail('validation', 'This request did not come from the Pain Journal window.')
      }
      const result = await router.handle(channel, payload)
      if (result.ok) afterSuccess(channel)
      return result
    })
  }
}
