/**
 * Screenshots for review of what keeps the record true (issue 13), light and dark: the question
 * before an unusual dose, a refused save with its field outlined, a full edit from Today and from
 * History, and the start-up message after another program's file was set aside.
 */
import Database from 'better-sqlite3'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { aYearOfCheckins, FIXTURE_END_DAY } from '../fixtures/journal'
import { test, expect, seedJournal, reviewShot } from './harness'

const THEMES = ['light', 'dark'] as const

/** The window as the person sees it (a full-page shot would draw sticky bars mid-page). */
async function shoot(page: Page, name: string): Promise<void> {
  await reviewShot(page, name)
}

async function at(page: Page, theme: (typeof THEMES)[number], time = '10:00:00') {
  await page.emulateMedia({ colorScheme: theme })
  await page.clock.setFixedTime(new Date(`${FIXTURE_END_DAY}T${time}`))
}

for (const theme of THEMES) {
  test(`the question before an unusual dose, ${theme}`, async ({ page, journal }) => {
    seedJournal(journal, aYearOfCheckins())
    await at(page, theme)
    await journal.open()
    await page.keyboard.press('5')
    await page.getByRole('button', { name: 'Add details' }).click()
    await page.getByRole('button', { name: 'Acetaminophen (paracetamol)', exact: true }).click()
    await page.getByLabel('Dose of Acetaminophen (paracetamol) (mg)').fill('4000')
    await page.getByRole('button', { name: 'Save check-in' }).click()
    const question = page.getByRole('group', { name: /more than the daily limit/ })
    await expect(question).toBeVisible()
    // What the person sees: the window, with the sticky save bar where it sits.
    await shoot(page, `record-unusual-dose-${theme}`)
  })
}

for (const theme of THEMES) {
  test(`a full edit from Today, ${theme}`, async ({ page, journal }) => {
    seedJournal(journal, aYearOfCheckins())
    const saved = await journal.running.router.handle('checkins:save', {
      at: `${FIXTURE_END_DAY}T08:15:00+00:00`,
      pain: 6,
      spasm: true,
      regions: ['lower-back-left'],
      triggerIds: [5],
      remedies: [{ remedyId: 13, doseMg: 400, relief: 1 }],
      note: 'Stiff getting up',
    })
    expect(saved.ok).toBe(true)
    await at(page, theme)
    await journal.open()
    await page.getByRole('button', { name: 'Edit the check-in at 08:15' }).click()
    const form = page.getByRole('form', { name: 'Edit the check-in at 08:15' })
    await form.getByRole('heading', { name: 'Edit the check-in at 08:15' }).scrollIntoViewIfNeeded()
    await shoot(page, `record-edit-today-${theme}`)
    await form.getByLabel('Dose of Ibuprofen (mg)').scrollIntoViewIfNeeded()
    await shoot(page, `record-edit-today-details-${theme}`)
  })

  test(`a full edit from History, ${theme}`, async ({ page, journal }) => {
    seedJournal(journal, aYearOfCheckins())
    await at(page, theme)
    await journal.open('#history')
    await page.getByRole('button', { name: 'Previous month' }).click()
    await page.locator('.calendar button[data-day="2026-02-19"]').click()
    await page
      .getByRole('button', { name: /^Edit the check-in at/ })
      .first()
      .click()
    const form = page.getByRole('form', { name: /^Edit the check-in at/ })
    await form.getByRole('heading', { name: /^Edit the check-in at/ }).scrollIntoViewIfNeeded()
    await shoot(page, `record-edit-history-${theme}`)
  })

  test(`a refused save with its field outlined, ${theme}`, async ({ page, journal }) => {
    await at(page, theme)
    await journal.open()
    await page.getByRole('button', { name: 'Add details' }).click()
    await page.getByRole('button', { name: 'Ibuprofen', exact: true }).click()
    await page.getByLabel('Dose of Ibuprofen (mg)').fill('lots')
    await page.getByRole('radio', { name: /^4 —/ }).check()
    await page.getByRole('button', { name: 'Save check-in' }).click()
    await expect(page.getByLabel('Dose of Ibuprofen (mg)')).toBeFocused()
    await shoot(page, `record-refused-dose-${theme}`)
  })

  test(`a refused save in History (a time later than now), ${theme}`, async ({ page, journal }) => {
    await at(page, theme)
    await journal.open('#history')
    await page.locator(`.calendar button[data-day="${FIXTURE_END_DAY}"]`).click()
    await page.getByRole('button', { name: 'Add a check-in' }).click()
    const form = page.getByRole('form', { name: 'New check-in for this day' })
    await form.getByLabel('Time', { exact: true }).fill('23:30')
    await form.getByRole('radio', { name: /^6 —/ }).check()
    await form.getByRole('button', { name: 'Save check-in' }).click()
    await expect(form.getByLabel('Time', { exact: true })).toBeFocused()
    await shoot(page, `record-refused-time-${theme}`)
  })
}

test.describe('set aside at start-up', () => {
  test.use({
    prepareDataDir: {
      run: async (dataDir: string) => {
        const db = new Database(join(dataDir, 'journal.sqlite'))
        db.exec("CREATE TABLE foo (x); INSERT INTO foo VALUES ('another program’s data')")
        db.close()
      },
    },
  })
  for (const theme of THEMES) {
    test(`the message after another program's file was found, ${theme}`, async ({
      page,
      journal,
    }) => {
      await at(page, theme)
      await journal.open()
      const notice = page.getByRole('region', {
        name: 'For your information: About your journal file',
      })
      await expect(notice).toContainText('belongs to another program, not to Pain Journal')
      await expect(notice).toContainText('journal.damaged-')
      await journal.screenshot(`record-foreign-file-${theme}`)
    })
  }
})
