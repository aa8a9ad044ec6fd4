/**
 * Journals a test starts (and starts again) itself, in temp folders, at a moment it sets: every
 * journal is closed and every folder removed after each test. Call once at a test file's top.
 */
import { afterEach } from 'vitest'
import { startJournal, type RunningJournal } from '../../src/main/journal'
import { nullPlatform, tempDir } from './temp-journal'

export interface JournalFolders {
  /** A new, empty temp folder. */
  folder: () => string
  /**
   * Starts the journal in `dir` with the clock at `at`; with `afterStart`, once the work done
   * just after start-up (today's backup, retention) is over too.
   */
  start: (dir: string, at: Date, options?: { afterStart?: boolean }) => Promise<RunningJournal>
  /**
   * Runs `cleanup` after the test: before what was registered earlier (a journal started later is
   * closed first) and before the folders are removed.
   */
  onCleanup: (cleanup: () => void) => void
}

export function journalFolders(): JournalFolders {
  let cleanups: (() => void)[] = []
  afterEach(() => {
    cleanups.forEach((c) => c())
    cleanups = []
  })
  return {
    folder: () => {
      const t = tempDir()
      cleanups.push(t.cleanup)
      return t.dir
    },
    start: async (dir, at, { afterStart = false } = {}) => {
      const j = await startJournal({
        dataDir: dir,
        version: 'test',
        platform: nullPlatform,
        now: () => at,
      })
      // Closed before its folder goes.
      cleanups.unshift(() => j.close())
      if (afterStart) await j.afterStart
      return j
    },
    onCleanup: (cleanup) => {
      cleanups.unshift(cleanup)
    },
  }
}
