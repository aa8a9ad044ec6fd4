/**
 * Every screen scanned with axe (WCAG 2.0 A/AA, 2.1 AA, 2.2 AA), in light and dark: Today empty
 * and with a year of data, History, Trends (charts and tables), Report and Settings.
 */
import type { Page } from '@playwright/test'
import { aYearOfCheckins, FIXTURE_END_DAY } from '../fixtures/journal'
import { axe, test, expect, seedJournal, type Journal } from './harness'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']
const sample = aYearOfCheckins({ endDay: FIXTURE_END_DAY })

async function violations(page: Page, options: { frames?: boolean } = {}): Promise<string[]> {
  const builder = axe(page).withTags(TAGS)
  // The report preview is a frame sandboxed without scripts, so axe cannot run inside it (it
  // would wait forever). The frame itself (its title) is still checked.
  if (options.frames === false) builder.options({ iframes: false })
  const results = await builder.analyze()
  return results.violations.map(
    (v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
}

async function openAt(page: Page, journal: Journal, hash: string, withData: boolean) {
  if (withData) seedJournal(journal, sample)
  await page.clock.setFixedTime(new Date(`${FIXTURE_END_DAY}T10:00:00`))
  await journal.open(hash)
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`axe, ${theme}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme })
    })

    test('Today, empty', async ({ page, journal }) => {
      await openAt(page, journal, '#today', false)
      await expect(page.getByRole('heading', { level: 1 })).toContainText(/today/i)
      expect(await violations(page)).toEqual([])
    })

    test('Today, with a year of data', async ({ page, journal }) => {
      await openAt(page, journal, '#today', true)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      expect(await violations(page)).toEqual([])
    })

    test('History, with a day open', async ({ page, journal }) => {
      await openAt(page, journal, '#history', true)
      await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible()
      expect(await violations(page)).toEqual([])
    })

    test('Trends, charts and then every table', async ({ page, journal }) => {
      await openAt(page, journal, '#trends', true)
      await expect(page.getByRole('heading', { name: 'Pain over time' })).toBeVisible()
      expect(await violations(page)).toEqual([])
      const toggles = page.getByRole('button', { name: 'Show as table' })
      expect(await toggles.count()).toBeGreaterThan(3)
      // Each pressed button turns into "Show as chart", leaving the next one first.
      while ((await toggles.count()) > 0) await toggles.first().click()
      await expect(page.getByRole('table').first()).toBeVisible()
      expect(await violations(page)).toEqual([])
    })

    test('Report, with a year of data', async ({ page, journal }) => {
      await openAt(page, journal, '#report', true)
      await expect(page.getByTitle('Preview of the report, as it will be saved')).toBeVisible()
      expect(await violations(page, { frames: false })).toEqual([])
    })

    test('Settings', async ({ page, journal }) => {
      await openAt(page, journal, '#settings', true)
      await expect(page.getByRole('navigation', { name: 'Settings sections' })).toBeVisible()
      expect(await violations(page)).toEqual([])
    })
  })
}
