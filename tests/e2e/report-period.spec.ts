/**
 * The Report screen's period: a period the report cannot cover — backwards, too long, or ending
 * after today — is refused under its dates, with nothing to save or print until it is fixed.
 * The app's clock is fixed at 10:00 on 1 March 2026.
 */
import type { Page } from '@playwright/test'
import { test, expect, sendAppCommand } from './harness'

const save = (page: Page) => page.getByRole('button', { name: 'Save as PDF…' })
const print = (page: Page) => page.getByRole('button', { name: 'Print…' })
const problem = (page: Page) => page.getByRole('group', { name: 'Period' }).getByRole('alert')
const preview = (page: Page) => page.getByRole('region', { name: 'Report preview' })

async function setPeriod(page: Page, from: string, to: string) {
  await page.getByLabel('From', { exact: true }).fill(from)
  await page.getByLabel('To', { exact: true }).fill(to)
}

test.describe('Report period', () => {
  test.beforeEach(async ({ page, journal }) => {
    await page.clock.setFixedTime(new Date('2026-03-01T10:00:00'))
    await journal.open('#report')
    const preview = page.frameLocator('iframe[title^="Preview of the report"]')
    await expect(preview.getByRole('heading', { name: 'Back pain report' })).toBeVisible()
    await expect(save(page)).toBeEnabled()
    await expect(print(page)).toBeEnabled()
  })

  for (const [what, from, to, message] of [
    ['starts after it ends', '2026-02-20', '2026-02-10', 'must not be after its end'],
    ['covers more than three years', '2022-01-01', '2026-02-10', 'can cover up to'],
  ] as const) {
    test(`a period that ${what} disables both Save as PDF and Print, and says why`, async ({
      page,
    }) => {
      await setPeriod(page, from, to)
      await expect(problem(page)).toContainText(message)
      await expect(save(page)).toBeDisabled()
      await expect(print(page)).toBeDisabled()
      await expect(page.getByLabel('From', { exact: true })).toHaveAttribute('aria-invalid', 'true')
      // No preview is on its way, so none is announced as coming.
      await expect(preview(page)).toHaveAttribute('aria-busy', 'false')

      await setPeriod(page, '2026-02-01', '2026-02-28')
      await expect(problem(page)).toHaveCount(0)
      await expect(save(page)).toBeEnabled()
      await expect(print(page)).toBeEnabled()
    })
  }

  test('an end date after today is refused with a message, not saved silently', async ({
    page,
    journal,
  }) => {
    await expect(page.getByLabel('To', { exact: true })).toHaveAttribute('max', '2026-03-01')
    await setPeriod(page, '2026-02-01', '2026-04-10')
    await expect(problem(page)).toHaveText(
      'The period cannot end after today (1 Mar 2026). Choose an end date up to today.',
    )
    await expect(page.getByLabel('To', { exact: true })).toHaveAttribute('aria-invalid', 'true')
    await expect(save(page)).toBeDisabled()
    await expect(print(page)).toBeDisabled()
    await expect(preview(page)).toContainText(
      'No preview until the period is one the report can cover.',
    )
    await expect(preview(page)).toHaveAttribute('aria-busy', 'false')
    // The menu's Export Report… is refused the same way, and nothing is written.
    await sendAppCommand(page, 'export-report')
    await expect(
      page.getByRole('alert').filter({ hasText: 'The report was not saved.' }),
    ).toContainText('cannot end after today')
    expect(journal.platform.savedFiles).toEqual([])

    await setPeriod(page, '2026-02-01', '2026-03-01')
    await expect(problem(page)).toHaveCount(0)
    await expect(save(page)).toBeEnabled()
    await expect(print(page)).toBeEnabled()
  })
})
