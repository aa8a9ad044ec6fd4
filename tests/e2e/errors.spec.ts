/**
 * Errors where the eye is (issue 13, point 8), the same on every form: a refused save puts the
 * focus on the first field at fault, brings it into view above the sticky save bar, outlines it
 * (aria-invalid) and describes it with the reason (aria-describedby).
 */
import type { Locator, Page } from '@playwright/test'
import { FIXTURE_END_DAY } from '../fixtures/journal'
import { expect, test } from './harness'

/** The field has the focus, is marked invalid, says why, and is in view. */
async function expectRefused(field: Locator, why: RegExp | string): Promise<void> {
  await expect(field).toBeFocused()
  await expect(field).toHaveAttribute('aria-invalid', 'true')
  await expect(field).toHaveAccessibleDescription(why)
  await expect(field).toBeInViewport()
}

/** Nothing of `field` lies under the sticky save bar of the form around it. */
async function expectAboveSaveBar(page: Page, field: Locator): Promise<void> {
  const fieldBox = await field.boundingBox()
  const barBox = await page.locator('.save-bar').first().boundingBox()
  expect(fieldBox && barBox).toBeTruthy()
  expect(fieldBox!.y + fieldBox!.height).toBeLessThanOrEqual(barBox!.y)
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(`${FIXTURE_END_DAY}T10:00:00`))
})

test.describe('A refused save, on every form', () => {
  test('the check-in form: a score is missing', async ({ page, journal }) => {
    await journal.open()
    await page.getByRole('button', { name: 'Save check-in' }).click()
    const scale = page.getByRole('radiogroup', { name: 'How bad is the pain right now?' })
    await expect(scale).toHaveAttribute('aria-invalid', 'true')
    await expect(scale).toHaveAccessibleDescription(/Choose a pain score/)
    await expect(page.getByRole('radio', { name: /^0 —/ })).toBeFocused()
  })

  test('the check-in form: a dose deep in the details, brought above the save bar', async ({
    page,
    journal,
  }) => {
    await page.setViewportSize({ width: 1024, height: 700 })
    await journal.open()
    await page.keyboard.press('4')
    await page.getByRole('button', { name: 'Add details' }).click()
    await page.getByRole('button', { name: 'Ibuprofen', exact: true }).click()
    const dose = page.getByLabel('Dose of Ibuprofen (mg)')
    await dose.fill('a lot')
    // Scrolled back up, then saved: the field is far below, under the bar.
    await page.evaluate('window.scrollTo(0, 0)')
    await page.getByRole('button', { name: 'Save check-in' }).click()
    await expectRefused(dose, /Write the dose in mg/)
    await expectAboveSaveBar(page, dose)
  })

  test('the day record', async ({ page, journal }) => {
    await journal.open()
    const minutes = page.getByLabel('Minutes walked today')
    await minutes.fill('-4')
    await page.getByRole('button', { name: 'Save day' }).click()
    await expectRefused(minutes, /Write the minutes walked as a whole number/)
  })

  test('Settings: a trigger’s name, a limit, a rule and a reminder', async ({ page, journal }) => {
    // Settings shows one section at a time: each form is opened at its own address.
    await journal.open('#settings/triggers')
    await page.getByRole('button', { name: 'Add trigger' }).click()
    await expectRefused(page.getByLabel('Add your own trigger'), /name is needed/i)

    await journal.open('#settings/limits')
    const limit = page.getByLabel('Ibuprofen', { exact: true })
    await limit.fill('-5')
    await page.getByRole('button', { name: 'Save limit for Ibuprofen' }).click()
    await expectRefused(limit, /more than 0 mg/)

    await journal.open('#settings/rules')
    const rule = page.getByLabel('Days between episodes')
    await rule.fill('2')
    await page.getByRole('button', { name: 'Save rules' }).click()
    await expectRefused(rule, /whole number from 7 to 120/)

    await journal.open('#settings/reminders')
    const reminder = page.getByLabel('Remind me at')
    await reminder.fill('')
    await page.getByRole('button', { name: 'Add reminder' }).click()
    await expectRefused(reminder, /time/i)
  })

  test('Trends: a custom period that ends before it starts', async ({ page, journal }) => {
    await journal.open('#trends')
    await page.getByRole('radio', { name: 'Custom' }).check()
    const from = page.getByLabel('From', { exact: true })
    await from.fill('2026-02-20')
    await page.getByLabel('To', { exact: true }).fill('2026-02-10')
    await page.getByRole('button', { name: 'Show', exact: true }).click()
    await expectRefused(from, /The start of the period must not be after its end\./)
  })

  test('Trends: a custom period that ends after today, as the report refuses it', async ({
    page,
    journal,
  }) => {
    await page.clock.setFixedTime(new Date('2026-03-01T10:00:00'))
    await journal.open('#trends')
    await page.getByRole('radio', { name: 'Custom' }).check()
    await page.getByLabel('From', { exact: true }).fill('2026-02-01')
    const to = page.getByLabel('To', { exact: true })
    await to.fill('2026-04-10')
    await page.getByRole('button', { name: 'Show', exact: true }).click()
    await expectRefused(
      to,
      'The period cannot end after today (1 Mar 2026). Choose an end date up to today.',
    )
  })

  test('Report: a period that ends before it starts is marked on its date', async ({
    page,
    journal,
  }) => {
    await journal.open('#report')
    const from = page.getByLabel('From', { exact: true })
    await from.fill('2026-02-20')
    await page.getByLabel('To', { exact: true }).fill('2026-02-10')
    await expect(from).toHaveAttribute('aria-invalid', 'true')
    await expect(from).toHaveAccessibleDescription(/must not be after its end/)
  })
})
