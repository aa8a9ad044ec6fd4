import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium'

export default defineConfig({
  testDir: '.',
  testMatch: 'bench.spec.ts',
  workers: 1,
  reporter: [['list']],
  use: { launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS } },
})
