import { defineConfig } from 'vitest/config'

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
          // Files share a worker's loaded modules instead of each loading them afresh (which was
          // two thirds of the run). No test relies on a module loaded only for it: the ones that
          // load code afresh to watch what it does at import call vi.resetModules() first, and a
          // test that replaces a global puts it back after itself.
          isolate: false,
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
          // As unit: each test opens its own journal in its own temp folder.
          isolate: false,
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
