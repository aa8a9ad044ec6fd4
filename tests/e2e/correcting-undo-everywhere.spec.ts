/** Delete and Undo leave every screen as it was before the delete. */
import type { Page } from '@playwright/test'
import { anOngoingEpisode, FIXTURE_END_DAY } from '../fixtures/journal'
import { expect, seedJournal, test } from './harness'

const TODAY = FIXTURE_END_DAY
const text = (page: Page, sel: string) => page.locator(sel).innerText()

test('Today: delete then Undo leaves every screen as it was', async ({ page, journal }) => {
  seedJournal(journal, anOngoingEpisode({ endDay: TODAY, length: 20, peak: 8, shape: 'flat' }))
  const r = await journal.running.router.handle('checkins:save', {
    at: `${TODAY}T09:59:00+00:00`,
    pain: 3,
  })
  expect(r.ok).toBe(true)
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`))
  await journal.open()
  const panel = page.getByTestId('insights-panel')
  await expect(panel).toContainText('Day 20 of this episode')
  const list = page.getByRole('list', { name: 'Check-ins today' })
  const items = list.getByRole('listitem')
  const n = await items.count()
  expect(n).toBeGreaterThan(1)
  const panelBefore = await panel.innerText()
  const summaryBefore = await text(page, '.day-summary')
  const del = items.first().getByRole('button', { name: /^Delete the check-in/ })
  await del.click()
  await expect(items).toHaveCount(n - 1)
  await page.getByRole('button', { name: 'Undo' }).press('Enter')
  await expect(items).toHaveCount(n)
  await expect(page.getByText(/^Brought back the check-in at/)).toHaveCount(1)
  expect(await panel.innerText()).toBe(panelBefore)
  expect(await text(page, '.day-summary')).toBe(summaryBefore)
  // A second delete of another one offers a fresh undo; the earlier message is gone.
  await items
    .last()
    .getByRole('button', { name: /^Delete the check-in/ })
    .click()
  await expect(page.getByText(/^Brought back/)).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(1)
  await page.locator('.nav-link[href="#history"]').click()
  await expect(page.getByRole('heading', { name: 'March 2026' })).toBeVisible()
  await expect(page.locator(`.calendar button[data-day="${TODAY}"]`)).toHaveAttribute(
    'aria-label',
    /check-in/,
  )
  await page.locator('.nav-link[href="#today"]').click()
  await expect(items).toHaveCount(n - 1)
  // The undo offered before leaving: still offered, or gone, but not pointing at nothing.
  const undo = page.getByRole('button', { name: 'Undo' })
  if (await undo.count()) {
    await undo.click()
    await expect(items).toHaveCount(n)
  }
})
