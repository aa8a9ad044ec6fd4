/**
 * Menu, tray and notification commands wait for the page to listen. "Log now" from the tray
 * after the window was closed creates a window and sends the command at once, long before the
 * page has loaded and subscribed (window.painJournal.onAppCommand), and Electron drops a message
 * nobody listens for. The bridge says when the page listens (APP_READY_EVENT, sent right after it
 * subscribes); until then commands wait here, and a page that navigates away starts waiting
 * again. Electron-free: tests/unit/command-queue.test.ts and the e2e harness use it as is.
 */

/** A window that never says it is ready does not collect commands without end. */
export const MAX_WAITING_COMMANDS = 10

export interface CommandQueue {
  /** Delivers now if the page listens, otherwise keeps the command for when it does. */
  send(command: string): void
  /** The page listens: deliver what waited, in order, then everything at once. */
  ready(): void
  /** A new page is loading: wait for it to say it listens. */
  reset(): void
}

export function createCommandQueue(deliver: (command: string) => void): CommandQueue {
  let listening = false
  let waiting: string[] = []
  return {
    send(command) {
      if (listening) deliver(command)
      else waiting = [...waiting, command].slice(-MAX_WAITING_COMMANDS)
    },
    ready() {
      listening = true
      const due = waiting
      waiting = []
      for (const command of due) deliver(command)
    },
    reset() {
      listening = false
    },
  }
}
