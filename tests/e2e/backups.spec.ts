import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { startJournal } from '../../src/main/journal'
import { nullPlatform } from '../support/temp-journal'
import { call } from '../support/portability'
import { axe, test, expect, storedPains, type Journal } from './harness'
// The main process writes notices on its own locale's clock.
import { formatClock } from '../../src/shared/locale-format'

const save = (journal: Journal, at: string, pain: number) =>
  call(journal.running, 'checkins:save', { at, pain })

test.describe('Settings → Backups', () => {
  test('says there are no backups yet, in light and dark', async ({ page, journal }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await journal.open('#settings/backups')
    const section = page.getByRole('region', { name: 'Backups' })
    await expect(section.getByText('No backups yet.')).toBeVisible()
    await journal.screenshot('settings-backups-empty-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await journal.screenshot('settings-backups-empty-dark')
  })

  test('Back up now, then restore after confirming; Escape cancels', async ({ page, journal }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await save(journal, '2026-11-24T09:00:00+01:00', 3)
    await journal.open('#settings/backups')
    const section = page.getByRole('region', { name: 'Backups' })

    await section.getByRole('button', { name: 'Back up now' }).click()
    await expect(section.getByRole('status')).toContainText('Backed up:')
    const rows = section.getByRole('table').getByRole('row')
    await expect(rows).toHaveCount(2) // header + one backup
    await expect(rows.nth(1)).toContainText('Made by you')
    await expect(rows.nth(1)).toContainText(/\d+ KB/)

    await save(journal, '2026-11-24T10:00:00+01:00', 8)
    expect(storedPains(journal)).toEqual([3, 8])

    // Asking, then changing one's mind with Escape: nothing happens.
    await section.getByRole('button', { name: /^Restore the backup from / }).click()
    const dialog = page.getByRole('dialog', { name: 'Restore this backup?' })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('button', { name: 'Keep my journal as it is' })).toBeFocused()
    // Focus stays in the dialog however far you tab.
    for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await page.keyboard.press(key)
      await expect(dialog.locator(':focus')).toHaveCount(1)
    }
    const dialogScan = await axe(page).include('dialog').analyze()
    expect(dialogScan.violations).toEqual([])
    await journal.screenshot('settings-backups-confirm-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await journal.screenshot('settings-backups-confirm-dark')
    await page.emulateMedia({ colorScheme: 'light' })
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    expect(storedPains(journal)).toEqual([3, 8])

    // Now for real.
    await section.getByRole('button', { name: /^Restore the backup from / }).click()
    await dialog.getByRole('button', { name: 'Restore this backup' }).click()
    await expect(page.getByRole('region', { name: 'Backups' }).getByRole('status')).toContainText(
      'Restored. Your journal now reflects',
    )
    expect(storedPains(journal)).toEqual([3])
    const after = page.getByRole('region', { name: 'Backups' }).getByRole('table').getByRole('row')
    await expect(after).toHaveCount(3)
    await expect(after.nth(1)).toContainText('Before a restore')
    await journal.screenshot('settings-backups-restored-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await journal.screenshot('settings-backups-restored-dark')

    const axePage = await axe(page).include('.backups').analyze()
    expect(axePage.violations).toEqual([])
  })
})

test.describe('a journal recovered at start-up', () => {
  test.use({
    prepareDataDir: {
      run: async (dir: string) => {
        // Yesterday's journal, today's daily backup, then damage.
        const first = await startJournal({
          dataDir: dir,
          version: 'e2e',
          platform: nullPlatform,
          now: () => new Date(2026, 10, 23, 20, 0, 0),
        })
        await first.router.handle('checkins:save', { at: '2026-11-23T20:00:00+01:00', pain: 5 })
        first.close()
        const second = await startJournal({
          dataDir: dir,
          version: 'e2e',
          platform: nullPlatform,
          now: () => new Date(2026, 10, 24, 9, 30, 0),
        })
        await second.afterStart // today's backup, taken just after start-up
        second.close()
        writeFileSync(join(dir, 'journal.sqlite'), 'this used to be a journal '.repeat(400))
      },
    },
  })

  test('says once which date the journal reflects and where the damaged file is', async ({
    page,
    journal,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await journal.open('#history')
    const notice = page.getByRole('region', {
      name: 'For your information: About your journal file',
    })
    await expect(notice).toContainText(`Tuesday 24 November 2026 at ${formatClock('09:30')}`)
    await expect(notice).toContainText(join(journal.dataDir, 'journal.damaged-'))
    expect(storedPains(journal)).toEqual([5])
    await journal.screenshot('startup-notice-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await journal.screenshot('startup-notice-dark')

    await notice.getByRole('button', { name: 'Got it' }).click()
    await expect(notice).toBeHidden()
    await page.keyboard.press('Control+5')
    await page.keyboard.press('Control+1')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(notice).toBeHidden()
  })
})
