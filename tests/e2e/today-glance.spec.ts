/**
 * Today's everyday polish (issue 17), as a person sees it: the last two weeks at a glance, the
 * band word beside the scale, today's check-ins before the advice, long and right-to-left notes,
 * a first start at 1024×700, and times and numbers in the locale's convention.
 */
import type { Page } from '@playwright/test'
import { addDaysToDay } from '../../src/shared/days'
import { aYearOfCheckins, FIXTURE_END_DAY } from '../fixtures/journal'
import { LONG_NOTE, RTL_NOTE, saveTodaysNotes } from '../fixtures/notes'
import { test, expect, seedJournal, type Journal } from './harness'

const TODAY = FIXTURE_END_DAY

async function openAt(page: Page, journal: Journal, hash = '') {
  await page.clock.setFixedTime(new Date(`${TODAY}T18:00:00`))
  await journal.open(hash)
}

async function save(journal: Journal, payload: Record<string, unknown>) {
  const result = await journal.running.router.handle('checkins:save', { note: '', ...payload })
  if (!result.ok) throw new Error(result.error.message)
}

async function ibuprofenId(journal: Journal): Promise<number> {
  const catalog = await journal.running.router.handle('catalog:get', undefined)
  if (!catalog.ok) throw new Error(catalog.error.message)
  const { remedies } = catalog.value as { remedies: { id: number; name: string }[] }
  return remedies.find((r) => r.name === 'Ibuprofen')!.id
}

test.describe('Today at a glance', () => {
  test('the last two weeks show each day’s worst, days without a check-in as such, and lead to Trends', async ({
    page,
    journal,
  }) => {
    await page.setViewportSize({ width: 1024, height: 700 })
    await save(journal, { at: `${addDaysToDay(TODAY, -13)}T09:00:00+00:00`, pain: 3 })
    await save(journal, { at: `${addDaysToDay(TODAY, -5)}T09:00:00+00:00`, pain: 2 })
    await save(journal, { at: `${addDaysToDay(TODAY, -5)}T15:00:00+00:00`, pain: 7 })
    await save(journal, { at: `${TODAY}T09:00:00+00:00`, pain: 5 })
    // The day before the strip begins is not in it.
    await save(journal, { at: `${addDaysToDay(TODAY, -14)}T09:00:00+00:00`, pain: 9 })
    await openAt(page, journal)

    const strip = page.getByRole('region', { name: 'Last 14 days' })
    await expect(strip).toBeInViewport()
    const days = strip.locator('.recent-day')
    await expect(days).toHaveCount(14)
    await expect(days.first()).toHaveAttribute('data-day', addDaysToDay(TODAY, -13))
    await expect(days.last()).toHaveAttribute('data-day', TODAY)
    // Numbers, not colour alone: each logged day shows its worst, the others a dash.
    await expect(days.locator('.recent-day-box')).toHaveText([
      '3',
      '–',
      '–',
      '–',
      '–',
      '–',
      '–',
      '–',
      '7',
      '–',
      '–',
      '–',
      '–',
      '5',
    ])
    await expect(strip).toContainText('3 logged')

    // Screen readers get the same as a table.
    const table = strip.getByRole('table', { name: 'Worst pain on each of the last 14 days' })
    await expect(table.getByRole('row')).toHaveCount(15)
    await expect(table.getByRole('row', { name: /24 February 2026/ })).toContainText(
      '7 of 10, severe',
    )
    await expect(table.getByRole('row', { name: /25 February 2026/ })).toContainText('No check-in')
    await expect(table.getByRole('row', { name: /1 March 2026 \(today\)/ })).toContainText(
      '5 of 10, moderate',
    )

    await strip.getByRole('link', { name: 'See trends' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trends')
  })

  test('an empty journal shows no strip, so a first start keeps its room', async ({
    page,
    journal,
  }) => {
    await openAt(page, journal)
    await expect(page.getByText('Nothing recorded today yet.')).toBeVisible()
    await expect(page.getByRole('region', { name: 'Last 14 days' })).toHaveCount(0)
  })

  test('the chosen number’s band is written beside the scale', async ({ page, journal }) => {
    await openAt(page, journal)
    const band = page.getByTestId('pain-band')
    await expect(band).toHaveText('')
    for (const [key, words] of [
      ['0', '0 means no pain'],
      ['3', '3 means mild'],
      ['6', '6 means moderate'],
      ['7', '7 means severe'],
    ] as const) {
      await page.keyboard.press(key)
      await expect(band).toHaveText(words)
    }
    await page.getByRole('radio', { name: /^10 —/ }).check()
    await expect(band).toHaveText('10 means worst imaginable')
    await expect(band).toBeVisible()
  })

  test('today’s check-ins come before the episode and its guidance', async ({ page, journal }) => {
    seedJournal(journal, aYearOfCheckins())
    await openAt(page, journal)
    const list = page.getByRole('heading', { name: 'Today’s check-ins' })
    const episode = page.getByRole('heading', { name: 'Your current episode' })
    await expect(episode).toBeVisible()
    const [l, e] = [await list.boundingBox(), await episode.boundingBox()]
    expect(l!.y).toBeLessThan(e!.y)
  })
})

test.describe('Long text stays readable', () => {
  test('a long note is clamped with Show more, and every note reads in its own direction', async ({
    page,
    journal,
  }) => {
    await saveTodaysNotes(journal)
    await openAt(page, journal)
    const list = page.getByRole('list', { name: 'Check-ins today' })
    const long = list.locator('.note-text-body', { hasText: 'Line 1:' })
    const rtl = list.locator('.note-text-body', { hasText: RTL_NOTE })

    await expect(long).toHaveAttribute('dir', 'auto')
    await expect(rtl).toHaveAttribute('dir', 'auto')
    await expect(rtl).toHaveCSS('direction', 'rtl')
    await expect(long).toHaveCSS('direction', 'ltr')

    const clamped = (await long.boundingBox())!.height
    expect(clamped).toBeLessThan(150)
    await expect(list.getByRole('button', { name: 'Show more' })).toHaveCount(1)
    await list.getByRole('button', { name: 'Show more' }).click()
    await expect(list.getByRole('button', { name: 'Show less' })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
    expect((await long.boundingBox())!.height).toBeGreaterThan(clamped * 3)
    await expect(long).toContainText(LONG_NOTE.slice(-40))
    await list.getByRole('button', { name: 'Show less' }).click()
    await expect(list.getByRole('button', { name: 'Show more' })).toBeVisible()

    // The same on History's day view.
    await page.getByRole('link', { name: /^History/ }).click()
    await page.locator(`button[data-day="${TODAY}"]`).click()
    const day = page.locator('.history-checkin')
    await expect(day).toHaveCount(2)
    await expect(day.locator('.note-text-body[dir="auto"]')).toHaveCount(2)
    await expect(day.getByRole('button', { name: 'Show more' })).toHaveCount(1)
  })
})

test.describe('A first start at 1024×700', () => {
  test('the note field is clear of the save bar, Not said is no answer, details sit by their chip', async ({
    page,
    journal,
  }) => {
    await page.setViewportSize({ width: 1024, height: 700 })
    await openAt(page, journal)
    await expect(page.getByRole('heading', { name: 'Welcome to Pain Journal' })).toBeVisible()
    const note = await page.getByLabel('Note (optional)').boundingBox()
    const bar = await page.locator('.checkin-form .save-bar').boundingBox()
    expect(note!.y + note!.height).toBeLessThanOrEqual(bar!.y)

    await page.getByRole('button', { name: 'Add details' }).click()
    const chip = (name: string) =>
      page.locator('label.choice-option', { hasText: name }).first().locator('span')
    await page.getByRole('radio', { name: 'No spasm' }).check()
    await expect(chip('No spasm')).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)')
    await page.getByRole('radio', { name: 'Not said', exact: true }).first().check()
    // Checked, yet open and dashed like an unchosen chip: not a fill like an answer.
    await expect(chip('Not said')).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)')
    await expect(chip('Not said')).toHaveCSS('border-top-style', 'dashed')

    const figure = await page.locator('.body-diagram-figure').boundingBox()
    expect(figure!.width).toBeGreaterThanOrEqual(260)

    const remedy = page.getByRole('button', { name: 'Ibuprofen' })
    await remedy.click()
    const card = page.locator('[data-remedy-detail]')
    await expect(card).toContainText('Dose of Ibuprofen (mg)')
    const [c, d] = [await remedy.boundingBox(), await card.boundingBox()]
    // Within the medication group, just under its chips: not below every other remedy.
    expect(d!.y - (c!.y + c!.height)).toBeLessThan(80)
    const therapy = await page.getByText('Therapy', { exact: true }).boundingBox()
    expect(d!.y).toBeLessThan(therapy!.y)
  })
})

test.describe('Times and numbers follow the locale', () => {
  async function dayWithADose(page: Page, journal: Journal) {
    const id = await ibuprofenId(journal)
    await save(journal, {
      at: `${TODAY}T14:25:00+00:00`,
      pain: 6,
      remedies: [{ remedyId: id, doseMg: 1200, minutes: null, relief: null }],
    })
    await openAt(page, journal)
  }

  test.describe('en-US', () => {
    test.use({ locale: 'en-US' })
    test('a 12-hour clock and separated thousands, in lists, messages and the editor', async ({
      page,
      journal,
    }) => {
      await dayWithADose(page, journal)
      const item = page.getByRole('list', { name: 'Check-ins today' }).getByRole('listitem')
      await expect(item.locator('.checkin-time')).toHaveText(/^2:25\sPM$/)
      await expect(item).toContainText('Ibuprofen 1,200 mg')
      await item.getByRole('button', { name: /^Edit the check-in at 2:25\sPM/ }).click()
      await expect(page.getByText(/Times before 4:00\sAM count as/)).toBeVisible()

      await page.getByRole('link', { name: /^History/ }).click()
      await page.locator(`button[data-day="${TODAY}"]`).click()
      await expect(page.locator('.history-checkin .checkin-time')).toHaveText(/^2:25\sPM$/)
      await expect(page.locator('.history-checkin')).toContainText('1,200 mg')
    })
  })

  test.describe('en-GB', () => {
    test.use({ locale: 'en-GB' })
    test('a 24-hour clock', async ({ page, journal }) => {
      await dayWithADose(page, journal)
      const item = page.getByRole('list', { name: 'Check-ins today' }).getByRole('listitem')
      await expect(item.locator('.checkin-time')).toHaveText('14:25')
      await expect(item).toContainText('Ibuprofen 1,200 mg')
      await item.getByRole('button', { name: 'Edit the check-in at 14:25' }).click()
      await expect(page.getByText('Times before 04:00 count as')).toBeVisible()
    })
  })
})
