/**
 * Settings → Your data: CSV export and import, a backup file saved and restored, FHIR for a
 * clinic; reached from the Settings list, from the Report screen's link and from the menu.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { CSV_COLUMNS } from '../../src/shared/portability/csv-format'
import { formatClock } from '../../src/shared/locale-format'
import { call } from '../support/portability'
import { test, expect, sendAppCommand, storedPains, type Journal } from './harness'

/** Writes a CSV of `rows` under the documented header, picks it for import, returns the panel. */
async function openImport(page: Page, journal: Journal, name: string, rows: string[]) {
  const file = join(journal.dataDir, 'exports', name)
  writeFileSync(file, [CSV_COLUMNS.join(','), ...rows].join('\r\n'))
  journal.platform.nextPath = file
  await journal.open('#settings/data')
  await page.getByRole('button', { name: 'Import from CSV…' }).click()
  return page.getByRole('region', { name: `Import ${name}` })
}

const save = (journal: Journal, at: string, pain: number) =>
  call(journal.running, 'checkins:save', { at, pain })

const dataHeading = (page: Page) => page.getByRole('heading', { level: 2, name: 'Your data' })

test.describe('Your data', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-03-01T10:00:00'))
  })

  test('the Report screen links to it, and the link lands on it', async ({ page, journal }) => {
    await journal.open('#report')
    await page.getByRole('link', { name: 'Settings → Your data' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings')
    await expect(dataHeading(page)).toBeFocused()
    await expect(
      page.getByRole('navigation', { name: 'Settings sections' }).getByRole('link', {
        name: 'Your data',
      }),
    ).toHaveAttribute('aria-current', 'page')
    await expect(page).toHaveURL(/#settings\/data$/)
    // The report itself no longer carries it.
    await journal.open('#report')
    await expect(page.getByRole('button', { name: 'Import from CSV…' })).toHaveCount(0)
  })

  test('CSV and FHIR exports are saved, and a backup file restores the journal it holds', async ({
    page,
    journal,
  }) => {
    await save(journal, '2026-02-27T08:00:00+01:00', 3)
    await journal.open('#settings/data')
    const section = page.getByRole('region', { name: 'Your data' })

    await section.getByRole('button', { name: 'Export as CSV…' }).click()
    await expect(section.getByRole('status')).toContainText('Saved 1 check-in as CSV to')
    const csv = journal.platform.savedFiles.at(-1)!
    // A byte-order mark first, so spreadsheets read it as UTF-8.
    expect(readFileSync(csv, 'utf8').split(/\r\n/)[0]).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`)

    await section.getByRole('button', { name: 'Export pain scores (FHIR)…' }).click()
    await expect(section.getByRole('status')).toContainText('Saved 1 check-in as FHIR to')
    const fhir = JSON.parse(readFileSync(journal.platform.savedFiles.at(-1)!, 'utf8')) as {
      resourceType: string
    }
    expect(fhir.resourceType).toBe('Bundle')

    await section.getByRole('button', { name: 'Save a backup…' }).click()
    await expect(section.getByRole('status')).toContainText('Saved 1 check-in in a backup to')
    const backup = journal.platform.savedFiles.at(-1)!
    expect(existsSync(backup)).toBe(true)

    await save(journal, '2026-02-28T08:00:00+01:00', 8)
    expect(storedPains(journal)).toEqual([3, 8])
    journal.platform.nextPath = backup
    await section.getByRole('button', { name: 'Restore from a backup…' }).click()
    const confirm = page.getByRole('region', { name: 'Restore from a backup' })
    await expect(confirm.getByRole('heading')).toBeFocused()
    await expect(confirm).toContainText('holds 1 check-in')
    await confirm.getByRole('button', { name: 'Replace my journal with this backup' }).click()
    // Said after the journal is drawn afresh, where the button was.
    await expect(page.getByRole('region', { name: 'Your data' }).getByRole('status')).toContainText(
      'Your journal now holds the backup from',
    )
    expect(storedPains(journal)).toEqual([3])
  })

  test('File → Import… from another screen opens Your data with the file chosen', async ({
    page,
    journal,
  }) => {
    const file = join(journal.dataDir, 'exports', 'from-the-menu.csv')
    writeFileSync(
      file,
      [CSV_COLUMNS.join(','), '2026-02-27,2026-02-27T08:00:00+01:00,4,no,,,,,,Stiff,,,,,'].join(
        '\r\n',
      ),
    )
    journal.platform.nextPath = file
    await journal.open('#today')
    await sendAppCommand(page, 'import-data')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings')
    const panel = page.getByRole('region', { name: 'Import from-the-menu.csv' })
    await expect(panel).toContainText('1 check-in will be added')
    await expect(panel.getByRole('heading', { name: 'Import from-the-menu.csv' })).toBeFocused()
  })

  test('a CSV with a day record alone imports it with the check-ins', async ({ page, journal }) => {
    const panel = await openImport(page, journal, 'with-a-quiet-day.csv', [
      '2026-02-27,2026-02-27T08:00:00+01:00,4,no,,,,,,Stiff,,,,,',
      '2026-02-28,,,,,,,,,,8,1,1,40,No pain worth logging',
    ])
    await expect(panel).toContainText('1 day record will be added')
    await panel.getByRole('button', { name: 'Import 1 check-in and 1 day record' }).click()
    await expect(page.getByText('Imported 1 check-in and 1 day record from')).toBeVisible()
    const day = await journal.running.router.handle('days:get', { day: '2026-02-28' })
    expect(day).toMatchObject({ ok: true, value: { minutesWalked: 40, sleepQuality: 8 } })
  })

  test('the preview names each row it will skip as already there, with its time', async ({
    page,
    journal,
  }) => {
    await save(journal, '2026-02-27T08:00:00+01:00', 2)
    const panel = await openImport(page, journal, 'from-the-other-laptop.csv', [
      '2026-02-27,2026-02-27T08:00:00+01:00,9,yes,,,,,,Lifting the kettle,,,,,',
      '2026-02-27,2026-02-27T12:30:00+01:00,5,no,,,,,,,,,,,',
      '2026-02-27,2026-02-27T12:30:00+01:00,5,no,,,,,,,,,,,',
    ])
    await expect(panel).toContainText(
      '2 rows at the time of a check-in already in your journal, or of an earlier row, will be skipped: row 2 (27 February 2026 at 08:00), row 4 (27 February 2026 at 12:30).',
    )
    await expect(panel).toContainText('1 check-in will be added')
    await journal.screenshot('data-import-duplicates')
  })

  test('a row dated years ahead is listed as a problem and nothing is imported', async ({
    page,
    journal,
  }) => {
    const panel = await openImport(page, journal, 'from-the-future.csv', [
      '2026-02-27,2026-02-27T08:00:00+01:00,4,no,,,,,,fine,,,,,',
      '2030-02-27,2030-02-27T08:00:00+01:00,5,no,,,,,,typo in the year,,,,,',
    ])
    await expect(panel.getByRole('alert')).toContainText('1 problem, so nothing will be imported')
    await expect(panel.getByRole('row', { name: /3 recorded_at/ })).toContainText(
      // Written by the main process, on its locale's clock.
      `27 February 2030 at ${formatClock('08:00')} is later than now`,
    )
    await expect(panel.getByRole('button', { name: /^Import/ })).toHaveCount(0)
    expect(journal.running.db().prepare('SELECT count(*) FROM checkins').pluck().get()).toBe(0)
  })

  test('an import with broken rows lists each row and imports nothing', async ({
    page,
    journal,
  }) => {
    const panel = await openImport(page, journal, 'from-a-spreadsheet.csv', [
      '2026-02-27,2026-02-27T08:00:00+01:00,11,yes,,,,,,too high,,,,,',
      '2026-02-30,2026-02-28T08:00:00+01:00,4,maybe,,neck,,,,,,,,,',
      '2026-03-01,2026-03-01T08:00:00+01:00,3,no,,,,Ibuprofen;dose_mg=lots,,,,,,,',
    ])
    await expect(panel.getByRole('alert')).toContainText('nothing will be imported')
    await expect(panel.getByRole('row')).toHaveCount(6)
    await expect(panel).toContainText('"11": Pain must be from 0 to 10')
    await expect(panel.getByRole('button', { name: /^Import/ })).toHaveCount(0)
    await panel.scrollIntoViewIfNeeded()
    await journal.screenshot('data-import-errors-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await journal.screenshot('data-import-errors-dark')
    const count = journal.running.db().prepare('SELECT count(*) FROM checkins').pluck().get()
    expect(count).toBe(0)
  })

  test('while the sample journal is open, says to go back to your own first', async ({
    page,
    journal,
  }) => {
    await journal.open()
    await page.getByRole('button', { name: 'Explore with sample data' }).click()
    await expect(page.getByRole('region', { name: 'Sample data' })).toBeVisible()
    await journal.open('#settings/data')
    await expect(page.getByTestId('data-sample')).toHaveText(
      'You are exploring the sample journal. Go back to your own journal (at the top of the screen) to export, import or restore it.',
    )
    for (const name of [
      'Export as CSV…',
      'Import from CSV…',
      'Save a backup…',
      'Restore from a backup…',
    ]) {
      await expect(page.getByRole('button', { name })).toBeDisabled()
    }
    await journal.screenshot('data-while-sample')
    await page.emulateMedia({ colorScheme: 'dark' })
    await journal.screenshot('data-while-sample-dark')
    // Back to it: everything is offered again.
    await page.getByRole('button', { name: 'Back to my journal' }).click()
    await expect(page.getByRole('region', { name: 'Sample data' })).toHaveCount(0)
    await expect(page.getByTestId('data-sample')).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Import from CSV…' })).toBeEnabled()
  })
})
