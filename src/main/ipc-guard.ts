/**
 * The IPC handler for one channel, Electron-free so tests can call it with fake events: the
 * sender frame is checked before the router sees the payload.
 */
import type { ChannelName } from '../shared/channels'
import { fail, type Result } from '../shared/result'
import { isTrustedFrame, type SenderFrame } from './security'
import type { Router } from './service/router'

export function guardedHandler(
  router: Router,
  channel: ChannelName,
  devServerUrl?: string,
  /** Told of each call that succeeded (the shell re-applies settings after settings:update). */
  afterSuccess: (channel: ChannelName) => void = () => {},
) {
  return async (
    event: { senderFrame: SenderFrame | null },
    payload: unknown,
  ): Promise<Result<unknown>> => {
    if (!isTrustedFrame(event.senderFrame, devServerUrl)) {
      return fail('validation', 'This request did not come from the Pain Journal window.')
    }
    const result = await router.handle(channel, payload)
    if (result.ok) {
      // What the shell does afterwards must not turn an answered call into a thrown one.
      try {
        afterSuccess(channel)
      } catch (error) {
        console.error(`Pain Journal: after ${channel}`, error)
      }
    }
    return result
  }
}
