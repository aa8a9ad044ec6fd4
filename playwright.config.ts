import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, findChromium } from './tests/support/chromium'

/** The app's page in Chromium, for the e2e tests and the review screenshots alike. */
const BROWSER = {
  viewport: { width: 1280, height: 800 },
  // One locale, so the clock and separators the app shows (a 24-hour clock here) do not change
  // with the machine; tests/e2e/today-glance.spec.ts and report.spec.ts run under en-US too (a
  // 12-hour clock).
  locale: 'en-GB',
  launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
}

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
    { name: 'e2e', testDir: 'tests/e2e', use: BROWSER },
    // Screenshots to look at, not tests: every screen with the sample year and with nothing, light
    // and dark, at two window sizes and 200% zoom (`npm run shots`). `npm test` leaves them out.
    { name: 'review', testDir: 'tests/review', use: BROWSER },
    { name: 'electron', testDir: 'tests/electron', timeout: 120_000 },
  ],
})
