import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
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
