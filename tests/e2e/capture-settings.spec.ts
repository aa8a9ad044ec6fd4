/**
 * Screenshots for review of Settings (its section list, each section) and the Report screen's
 * link to Your data, with a year of data, light and dark, 1280×800, 1024×700 and 200% zoom.
 * They land in test-results/screenshots; nothing here asserts more than that each is drawn.
 */
import type { Page } from '@playwright/test'
import { aYearOfCheckins, FIXTURE_END_DAY } from '../fixtures/journal'
import { SETTINGS_SECTIONS } from '../../src/renderer/src/places'
import { call } from '../support/portability'
import { test, expect, seedJournal, SCREENSHOT_DIR } from './harness'

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
] as const
const THEMES = ['light', 'dark'] as const
const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png`, fullPage })

for (const theme of THEMES) {
  for (const { width, height } of SIZES) {
    const size = `${width}x${height}`
    test(`review: every Settings section, ${theme}, ${size}`, async ({ page, journal }) => {
      test.setTimeout(90_000)
      await page.setViewportSize({ width, height })
      await page.emulateMedia({ colorScheme: theme })
      seedJournal(journal, aYearOfCheckins({ endDay: FIXTURE_END_DAY }))
      await call(journal.running, 'catalog:add-trigger', { name: 'Carrying the shopping' })
      const old = await call<{ id: number }>(journal.running, 'catalog:add-trigger', {
        name: 'Old office chair',
      })
      await call(journal.running, 'catalog:archive', {
        list: 'trigger',
        id: old.id,
        archived: true,
      })
      await call(journal.running, 'backups:create')
      await page.clock.setFixedTime(new Date(`${FIXTURE_END_DAY}T18:00:00`))
      await journal.open('#settings')
      await shot(page, `review-settings-${theme}-${size}`)
      const list = page.getByRole('navigation', { name: 'Settings sections' })
      for (const section of SETTINGS_SECTIONS) {
        await list.getByRole('link', { name: section.label, exact: true }).click()
        await expect(page.getByRole('heading', { level: 2, name: section.label })).toBeFocused()
        await shot(page, `review-settings-${section.id}-${theme}-${size}`)
      }
      await journal.open('#report')
      await shot(page, `review-report-top-${theme}-${size}`)
    })
  }
}

test.describe('at 200% zoom', () => {
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 })
  for (const theme of THEMES) {
    test(`review: Settings at 200% zoom, ${theme}`, async ({ page, journal }) => {
      await page.emulateMedia({ colorScheme: theme })
      seedJournal(journal, aYearOfCheckins({ endDay: FIXTURE_END_DAY }))
      await journal.open('#settings')
      await shot(page, `review-settings-zoom-200-${theme}`)
      const list = page.getByRole('navigation', { name: 'Settings sections' })
      await list.getByRole('link', { name: 'Backups', exact: true }).click()
      await expect(page.getByRole('heading', { level: 2, name: 'Backups' })).toBeFocused()
      await shot(page, `review-settings-backups-zoom-200-${theme}`)
    })
  }
})
