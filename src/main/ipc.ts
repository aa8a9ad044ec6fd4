/**
 * Electron glue for the router: one `ipcMain.handle` per contract channel, each checking that the
 * call comes from our own page in our own window before the router sees the payload
 * (ipc-guard.ts, tested in tests/unit/hardening.test.ts).
 */
import { ipcMain } from 'electron'
import { CHANNELS } from '../shared/channels'
import { guardedHandler } from './ipc-guard'
import type { Router } from './service/router'

export function registerIpc(
  router: Router,
  devServerUrl: string | undefined,
  afterSuccess: (channel: string) => void = () => {},
): void {
  for (const channel of Object.values(CHANNELS)) {
    ipcMain.handle(channel, guardedHandler(router, channel, devServerUrl, afterSuccess))
  }
}
