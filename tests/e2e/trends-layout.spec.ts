/**
 * How Trends fits on screen: the table toggle says what it will show, the zoom strip draws the
 * period and keeps its dates inside the card, the calendar fills the card for short periods, and
 * one or two episodes are told in a sentence and a table. The app's clock is fixed at 1 March 2026.
 */
import type { Locator, Page } from '@playwright/test'
import type { SampleCheckin } from '../../src/shared/sample-data'
import { aYearOfCheckins, checkinsFromWorst, FIXTURE_END_DAY } from '../fixtures/journal'
import { test, expect, seedJournal } from './harness'

const year = aYearOfCheckins()

const card = (page: Page, title: string) =>
  page
    .locator('section.trend-card')
    .filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) })

async function openTrends(page: Page, open: (path: string) => Promise<void>, range: string) {
  await page.clock.setFixedTime(new Date(`${FIXTURE_END_DAY}T10:00:00`))
  await open('#trends')
  await page.getByRole('radio', { name: range, exact: true }).check()
  await expect(page.locator('.trend-sections[data-ready]')).toBeVisible()
}

type Box = { x: number; y: number; width: number; height: number }

/**
 * Every piece of text drawn in the cards `cards` finds that lies outside its card or the window,
 * as "card title: text"; the count of texts looked at comes first, so a test sees it looked.
 */
async function spills(cards: Locator): Promise<{ looked: number; outside: string[] }> {
  // Typed by hand: the tests are compiled without the DOM library.
  type El = { textContent: string | null; getBoundingClientRect(): Box; checkVisibility(): boolean }
  type Card = El & { querySelectorAll(selector: string): ArrayLike<El> }
  return cards.evaluateAll((all: Card[]) => {
    const windowWidth = (globalThis as unknown as { innerWidth: number }).innerWidth
    let looked = 0
    const outside: string[] = []
    for (const card of all) {
      const c = card.getBoundingClientRect()
      const title = card.querySelectorAll('h2')[0]?.textContent ?? ''
      for (const e of Array.from(card.querySelectorAll('svg text, p, span'))) {
        const r = e.getBoundingClientRect()
        if (!e.checkVisibility() || !(e.textContent ?? '').trim() || r.width === 0) continue
        looked++
        const inCard =
          r.x >= c.x - 0.5 &&
          r.y >= c.y - 0.5 &&
          r.x + r.width <= c.x + c.width + 0.5 &&
          r.y + r.height <= c.y + c.height + 0.5
        if (!inCard || r.x + r.width > windowWidth) outside.push(`${title}: "${e.textContent}"`)
      }
    }
    return { looked, outside }
  })
}

const worstByDay = (checkins: readonly SampleCheckin[]) => {
  const map = new Map<string, number>()
  for (const c of checkins) map.set(c.day, Math.max(map.get(c.day) ?? 0, c.pain))
  return map
}

test.describe('Trends layout', () => {
  test('"Show as table" becomes "Show as chart" on every chart, and back', async ({
    page,
    journal,
  }) => {
    seedJournal(journal, year)
    await openTrends(page, (p) => journal.open(p), '1 year')
    const cards = page.locator('section.trend-card').filter({
      has: page.getByRole('button', { name: /^Show as (table|chart)$/ }),
    })
    const count = await cards.count()
    expect(count).toBeGreaterThan(5)
    for (let i = 0; i < count; i++) {
      const one = cards.nth(i)
      const toggle = one.getByRole('button', { name: /^Show as (table|chart)$/ })
      await expect(toggle).toHaveText('Show as table')
      await toggle.click()
      await expect(toggle).toHaveText('Show as chart')
      await expect(one.getByRole('table').first()).toBeVisible()
      await toggle.click()
      await expect(toggle).toHaveText('Show as table')
      await expect(one.getByRole('table')).toHaveCount(0)
    }
  })

  for (const size of [
    { width: 1280, height: 800 },
    { width: 1024, height: 700 },
  ]) {
    test(`the zoom strip draws the year and keeps its dates inside the card (${size.width}×${size.height})`, async ({
      page,
      journal,
    }) => {
      await page.setViewportSize(size)
      seedJournal(journal, year)
      await openTrends(page, (p) => journal.open(p), '1 year')
      const pain = card(page, 'Pain over time')
      // The strip draws the series, not an empty bar.
      const preview = pain.locator('.zoom-strip path.zoom-preview')
      await expect(preview).toHaveCount(1)
      expect((await preview.getAttribute('d'))?.length ?? 0).toBeGreaterThan(100)

      const readout = pain.locator('.zoom-readout')
      await expect(readout).toHaveText('Showing 2 Mar 2025 – 1 Mar 2026')
      const handles = pain.getByRole('slider')
      await expect(handles).toHaveCount(2)
      // Drag the last handle in from the window's edge with the keyboard, the first one too.
      await handles.last().focus()
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft')
      await handles.first().focus()
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight')
      await expect(readout).toContainText('Showing 5 Mar 2025 – 26 Feb 2026')

      const { looked, outside } = await spills(pain)
      expect(looked).toBeGreaterThan(10)
      expect(outside).toEqual([])

      await pain.getByRole('button', { name: 'Show the whole period' }).click()
      await expect(readout).toHaveText('Showing 2 Mar 2025 – 1 Mar 2026')
      await expect(pain.getByRole('button', { name: 'Show the whole period' })).toHaveCount(0)
    })
  }

  for (const [width, height, zoom] of [
    [1280, 800, 1],
    [1024, 700, 1],
    [640, 400, 2],
  ] as const) {
    test(`no chart writes past its card (${width}×${height} at ${zoom * 100}%)`, async ({
      page,
      journal,
    }) => {
      await page.setViewportSize({ width, height })
      seedJournal(journal, year)
      for (const range of ['90 days', '1 year']) {
        await openTrends(page, (p) => journal.open(p), range)
        const cards = page.locator('section.trend-card')
        await expect(cards).toHaveCount(10)
        const { looked, outside } = await spills(cards)
        expect(looked).toBeGreaterThan(100)
        expect(outside, range).toEqual([])
      }
    })
  }

  test('the calendar fills the card for 30 and 90 days, each square with its number', async ({
    page,
    journal,
  }) => {
    seedJournal(journal, year)
    const worst = worstByDay(year.checkins)
    await openTrends(page, (p) => journal.open(p), '90 days')
    const calendar = card(page, 'Day by day')
    const content = async () => (await calendar.boundingBox())!.width - 48
    const svg = calendar.locator('svg.calendar-svg')
    const cell = calendar.locator('rect.calendar-cell').first()

    // 90 days: 14 weeks across most of the card, squares big enough to hold a number.
    expect((await svg.boundingBox())!.width).toBeGreaterThan((await content()) * 0.6)
    expect((await cell.boundingBox())!.width).toBeGreaterThanOrEqual(28)
    const numbers = await calendar.locator('text.calendar-number').allTextContents()
    const expected = [...worst.entries()]
      .filter(([day]) => day >= '2025-12-02' && day <= FIXTURE_END_DAY)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([, w]) => String(w))
    expect(numbers).toEqual(expected)

    await page.getByRole('radio', { name: '30 days', exact: true }).check()
    await expect(calendar).toContainText('You logged')
    await expect(page.locator('.trend-sections[data-ready]')).toBeVisible()
    expect((await cell.boundingBox())!.width).toBeGreaterThanOrEqual(36)

    // A year: 53 weeks fill the card without spilling out of it; too small for numbers.
    await page.getByRole('radio', { name: '1 year', exact: true }).check()
    await expect(page.locator('.trend-sections[data-ready]')).toBeVisible()
    const width = (await svg.boundingBox())!.width
    expect(width).toBeGreaterThan((await content()) * 0.85)
    expect(width).toBeLessThanOrEqual(await content())
    await expect(calendar.locator('text.calendar-number')).toHaveCount(0)

    // Hovering a square reads its day below the calendar (the year starts on 2 Mar 2025).
    const readout = calendar.locator('.calendar-readout')
    for (const [index, day, name] of [
      [8, '2025-03-10', 'Mon 10 Mar 2025'],
      [364, FIXTURE_END_DAY, 'Sun 1 Mar 2026'],
    ] as const) {
      await calendar.locator('rect.calendar-cell').nth(index).hover()
      const w = worst.get(day)
      await expect(readout).toHaveText(
        w === undefined ? `${name}: not logged` : new RegExp(`^${name}: worst pain ${w} of 10, `),
      )
    }
  })

  test('one episode is told in a sentence and a table, not a chart', async ({ page, journal }) => {
    // Pain on 10–15 February, then pain-free days: one episode of 6 days peaking at 5.
    const worsts = [3, 5, 4, 4, 3, 2, 0, 1, 0, 0]
    seedJournal(journal, {
      checkins: checkinsFromWorst(
        worsts.map((worst, i) => ({ day: `2026-02-${String(10 + i).padStart(2, '0')}`, worst })),
      ),
      dayRecords: [],
    })
    await openTrends(page, (p) => journal.open(p), '90 days')
    const episodes = card(page, 'Episodes over time')
    await expect(episodes).toContainText(
      '1 episode in this period, lasting 6 days with a peak of 5.',
    )
    await expect(episodes.locator('svg')).toHaveCount(0)
    await expect(episodes.getByRole('button', { name: /^Show as/ })).toHaveCount(0)
    const table = episodes.getByRole('region', { name: 'Episodes' })
    await expect(table.locator('tbody tr')).toHaveCount(1)
    await expect(table.locator('tbody tr')).toHaveText(/10 Feb 2026 – 15 Feb 2026\s*6\s*6\s*5\s*/)
  })

  test('three episodes or more are drawn as a chart', async ({ page, journal }) => {
    seedJournal(journal, year)
    await openTrends(page, (p) => journal.open(p), '1 year')
    const episodes = card(page, 'Episodes over time')
    await expect(episodes.locator('svg.chart-svg')).toBeVisible()
    await episodes.getByRole('button', { name: 'Show as table' }).click()
    expect(await episodes.locator('tbody tr').count()).toBeGreaterThanOrEqual(3)
  })
})
