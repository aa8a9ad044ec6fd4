/** Settings → Reminders and Keyboard shortcuts, and menu commands reaching their screens. */
import { existsSync } from 'node:fs'
import { getSettings } from '../../src/main/db/repositories/settings'
import { test, expect, reviewShot, sendAppCommand } from './harness'

test('reminder times are added, refused when repeated, and removed; options saved', async ({
  page,
  journal,
}) => {
  await journal.open('#settings/reminders')
  const section = page.getByRole('region', { name: 'Reminders' })
  await section.getByLabel('Remind me at').fill('08:30')
  await section.getByRole('button', { name: 'Add reminder' }).click()
  await expect(section.getByRole('status')).toHaveText(/reminded at 08:30/)
  await section.getByRole('button', { name: 'Add reminder' }).click()
  await expect(section.getByRole('alert')).toHaveText('You already have a reminder at 08:30.')
  await section.getByLabel('Remind me at').fill('20:00')
  await section.getByRole('button', { name: 'Add reminder' }).click()
  await expect(section.getByRole('list', { name: 'Reminder times' })).toHaveText(/08:30.*20:00/)
  await section.getByRole('checkbox', { name: /Keep running in the tray/ }).check()
  await expect(section.getByRole('status')).toHaveText(/keeps Pain Journal in the tray/)
  await section.getByRole('button', { name: 'Remove the 08:30 reminder' }).click()
  await expect(section.getByRole('status')).toHaveText(/08:30 reminder is gone/)
  expect(getSettings(journal.running.db()).reminders).toEqual({
    times: ['20:00'],
    startAtLogin: false,
    keepInTray: true,
  })
  await page.emulateMedia({ colorScheme: 'dark' })
  await reviewShot(section, 'settings-reminders-dark')
})

test('the shortcuts are listed with Ctrl off a Mac, and the digits of Today', async ({
  page,
  journal,
}) => {
  await journal.open('#settings/shortcuts')
  const table = page.getByRole('table', { name: 'Commands' })
  await expect(table.getByRole('row', { name: /Ctrl\+N New check-in/ })).toBeVisible()
  await expect(table.getByRole('row', { name: /Ctrl\+P Print the report/ })).toBeVisible()
  const today = page.getByRole('table', {
    name: 'The pain score on Today, when you are not typing in a box',
  })
  await expect(today.getByRole('row', { name: '0 to 9 Choose that pain score' })).toBeVisible()
  await expect(today.getByRole('row', { name: /^1 then 0 Choose 10/ })).toBeVisible()
})

test('menu commands: Export Report saves a PDF, Back Up Now makes a backup', async ({
  page,
  journal,
}) => {
  await journal.open('#today')
  await sendAppCommand(page, 'export-report')
  await expect(page.getByRole('status').filter({ hasText: /Saved to/ })).toBeVisible()
  expect(existsSync(String(journal.platform.savedFiles.at(-1)))).toBe(true)
  await sendAppCommand(page, 'backup-now')
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible()
  await expect(page.getByText(/^Backed up:/)).toBeVisible()
  await sendAppCommand(page, 'export-data')
  await expect(page.getByRole('heading', { name: 'Your data' })).toBeFocused()
})

test('Ctrl+N opens Today with the pain selector focused', async ({ page, journal }) => {
  await journal.open('#history')
  await page.keyboard.press('Control+n')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Today')
  await expect(page.getByRole('radio', { name: /^0 —/ })).toBeFocused()
})
