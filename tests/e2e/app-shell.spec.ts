import { expect, sendAppCommand, test } from './harness'

test.describe('the app shell', () => {
  test('moves between screens with Ctrl+1…5 and the sidebar', async ({ page, journal }) => {
    await journal.open()
    const screens = ['Today', 'History', 'Trends', 'Report', 'Settings']
    for (const [i, name] of screens.entries()) {
      await page.keyboard.press(`Control+${i + 1}`)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^${name}`))
      await expect(page.getByRole('link', { name: new RegExp(`^${name}`) })).toHaveAttribute(
        'aria-current',
        'page',
      )
    }
    await page.getByRole('link', { name: /^Today/ }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today')
  })

  test('opens the screen a menu command names, and New check-in focuses the pain selector', async ({
    page,
    journal,
  }) => {
    await journal.open('#settings')
    await sendAppCommand(page, 'show-history')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('History')
    await sendAppCommand(page, 'new-checkin')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today')
    await expect(page.getByRole('radio', { name: /^0 —/ })).toBeFocused()
    await page.keyboard.press('ArrowRight')
    await expect(page.getByRole('radio', { name: /^1 —/ })).toBeChecked()
  })
})
