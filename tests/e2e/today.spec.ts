import { test, expect } from './harness'

test.describe('Today', () => {
  test('a check-in recorded through the UI is still there after a reload', async ({
    page,
    journal,
  }) => {
    await journal.open()
    await expect(page.getByText('Nothing recorded today yet.')).toBeVisible()

    await page.getByRole('radio', { name: /^6 —/ }).check()
    await page.getByLabel('Note (optional)').fill('Stiff after the drive, eased by walking.')
    await page.getByRole('button', { name: 'Save check-in' }).click()

    const list = page.getByRole('list', { name: 'Check-ins today' })
    await expect(list.getByRole('listitem')).toHaveCount(1)
    await expect(list).toContainText('Stiff after the drive, eased by walking.')
    await expect(list.getByLabel('Pain 6 of 10, moderate')).toBeVisible()

    await journal.open()
    await expect(list.getByRole('listitem')).toHaveCount(1)
    await expect(list).toContainText('Stiff after the drive, eased by walking.')
    await expect(page.getByText('Worst today:')).toContainText('6')

    const stored = journal.running.router
    const today = await stored.handle('checkins:list', { from: '1900-01-01', to: '2999-12-31' })
    expect(today.ok && today.value).toMatchObject([
      { pain: 6, note: 'Stiff after the drive, eased by walking.' },
    ])
    await journal.screenshot('today-one-checkin')
  })

  test('a plain score takes a digit and Ctrl+Enter', async ({ page, journal }) => {
    await journal.open()
    await page.keyboard.press('7')
    await page.keyboard.press('Control+Enter')
    await expect(page.getByRole('status')).toHaveText(/Saved: pain 7/)
    await expect(
      page.getByRole('list', { name: 'Check-ins today' }).getByRole('listitem'),
    ).toHaveCount(1)
  })

  test('a save the journal cannot store shows why, and keeps what was typed', async ({
    page,
    journal,
  }) => {
    await journal.open()
    // Make the real database refuse writes, as a read-only disk would.
    const db = journal.running.db()
    db.pragma('query_only = ON')

    await page.getByRole('radio', { name: /^4 —/ }).check()
    await page.getByLabel('Note (optional)').fill('This must not be lost.')
    await page.getByRole('button', { name: 'Save check-in' }).click()

    await expect(page.getByRole('alert')).toContainText('Not saved.')
    await expect(page.getByRole('alert')).toContainText('cannot be written')
    await expect(page.getByLabel('Note (optional)')).toHaveValue('This must not be lost.')
    await expect(page.getByRole('radio', { name: /^4 —/ })).toBeChecked()
    await journal.screenshot('today-save-error')

    db.pragma('query_only = OFF')
    await page.getByRole('button', { name: 'Save check-in' }).click()
    await expect(page.getByRole('status')).toHaveText(/Saved: pain 4/)
  })
})
