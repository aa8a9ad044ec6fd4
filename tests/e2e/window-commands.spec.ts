/**
 * "Log now" from the tray, a reminder's click or a menu item after the window was closed: the
 * main process creates a window and sends the command before the page has loaded. The commands
 * wait until the real page says it listens (the bridge's onAppCommand), then run in order.
 */
import { expect, test } from './harness'

test('a command sent while the window is still loading runs once the page listens', async ({
  page,
  journal,
}) => {
  // Sent before the page exists, as when the tray opens a new window.
  journal.commands.send('new-checkin')
  await page.goto(`${journal.url}#history`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today')
  await expect(page.getByRole('radio', { name: /^0 —/ })).toBeFocused()
})

test('commands that waited run in the order they were sent', async ({ page, journal }) => {
  journal.commands.send('show-trends')
  journal.commands.send('show-settings')
  await page.goto(`${journal.url}#today`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings')
  // Once the page listens, a command goes straight through.
  journal.commands.send('show-history')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('History')
})

test('after a reload, commands wait for the new page', async ({ page, journal }) => {
  await journal.open('#today')
  const reloading = page.reload()
  // Once the new page is on its way (Electron's did-navigate), the old one no longer listens.
  await page.waitForRequest((r) => r.isNavigationRequest() && r.frame() === page.mainFrame())
  journal.commands.send('show-report')
  await reloading
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Report/)
})
