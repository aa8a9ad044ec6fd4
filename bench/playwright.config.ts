import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium'

export default defineConfig({
  testDir: '.',
  testMatch: 'bench.spec.ts',
  workers: 1,
  reporter: [['list']],
  use: {
    launchOptions: {
      executablePath: findChromium(),
      // Frames are drawn as soon as they are ready rather than on a 60 Hz beat, so a measured
      // frame is the work it took, not the wait for the next vsync.
      args: [...CHROMIUM_ARGS, '--disable-frame-rate-limit', '--disable-gpu-vsync'],
    },
  },
})
