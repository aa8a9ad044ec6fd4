/**
 * Electron glue for the router: one `ipcMain.handle` per contract channel, each checking that the
 * call comes from our own page in our own window before the router sees the payload
 * (ipc-guard.ts, tested in tests/unit/hardening.test.ts), and the one message the page sends
 * without an answer: that it now listens for app commands (src/main/command-queue.ts).
 */
import { ipcMain, type WebContents } from 'electron'
import { APP_READY_EVENT, CHANNELS } from '../shared/channels'
import { guardedHandler } from './ipc-guard'
import { isTrustedFrame } from './security'
import type { Router } from './service/router'

export interface IpcHooks {
  /** Told of each call that succeeded (the shell re-applies settings after settings:update). */
  afterSuccess: (channel: string) => void
  /** Our page in this web contents listens for app commands now. */
  rendererListening: (contents: WebContents) => void
}

export function registerIpc(
  router: Router,
  devServerUrl: string | undefined,
  hooks: IpcHooks,
): void {
  for (const channel of Object.values(CHANNELS)) {
    ipcMain.handle(channel, guardedHandler(router, channel, devServerUrl, hooks.afterSuccess))
  }
  ipcMain.on(APP_READY_EVENT, (event) => {
    if (isTrustedFrame(event.senderFrame, devServerUrl)) hooks.rendererListening(event.sender)
  })
}
