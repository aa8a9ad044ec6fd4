import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CSV_COLUMNS } from '../../src/shared/portability/csv-format'
import type { Page } from '@playwright/test'
import {
  test,
  expect,
  pdfPages,
  seedJournal,
  SCREENSHOT_DIR,
  writeArtifact,
  type Journal,
} from './harness'
import { analyse } from '../../src/main/analysis/analysis'
import { REPORT_SECTIONS, reportHtml, type ReportDocument } from '../../src/shared/report/options'
import {
  clinicJournal,
  EPISODE_LENGTH,
  REPORT_FROM,
  REPORT_TO,
  REPORT_VISIT,
  reportJournal,
} from '../fixtures/report-journal'
import { aYearOfCheckins } from '../fixtures/journal'
import { formatClock } from '../../src/shared/locale-format'

const squash = (s: string) => s.replace(/\s+/g, ' ').trim()

/** Writes a CSV of `rows` under the documented header, picks it for import, returns the panel. */
async function openImport(page: Page, journal: Journal, name: string, rows: string[]) {
  const file = join(journal.dataDir, 'exports', name)
  writeFileSync(file, [CSV_COLUMNS.join(','), ...rows].join('\r\n'))
  journal.platform.nextPath = file
  await journal.open('#report')
  await page.getByRole('button', { name: 'Import from CSV…' }).click()
  return page.getByRole('region', { name: `Import ${name}` })
}

test.describe('Report', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-03-01T10:00:00'))
  })

  test('saves a PDF for the clinician: complete, in the third person, named and numbered on every page', async ({
    page,
    journal,
  }) => {
    seedJournal(journal, clinicJournal())
    await journal.running.router.handle('visits:add', REPORT_VISIT)
    await journal.open('#report')
    await page.getByLabel('Your name').fill('Ana Müller')
    const preview = page.frameLocator('iframe[title^="Preview of the report"]')
    await expect(preview.getByRole('heading', { name: 'Back pain report' })).toBeVisible()
    await expect(preview.locator('body')).toContainText('Day 50')
    await expect(preview.locator('body')).toContainText('Ana Müller')
    // Thirteen weeks of the day record, each item a row.
    const weeks = preview.locator('table.r-periods')
    await expect(weeks.locator('thead th')).toHaveCount(14)
    await expect(weeks.locator('tbody tr')).toHaveCount(4)
    await expect(weeks.locator('tbody tr').first().locator('td')).toHaveText(
      Array.from({ length: 13 }, () => /^\d\.\d$/),
    )
    await journal.screenshot('report-screen-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await journal.screenshot('report-screen-dark')

    await page.getByRole('button', { name: 'Save as PDF…' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toBeVisible()
    const pdf = join(journal.dataDir, 'exports', `pain-report-${REPORT_FROM}-to-${REPORT_TO}.pdf`)
    expect(existsSync(pdf)).toBe(true)
    await expect(page.getByRole('button', { name: 'Open the PDF' })).toBeVisible()
    pdfPages(pdf, 'report-pdf')
    copyFileSync(pdf, join(SCREENSHOT_DIR, 'report.pdf'))

    // In reading order (boxes side by side are read one after the other).
    const text = squash(execFileSync('pdftotext', ['-raw', pdf, '-']).toString())
    const sample = reportJournal().checkins.filter((c) => c.day >= REPORT_FROM)
    const mean = (cs: typeof sample) => (cs.reduce((s, c) => s + c.pain, 0) / cs.length).toFixed(1)
    expect(text).toContain('Period: 2 Dec 2025 – 1 Mar 2026')
    expect(text).toContain('90 of 90')
    // Mean pain: the period's, the last 7 days' and the current episode's, side by side.
    expect(text).toContain(`${mean(sample)} / 10`)
    expect(text).toContain(`last 7 days ${mean(sample.filter((c) => c.day >= '2026-02-23'))} / 10`)
    expect(text).toContain(`this episode ${mean(sample.filter((c) => c.day >= '2026-01-11'))} / 10`)
    expect(text).toContain('6 / 10')
    expect(text).toContain(`Day ${EPISODE_LENGTH}`)
    const { flags } = analyse(journal.running.db(), REPORT_TO)
    // The visit on 10 Feb came before the warning sign and before six weeks: it answers only
    // what was there by then (the pain not easing, the episodes coming back).
    expect(flags.map((f) => [f.kind, f.level])).toEqual([
      ['red-flag', 'today'],
      ['long-episode', 'visit'],
      ['medication', 'visit'],
      ['seen-doctor', 'info'],
    ])
    for (const flag of flags) expect(text).toContain(squash(flag.forClinician))
    expect(text).toContain('20 Feb 2026 · See a doctor today · Constant pain at night')
    expect(text).toContain('Doctor visits recorded 10 Feb 2026')
    // The day record by week, where it hurts and when it came on.
    expect(text).toMatch(/Sleep, interference and walking: weekly means Week of 2 Dec 8 Dec/)
    for (const row of ['Sleep quality', 'enjoying life', 'usual activities', 'Walked, minutes']) {
      expect(text).toContain(row)
    }
    expect(text).toMatch(/Spread to the buttock or leg on \d+ of 90 logged days/)
    expect(text).toMatch(/Spasms recorded on \d+ of 90 logged days/)
    expect(text).toMatch(/Came on \(check-ins by situation\): on waking \d+ \(mean pain/)
    expect(text).toContain('* Over-the-counter label maximum')
    expect(text).toContain("Generated by Pain Journal from the patient's own records")
    // Written to the clinician: no "you" anywhere (the severity word "For your information"
    // speaks to the reader, who is the clinician here).
    writeArtifact('report-pdf.txt', text)
    expect(text.replace(/For your information/gi, '')).not.toMatch(/\byou(r)?\b/i)

    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1])
    expect(pages).toBeLessThanOrEqual(2)
    for (let n = 1; n <= pages; n++) {
      const pageText = execFileSync('pdftotext', ['-raw', '-f', `${n}`, '-l', `${n}`, pdf, '-'])
      expect(pageText.toString()).toContain(`Page ${n} of ${pages}`)
      expect(pageText.toString()).toContain(
        'Ana Müller · Back pain report, 2 Dec 2025 – 1 Mar 2026',
      )
    }
  })

  test.describe('in the United States', () => {
    // The suite runs under en-GB (playwright.config.ts); Letter is the United States' size.
    test.use({ locale: 'en-US' })
    test('the paper size chosen is kept for the next report', async ({ page, journal }) => {
      await journal.open('#report')
      const paper = page.getByLabel('Paper size')
      // A new journal starts from the locale's usual size (this browser's: en-US).
      await expect(paper).toHaveValue('Letter')
      await paper.selectOption('A4')
      await expect
        .poll(async () => {
          const result = await journal.running.router.handle('settings:get', undefined)
          return result.ok
            ? (result.value as { reportPageSize: string | null }).reportPageSize
            : null
        })
        .toBe('A4')
      await page.reload()
      await expect(page.getByLabel('Paper size')).toHaveValue('A4')
      await page.getByRole('button', { name: 'Save as PDF…' }).click()
      await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toBeVisible()
      const pdf = journal.platform.savedFiles.at(-1)!
      expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(/Page size:.*\(A4\)/)
    })
  })

  test('a year of generated data still fits two pages for 90 days', async ({ page, journal }) => {
    seedJournal(journal, aYearOfCheckins())
    await journal.open('#report')
    const preview = page.frameLocator('iframe[title^="Preview of the report"]')
    await expect(preview.getByRole('heading', { name: 'Back pain report' })).toBeVisible()
    await page.getByRole('button', { name: 'Save as PDF…' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Saved to' })).toBeVisible()
    const pdf = journal.platform.savedFiles.at(-1)!
    const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())?.[1]
    pdfPages(pdf, 'report-pdf-year')
    expect(Number(pages)).toBeLessThanOrEqual(2)
  })

  for (const paper of [
    { size: 'A4', contentMm: 210 - 28 },
    { size: 'Letter', contentMm: 215.9 - 28 },
  ] as const) {
    test(`no element of the printed report overflows the ${paper.size} page’s content box`, async ({
      page,
      journal,
    }) => {
      const sample = clinicJournal()
      // Long words and big numbers: what pushes a box past its column.
      sample.checkins.at(-1)!.note = 'Unbreakable'.repeat(30)
      sample.checkins.at(-1)!.remedies.push({
        key: 'acetaminophen',
        doseMg: 99_999,
        minutes: null,
        relief: null,
      })
      seedJournal(journal, sample)
      await journal.running.router.handle('visits:add', { ...REPORT_VISIT, note: 'x'.repeat(600) })
      const result = await journal.running.router.handle('report:preview', {
        from: REPORT_FROM,
        to: REPORT_TO,
        patientName: 'Maximiliana Alexandrina Wolfeschlegelsteinhausenbergerdorff-Llanfair',
        dateOfBirth: '1980-05-17',
        sections: Object.fromEntries(REPORT_SECTIONS.map((s) => [s, true])),
      })
      if (!result.ok) throw new Error(result.error.message)
      const doc = result.value as ReportDocument
      const printPage = await page.context().newPage()
      // The page's content box, in CSS pixels (96 per inch), laid out as for print.
      const width = Math.floor((paper.contentMm / 25.4) * 96)
      await printPage.setViewportSize({ width, height: 1000 })
      await printPage.emulateMedia({ media: 'print' })
      await printPage.setContent(reportHtml(doc), { waitUntil: 'load' })
      // Typed by hand: the tests are compiled without the DOM library.
      type Box = { left: number; right: number; width: number; height: number }
      type El = {
        className: unknown
        tagName: string
        scrollWidth: number
        clientWidth: number
        /** Set on SVG content, which the chart's viewBox scales: its box is all that counts. */
        ownerSVGElement?: unknown
        getBoundingClientRect: () => Box
      }
      const overflowing = await printPage.locator('main.r-report *').evaluateAll(
        (elements: El[], limit: number) =>
          elements.flatMap((el) => {
            const box = el.getBoundingClientRect()
            if (box.width === 0 && box.height === 0) return []
            // Inside the content box with a pixel to spare (Chromium clips the printed page at
            // its content edge, and a border drawn in the last device pixel is lost), and no
            // content wider than its own box.
            const spills =
              !el.ownerSVGElement && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1
            if (box.left >= 1 && box.right <= limit - 1 && !spills) return []
            const name =
              typeof el.className === 'string' && el.className ? el.className : el.tagName
            return [`${name} ${Math.round(box.left)}–${Math.round(box.right)}`]
          }),
        width,
      )
      expect(overflowing).toEqual([])
      await printPage.close()
    })
  }

  test('an empty journal gets a report that says so', async ({ page, journal }) => {
    await journal.open('#report')
    const preview = page.frameLocator('iframe[title^="Preview of the report"]')
    await expect(preview.locator('body')).toContainText('Days logged: 0 of 90')
    await expect(preview.locator('body')).toContainText('No flags at the end of this period.')
    await journal.screenshot('report-screen-empty-light')
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
    await expect(panel).toContainText('"11" is not a pain score from 0 to 10')
    await expect(panel.getByRole('button', { name: /^Import/ })).toHaveCount(0)
    await panel.scrollIntoViewIfNeeded()
    await journal.screenshot('report-import-errors-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await journal.screenshot('report-import-errors-dark')
    const count = journal.running.db().prepare('SELECT count(*) FROM checkins').pluck().get()
    expect(count).toBe(0)
  })
})
