import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './tests/support/chromium'

export default defineConfig({
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  projects: [
    {
      name: 'e2e',
      testDir: 'tests/e2e',
      use: {
        viewport: { width: 1280, height: 800 },
        launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
      },
    },
    { name: 'electron', testDir: 'tests/electron', timeout: 120_000 },
  ],
})
