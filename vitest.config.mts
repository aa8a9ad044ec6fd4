import { defineConfig } from 'vitest/config'

/**
 * Files share a worker's loaded modules instead of each loading them afresh (which was two thirds
 * of the run). So nothing one test replaces may outlive it: spies, stubbed globals and
 * environment variables are put back after each (tests/unit/shared-worker.test.ts). The tests
 * that load code afresh to watch what it does at import call vi.resetModules() first.
 */
const SHARED_WORKER = {
  isolate: false,
  restoreMocks: true,
  unstubGlobals: true,
  unstubEnvs: true,
} as const

export default defineConfig({
  test: {
    // Both cores: by default Vitest keeps one for itself, which here left the tests one worker.
    maxWorkers: '100%',
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          ...SHARED_WORKER,
          // No test is timed (speed lives in `npm run bench`); this only catches a hang, and
          // leaves room for a slow, shared CI machine.
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          // Each test opens its own journal in its own temp folder.
          ...SHARED_WORKER,
          // Real SQLite files with synchronous=FULL: give slow disks room.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'package',
          include: ['tests/package/**/*.test.ts'],
          environment: 'node',
          // electron-builder packs the built app (run `npm run build` first); nothing is timed.
          testTimeout: 60_000,
        },
      },
    ],
  },
})
