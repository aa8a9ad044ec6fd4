/**
 * Screenshots for review of Settings (its section list, each section) and the Report screen's
 * link to Your data, with a year of data and with none, light and dark, 1280×800, 1024×700 and
 * 200% zoom; and the fields that say how many characters are left or offer an existing name.
 * They land in test-results/screenshots; nothing here asserts more than that each is drawn.
 */
import type { Page } from '@playwright/test'
import { aYearOfCheckins, FIXTURE_END_DAY } from '../fixtures/journal'
import { SETTINGS_SECTIONS } from '../../src/renderer/src/places'
import { call } from '../support/portability'
import { test, expect, seedJournal, reviewShot } from '../e2e/harness'

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
] as const
const THEMES = ['light', 'dark'] as const
const shot = (page: Page, name: string, fullPage = false) => reviewShot(page, name, { fullPage })

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
      // The screen's heading shows before its sections have their data: wait for the rows.
      await expect(page.locator('.catalog-list .catalog-row').first()).toBeVisible()
      await shot(page, `review-settings-${theme}-${size}`)
      await everySection(page, `${theme}-${size}`)
      await journal.open('#report')
      await shot(page, `review-report-top-${theme}-${size}`)
    })

    test(`review: every Settings section of a new journal, ${theme}, ${size}`, async ({
      page,
      journal,
    }) => {
      test.setTimeout(90_000)
      await page.setViewportSize({ width, height })
      await page.emulateMedia({ colorScheme: theme })
      await page.clock.setFixedTime(new Date(`${FIXTURE_END_DAY}T18:00:00`))
      await journal.open('#settings')
      await everySection(page, `empty-${theme}-${size}`)
    })
  }
}

/** Each section from the section list, which must land on its heading, photographed. */
async function everySection(page: Page, suffix: string) {
  const list = page.getByRole('navigation', { name: 'Settings sections' })
  for (const section of SETTINGS_SECTIONS) {
    await list.getByRole('link', { name: section.label, exact: true }).click()
    await expect(page.getByRole('heading', { level: 2, name: section.label })).toBeFocused()
    await shot(page, `review-settings-${section.id}-${suffix}`)
  }
}

for (const theme of THEMES) {
  for (const { width, height } of SIZES) {
    const size = `${width}x${height}`
    test(`review: duplicate names, characters left and the one order, ${theme}, ${size}`, async ({
      page,
      journal,
    }) => {
      test.setTimeout(90_000)
      await page.setViewportSize({ width, height })
      await page.emulateMedia({ colorScheme: theme })
      seedJournal(journal, aYearOfCheckins({ endDay: FIXTURE_END_DAY }))
      await call(journal.running, 'catalog:add-trigger', { name: 'Anxious week' })
      await page.clock.setFixedTime(new Date(`${FIXTURE_END_DAY}T18:00:00`))
      await journal.open('#settings/triggers')
      const add = page.getByLabel('Add your own trigger')
      await add.fill('heavy lifting')
      await add.press('Enter')
      await expect(page.getByRole('button', { name: 'Go to “Heavy lifting”' })).toBeFocused()
      await shot(page, `review-settings-duplicate-${theme}-${size}`)
      await add.fill('Carrying the shopping up three flights of stairs with a bag in each hand')
      await shot(page, `review-settings-name-left-${theme}-${size}`)

      await journal.open('#report')
      await page
        .getByLabel('Your name')
        .fill('Maximiliana Alexandrina Wolfeschlegelstein'.repeat(3))
      await page.getByLabel('Your name').scrollIntoViewIfNeeded()
      await shot(page, `review-report-name-left-${theme}-${size}`)

      await journal.open('#today')
      await page.getByLabel('Note (optional)').fill('x'.repeat(19_990))
      await shot(page, `review-today-note-left-${theme}-${size}`)
      await page.getByLabel('Note (optional)').fill('')
      await page.getByRole('button', { name: 'Add details' }).click()
      await page.getByRole('button', { name: 'Add your own…' }).click()
      await page.getByLabel('New trigger').fill('twisting')
      await page.getByLabel('New trigger').press('Enter')
      await expect(page.getByRole('button', { name: 'Choose “Twisting”' })).toBeFocused()
      await shot(page, `review-today-duplicate-${theme}-${size}`)
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
