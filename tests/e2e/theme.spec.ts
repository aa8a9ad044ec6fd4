/**
 * The palette is written once (styles.css: light-dark()); the theme chosen in Settings and the
 * system's own mode pick from it the same way. A theme chosen against the system's mode must
 * look exactly like that mode followed by "Same as the system", native controls included.
 */
import type { Page } from '@playwright/test'
import { aYearOfCheckins, FIXTURE_END_DAY } from '../fixtures/journal'
import { test, expect, roomFor, seedJournal, settledShot, type Journal } from './harness'

async function look(
  page: Page,
  journal: Journal,
  system: 'light' | 'dark',
  theme: 'system' | 'light' | 'dark',
) {
  expect((await journal.running.router.handle('settings:update', { theme })).ok).toBe(true)
  await page.emulateMedia({ colorScheme: system })
  // A fresh load, so the app reads the theme as it starts.
  await page.goto('about:blank')
  await journal.open('#settings')
  // The theme is on the root (or off it), and the screen has its data: with no theme on the
  // root, the page would pass the first check before anything has arrived.
  const root = page.locator('html')
  if (theme === 'system') await expect(root).not.toHaveAttribute('data-theme', /./)
  else await expect(root).toHaveAttribute('data-theme', theme)
  await expect(page.locator('.catalog-list .catalog-row').first()).toBeVisible()
  roomFor(5_000)
  return settledShot(page)
}

test('a theme chosen in Settings looks the same as the system’s own mode', async ({
  page,
  journal,
}) => {
  seedJournal(journal, aYearOfCheckins())
  await page.clock.setFixedTime(new Date(`${FIXTURE_END_DAY}T10:00:00`))

  const systemDark = await look(page, journal, 'dark', 'system')
  const chosenDark = await look(page, journal, 'light', 'dark')
  expect(chosenDark.equals(systemDark), 'dark chosen on a light system').toBe(true)

  const systemLight = await look(page, journal, 'light', 'system')
  const chosenLight = await look(page, journal, 'dark', 'light')
  expect(chosenLight.equals(systemLight), 'light chosen on a dark system').toBe(true)
  expect(systemLight.equals(systemDark)).toBe(false)
})
