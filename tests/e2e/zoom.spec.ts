/**
 * A 1280×800 window at 200% zoom is a 640×400 CSS-pixel viewport at device scale 2. Every screen
 * must stay usable there: the screens list folds into a top bar and nothing scrolls sideways.
 * Screenshots in light and dark land in test-results/screenshots/zoom-*.png.
 */
import { aYearOfCheckins, FIXTURE_END_DAY } from '../fixtures/journal'
import { test, expect, seedJournal } from './harness'

test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 })

const SCREENS = ['today', 'history', 'trends', 'report', 'settings'] as const

for (const theme of ['light', 'dark'] as const) {
  test(`every screen at 200% zoom (${theme})`, async ({ page, journal }) => {
    test.setTimeout(120_000)
    await page.emulateMedia({ colorScheme: theme })
    seedJournal(journal, aYearOfCheckins({ endDay: FIXTURE_END_DAY }))
    await page.clock.setFixedTime(new Date(`${FIXTURE_END_DAY}T10:00:00`))
    for (const screen of SCREENS) {
      await journal.open(`#${screen}`)
      // The screens list sits above the content, not beside it.
      const nav = await page.getByRole('navigation', { name: 'Screens' }).boundingBox()
      const heading = await page.getByRole('heading', { level: 1 }).boundingBox()
      expect(nav && heading && heading.y >= nav.y + nav.height - 1).toBe(true)
      const overflow = await page.evaluate<number>(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      )
      expect(overflow, `${screen} scrolls sideways`).toBeLessThanOrEqual(0)
      await journal.screenshot(`zoom-200-${screen}-${theme}`)
    }
  })
}
