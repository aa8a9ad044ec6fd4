/**
 * Notification decisions, Electron-free so they are unit-tested (tests/unit/notifications.test.ts);
 * desktop.ts and index.ts apply them with Electron's Notification and app.
 */

/** The app's identity on Windows: electron-builder.yml's appId, checked equal by a test. */
export const APP_ID = 'org.painjournal.desktop'

/**
 * Windows attributes toasts and taskbar pins by Application User Model ID. The installed app's
 * Start-menu shortcut carries the appId (electron-builder's installer sets it); run from source
 * there is no such shortcut, and Windows shows toasts only for the Electron executable's own ID.
 */
export function appUserModelId(packaged: boolean, execPath: string): string {
  return packaged ? APP_ID : execPath
}

/** The part of Electron's Notification the holder needs. */
export interface HeldNotification {
  close(): void
  once(event: 'click' | 'close' | 'failed', listener: () => void): unknown
}

/**
 * Keeps the reminder on screen alive. A Notification referenced only by a local variable can be
 * garbage-collected: macOS then removes it from the Notification Center, and Windows drops its
 * click. The holder keeps the latest one until it is clicked, closed or fails; a new reminder
 * replaces (and closes) the one before, so there is one "How is your back today?" at a time and
 * nothing piles up.
 */
export function createNotificationHolder<N extends HeldNotification>() {
  let current: N | null = null
  return {
    hold(notification: N): N {
      const previous = current
      current = notification
      if (previous && previous !== notification) previous.close()
      const release = () => {
        if (current === notification) current = null
      }
      for (const event of ['click', 'close', 'failed'] as const) notification.once(event, release)
      return notification
    },
    /** The notification being kept, if any. */
    held(): N | null {
      return current
    },
  }
}
