/**
 * Work the main process does on its own (the reminder check every minute and on waking, the
 * hourly backup, re-applying settings to the tray): a failure there, such as a SQLite error, must
 * not become an uncaught exception, which Electron shows as an error dialog, every minute. The
 * work is caught and logged, and runs again next time. A failure that repeats is logged once,
 * and again when it changes or clears, so a broken disk does not fill the log. Electron-free:
 * tests/unit/keep-going.test.ts.
 */

export type FailureLog = (message: string, error?: unknown) => void

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/** Where the main process logs what went wrong in the background: its standard error. */
export const logFailure: FailureLog = (message, error) => {
  if (error === undefined) console.error(message)
  else console.error(message, error)
}

/** `task`, wrapped so it never throws or rejects: failures go to `log`. */
export function keepGoing(
  what: string,
  task: () => unknown,
  log: FailureLog = logFailure,
): () => void {
  let lastFailure: string | null = null
  const failed = (error: unknown) => {
    const message = messageOf(error)
    if (message !== lastFailure) log(`${what} failed; it will be tried again.`, error)
    lastFailure = message
  }
  const succeeded = () => {
    if (lastFailure !== null) log(`${what} works again.`)
    lastFailure = null
  }
  return () => {
    try {
      const result = task()
      if (result instanceof Promise) result.then(succeeded, failed)
      else succeeded()
    } catch (error) {
      failed(error)
    }
  }
}
