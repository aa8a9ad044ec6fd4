/**
 * Screenshots for review of the pain chart, light and dark: a year of data with warning signs,
 * read with the mouse and the keyboard and zoomed in with the keyboard, "All" on ten years (week
 * by week), and an empty journal. They land in
 * test-results/screenshots; nothing here asserts more than that the chart is drawn.
 */
import type { Page } from '@playwright/test'
import { aYearOfCheckins, FIXTURE_END_DAY, tenYears } from '../fixtures/journal'
import { test, expect, seedJournal, reviewShot } from '../e2e/harness'

const painCard = (page: Page) =>
  page
    .locator('section.trend-card')
    .filter({ has: page.getByRole('heading', { level: 2, name: 'Pain over time', exact: true }) })

/** The pain card alone, as it sits on the screen. */
const cardShot = (page: Page, name: string) => reviewShot(painCard(page), name)

async function pick(page: Page, range: string) {
  await page.getByRole('radio', { name: range, exact: true }).check()
  await expect(page.locator('.trend-sections[data-ready]')).toBeVisible()
  await expect(page.getByText('Updating…')).toHaveCount(0)
}

for (const theme of ['light', 'dark'] as const) {
  test(`review: the pain chart over a year and zoomed, ${theme}`, async ({ page, journal }) => {
    await page.emulateMedia({ colorScheme: theme })
    seedJournal(journal, aYearOfCheckins({ redFlags: true }))
    await page.clock.setFixedTime(new Date(`${FIXTURE_END_DAY}T10:00:00`))
    await journal.open('#trends')
    await pick(page, '1 year')
    const card = painCard(page)
    await cardShot(page, `review-pain-year-${theme}`)
    const chart = card.getByRole('application', { name: /^Pain over time/ })
    const box = (await chart.boundingBox())!
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2)
    await expect(card.getByRole('status')).toBeVisible()
    await cardShot(page, `review-pain-year-hover-${theme}`)
    await page.mouse.move(0, 0)
    const handles = card.getByRole('slider')
    await handles.last().focus()
    for (let i = 0; i < 4; i++) await page.keyboard.press('PageDown')
    await handles.first().focus()
    for (let i = 0; i < 2; i++) await page.keyboard.press('PageUp')
    await cardShot(page, `review-pain-year-zoomed-${theme}`)
    await chart.focus()
    await page.keyboard.press('Home')
    await cardShot(page, `review-pain-year-zoomed-read-${theme}`)
  })

  test(`review: the pain chart of ten years, week by week, ${theme}`, async ({ page, journal }) => {
    test.setTimeout(90_000)
    await page.emulateMedia({ colorScheme: theme })
    seedJournal(journal, tenYears())
    await page.clock.setFixedTime(new Date(`${FIXTURE_END_DAY}T10:00:00`))
    await journal.open('#trends')
    await pick(page, 'All')
    await cardShot(page, `review-pain-ten-years-${theme}`)
  })

  test(`review: Trends with nothing logged, ${theme}`, async ({ page, journal }) => {
    await page.emulateMedia({ colorScheme: theme })
    await journal.open('#trends')
    await expect(page.getByText('Trends appear once you have logged a few days.')).toBeVisible()
    await journal.screenshot(`review-pain-empty-${theme}`)
  })
}
