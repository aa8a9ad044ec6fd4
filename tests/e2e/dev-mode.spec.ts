/**
 * `npm run dev`: the page the renderer's dev server sends, as the app window would load it
 * (through ELECTRON_RENDERER_URL), with the bridge backed by the real router. The page must come
 * up styled, with live reload connected, and break no rule of the dev Content Security Policy.
 * The server is stopped with the page still open, as a developer does: live reload then waits
 * for it from a worker, which the policy must allow too.
 */
import { startDevServer, type DevServer } from '../support/dev-server'
import { expect, test } from './harness'

let dev: DevServer | undefined

test.afterEach(async () => {
  await dev?.stop()
  dev = undefined
})

test('npm run dev shows the app styled, live reload connected, with no CSP violation', async ({
  page,
  journal,
}) => {
  // Starting the dev server includes Vite's first scan of the dependencies: give it room.
  test.setTimeout(120_000)
  const consoleLines: string[] = []
  page.on('console', (message) => consoleLines.push(message.text()))

  dev = await startDevServer()
  expect(dev.url).toMatch(/^http:\/\/localhost:\d+$/)
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto(dev.url)

  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  // The stylesheet is applied: the page's background and the sidebar layout come from it.
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(247, 247, 245)')
  await expect(page.locator('.app')).toHaveCSS('display', 'grid')
  // Vite's live-reload socket reached the server.
  await expect.poll(() => consoleLines.some((l) => l.includes('[vite] connected'))).toBe(true)
  // The page works: a check-in is saved through the bridge into the journal.
  await page.getByRole('radio', { name: /^3 —/ }).check()
  await page.getByRole('button', { name: 'Save check-in' }).click()
  await expect(page.getByRole('status').filter({ hasText: /Saved: pain 3/ })).toBeVisible()
  expect(
    journal.running.db().prepare('SELECT pain FROM checkins').pluck().all(),
    'the journal holds the check-in',
  ).toEqual([3])

  await journal.screenshot('dev-mode-today-light')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(page.locator('body')).not.toHaveCSS('background-color', 'rgb(247, 247, 245)')
  await journal.screenshot('dev-mode-today-dark')

  // Stopping the server: live reload waits for it to come back (from a worker).
  await dev.stop()
  await expect.poll(() => consoleLines.some((l) => /connection lost/i.test(l))).toBe(true)
  // The worker is made right after that message; a refusal is reported in a task after it.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 0)))

  // The harness also fails the test on any violation or console error; said here as well.
  expect(journal.cspViolations).toEqual([])
  expect(consoleLines.filter((l) => /Content Security Policy/i.test(l))).toEqual([])
  // Dev has its own policy, still without 'unsafe-inline' or 'unsafe-eval'.
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content')
  expect(policy).toMatch(/^default-src 'self'/)
  expect(policy).not.toMatch(/unsafe/)
})
