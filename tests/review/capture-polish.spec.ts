/**
 * Screenshots for review of Trends, the Report screen's controls and the sidebar, with the
 * sample year, light and dark, 1280×800 and 1024×700. They land in
 * test-results/screenshots; nothing here asserts more than that each screen is drawn.
 */
import type { Page } from '@playwright/test'
import { SAMPLE_DAYS, SAMPLE_SEED } from '../../src/main/sample-journal'
import { generateJournal } from '../../src/shared/sample-data'
import { anOngoingEpisode, FIXTURE_END_DAY } from '../fixtures/journal'
import { test, expect, seedJournal, reviewShot, type Journal } from '../e2e/harness'

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
] as const
const THEMES = ['light', 'dark'] as const
const RANGES = [
  ['30 days', '30'],
  ['90 days', '90'],
  ['1 year', 'year'],
  ['All', 'all'],
] as const

/**
 * The sample journal's year ("Explore with sample data" makes it from the same seed), ending on
 * the day the page's clock is fixed at: the app makes its own from the machine's clock.
 */
async function openSample(page: Page, journal: Journal, theme: string, width: number, h: number) {
  await page.setViewportSize({ width, height: h })
  await page.emulateMedia({ colorScheme: theme as 'light' | 'dark' })
  seedJournal(
    journal,
    generateJournal({ seed: SAMPLE_SEED, days: SAMPLE_DAYS, endDay: FIXTURE_END_DAY }),
  )
  await page.clock.setFixedTime(new Date(`${FIXTURE_END_DAY}T18:00:00`))
  await journal.open()
}

const viewportShot = (page: Page, name: string) => reviewShot(page, name)

for (const theme of THEMES) {
  for (const { width, height } of SIZES) {
    const size = `${width}x${height}`

    test(`review: sample Today, History and Trends, ${theme}, ${size}`, async ({
      page,
      journal,
    }) => {
      test.setTimeout(90_000)
      await openSample(page, journal, theme, width, height)
      await journal.screenshot(`review-sample-today-${theme}-${size}`)
      await page.getByRole('link', { name: /^History/ }).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('History')
      await journal.screenshot(`review-sample-history-${theme}-${size}`)
      await page.getByRole('link', { name: /^Trends/ }).click()
      for (const [label, slug] of RANGES) {
        await page.getByRole('radio', { name: label, exact: true }).check()
        await expect(page.locator('.trend-sections[data-ready]')).toBeVisible()
        await journal.screenshot(`review-trends-${slug}-${theme}-${size}`)
      }
      // The pain chart's zoom strip, as it sits in the window.
      const pain = page.locator('section.trend-card').first()
      await pain.scrollIntoViewIfNeeded()
      await viewportShot(page, `review-trends-pain-card-${theme}-${size}`)
      // The zoom handles with their date labels, as while dragging one.
      const handles = pain.getByRole('slider')
      await handles.last().focus()
      for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowLeft')
      await viewportShot(page, `review-trends-pain-zoomed-${theme}-${size}`)
      await pain.getByRole('button', { name: /^Show as/ }).click()
      await viewportShot(page, `review-trends-pain-table-${theme}-${size}`)
      // Scrolled far down: where the sidebar is.
      await page.mouse.wheel(0, 3000)
      await expect.poll(() => page.evaluate<number>('window.scrollY')).toBeGreaterThan(1000)
      await viewportShot(page, `review-scrolled-trends-${theme}-${size}`)
    })

    test(`review: Trends with one episode, ${theme}, ${size}`, async ({ page, journal }) => {
      await page.setViewportSize({ width, height })
      await page.emulateMedia({ colorScheme: theme })
      seedJournal(journal, anOngoingEpisode({ endDay: FIXTURE_END_DAY, length: 20, peak: 7 }))
      await page.clock.setFixedTime(new Date(`${FIXTURE_END_DAY}T18:00:00`))
      await journal.open('#trends')
      await expect(page.locator('.trend-sections[data-ready]')).toBeVisible()
      const episodes = page
        .locator('section.trend-card')
        .filter({ has: page.getByRole('heading', { name: 'Episodes over time' }) })
      await episodes.scrollIntoViewIfNeeded()
      await viewportShot(page, `review-trends-one-episode-${theme}-${size}`)
    })

    test(`review: Report with a bad period, ${theme}, ${size}`, async ({ page, journal }) => {
      await openSample(page, journal, theme, width, height)
      await page.getByRole('link', { name: /^Report/ }).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Report for your doctor')
      const preview = page.frameLocator('iframe[title^="Preview of the report"]')
      await expect(preview.getByRole('heading', { name: 'Back pain report' })).toBeVisible()
      await viewportShot(page, `review-report-${theme}-${size}`)
      await page.getByLabel('From', { exact: true }).fill('2026-02-20')
      await page.getByLabel('To', { exact: true }).fill('2026-02-10')
      await expect(page.getByRole('button', { name: 'Save as PDF…' })).toBeDisabled()
      await viewportShot(page, `review-report-backwards-${theme}-${size}`)
      await page.getByLabel('From', { exact: true }).fill('2026-02-01')
      await page.getByLabel('To', { exact: true }).fill('2026-04-10')
      await viewportShot(page, `review-report-future-${theme}-${size}`)
    })
  }
}

test.describe('at 200% zoom', () => {
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 })
  for (const theme of THEMES) {
    test(`review: scrolled Trends at 200% zoom, ${theme}`, async ({ page, journal }) => {
      await openSample(page, journal, theme, 640, 400)
      await page.getByRole('link', { name: /^Trends/ }).click()
      await expect(page.locator('.trend-sections[data-ready]')).toBeVisible()
      await page.mouse.wheel(0, 3000)
      await expect.poll(() => page.evaluate<number>('window.scrollY')).toBeGreaterThan(1000)
      await viewportShot(page, `review-scrolled-trends-zoom-200-${theme}`)
      // Today's form between the screens bar and the save bar.
      await page.getByRole('link', { name: /^Today/ }).click()
      await page.getByRole('button', { name: 'Add details' }).click()
      await page.getByRole('button', { name: 'Heavy lifting' }).scrollIntoViewIfNeeded()
      await viewportShot(page, `review-today-details-zoom-200-${theme}`)
    })
  }
})
