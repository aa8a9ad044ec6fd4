/**
 * Screenshots for review of Today's everyday polish (issue 17): the two-week strip, the band word
 * beside the scale, the order of the cards, long and right-to-left notes in lists, and a first
 * start at 1024×700 with the details open. Light and dark, 1280×800 and 1024×700, a year of data
 * and an empty journal. They land in test-results/screenshots; little is asserted here.
 */
import type { Page } from '@playwright/test'
import { aYearOfCheckins, FIXTURE_END_DAY } from '../fixtures/journal'
import { saveTodaysNotes } from '../fixtures/notes'
import { test, expect, seedJournal, reviewShot } from '../e2e/harness'

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
] as const
const THEMES = ['light', 'dark'] as const

const viewportShot = (page: Page, name: string) => reviewShot(page, name)

for (const theme of THEMES) {
  for (const { width, height } of SIZES) {
    const size = `${width}x${height}`
    test(`review: Today at a glance, ${theme}, ${size}`, async ({ page, journal }) => {
      test.setTimeout(90_000)
      await page.setViewportSize({ width, height })
      await page.emulateMedia({ colorScheme: theme })
      await page.clock.setFixedTime(new Date(`${FIXTURE_END_DAY}T18:40:00`))
      await journal.open()
      await viewportShot(page, `glance-first-start-${theme}-${size}`)
      await page.keyboard.press('4')
      await page.getByRole('button', { name: 'Add details' }).click()
      await page.getByLabel('Note (optional)').focus()
      await viewportShot(page, `glance-first-start-note-${theme}-${size}`)
      await page.getByRole('button', { name: 'Ibuprofen' }).click()
      await viewportShot(page, `glance-remedy-card-${theme}-${size}`)
      await journal.screenshot(`glance-details-full-${theme}-${size}`)

      seedJournal(journal, aYearOfCheckins())
      await saveTodaysNotes(journal)
      await journal.open()
      await expect(page.getByRole('list', { name: 'Check-ins today' })).toContainText('Line 120')
      await viewportShot(page, `glance-year-${theme}-${size}`)
      await journal.screenshot(`glance-year-full-${theme}-${size}`)

      await page.getByRole('link', { name: /^History/ }).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('History')
      await page.locator(`button[data-day="${FIXTURE_END_DAY}"]`).click()
      await expect(page.locator('.history-checkin').first()).toBeVisible()
      await journal.screenshot(`glance-history-day-${theme}-${size}`)
    })
  }
}
