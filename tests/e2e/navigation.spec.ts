/**
 * The screens list stays where it is while a long page scrolls: a sidebar in wide windows, a bar
 * at the top at 200% zoom (a 1280×800 window is 640×400 CSS pixels). What else sticks to the
 * top, the sample banner, sits below that bar rather than under it.
 */
import type { Page } from '@playwright/test'
import { aYearOfCheckins, FIXTURE_END_DAY } from '../fixtures/journal'
import { test, expect, seedJournal, sendAppCommand, type Journal } from './harness'

const nav = (page: Page) => page.getByRole('navigation', { name: 'Screens' })

async function openLongScreen(page: Page, journal: Journal) {
  seedJournal(journal, aYearOfCheckins())
  await page.clock.setFixedTime(new Date(`${FIXTURE_END_DAY}T10:00:00`))
  await journal.open('#trends')
  await expect(page.locator('.trend-sections[data-ready]')).toBeVisible()
}

async function scrollDown(page: Page) {
  await page.mouse.move(700, 300)
  await page.mouse.wheel(0, 2500)
  await expect.poll(() => page.evaluate<number>('window.scrollY')).toBeGreaterThan(1000)
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
]) {
  test(`the sidebar stays in place while the page scrolls (${size.width}×${size.height})`, async ({
    page,
    journal,
  }) => {
    await page.setViewportSize(size)
    await openLongScreen(page, journal)
    const before = await nav(page).boundingBox()
    expect(before).toMatchObject({ x: 0, y: 0, height: size.height })
    await scrollDown(page)
    expect(await nav(page).boundingBox()).toEqual(before)
    for (const link of await nav(page).getByRole('link').all()) await expect(link).toBeInViewport()
    // Still one click away, scrolled or not.
    await nav(page)
      .getByRole('link', { name: /^History/ })
      .click()
    await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible()
  })
}

test.describe('at 200% zoom', () => {
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 })

  test('the screens bar stays at the top while the page scrolls', async ({ page, journal }) => {
    await openLongScreen(page, journal)
    const before = await nav(page).boundingBox()
    expect(before).toMatchObject({ x: 0, y: 0, width: 640 })
    expect(before!.height).toBeLessThan(80)
    await scrollDown(page)
    expect(await nav(page).boundingBox()).toEqual(before)
    for (const link of await nav(page).getByRole('link').all()) await expect(link).toBeInViewport()
  })

  test('a section the app scrolls to lands below the bar, not under it', async ({
    page,
    journal,
  }) => {
    await openLongScreen(page, journal)
    await journal.open('#report')
    // File → Export Data… brings "Your data" into view and focuses its heading.
    await sendAppCommand(page, 'export-data')
    const heading = page.getByRole('heading', { name: 'Your data' })
    await expect(heading).toBeFocused()
    const bar = (await nav(page).boundingBox())!
    expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(bar.y + bar.height)
    await expect(heading).toBeInViewport()
  })

  test('the sample banner sits below the screens bar', async ({ page, journal }) => {
    await journal.open()
    await page.getByRole('button', { name: 'Explore with sample data' }).click()
    const banner = page.getByRole('region', { name: 'Sample data' })
    await expect(banner).toBeVisible()
    await scrollDown(page)
    const bar = await nav(page).boundingBox()
    const below = await banner.boundingBox()
    expect(bar!.y).toBe(0)
    expect(below!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height - 1)
    expect(below!.y).toBeLessThan(bar!.y + bar!.height + 5)
  })
})
