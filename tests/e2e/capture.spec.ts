import type { Page } from '@playwright/test'
import { test, expect, type Journal } from './harness'

const HEAVY_LIFTING = 4
const TWISTING = 5
const WALKING = 6
const IBUPROFEN = 13

async function call<T = unknown>(journal: Journal, channel: string, payload?: unknown): Promise<T> {
  const result = await journal.running.router.handle(channel, payload)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as T
}

const todayList = (page: Page) => page.getByRole('list', { name: 'Check-ins today' })

async function openAt(page: Page, journal: Journal, time: string, path = '') {
  await page.clock.setFixedTime(new Date(time))
  await journal.open(path)
}

test.describe('Capturing a check-in on Today', () => {
  test('a plain score takes at most three keystrokes from app start', async ({ page, journal }) => {
    await journal.open()
    await page.keyboard.press('7')
    await page.keyboard.press('Control+Enter')
    await expect(page.getByRole('status')).toHaveText(/Saved: pain 7/)

    // 10 is "1" then "0": three keystrokes with the save.
    await page.keyboard.press('1')
    await page.keyboard.press('0')
    await page.keyboard.press('Control+Enter')
    await expect(page.getByRole('status')).toHaveText(/Saved: pain 10/)

    await expect(todayList(page).getByRole('listitem')).toHaveCount(2)
    const stored = await call<{ pain: number }[]>(journal, 'checkins:list', {
      from: '1900-01-01',
      to: '2999-12-31',
    })
    expect(stored.map((c) => c.pain)).toEqual([7, 10])
  })

  test('a full check-in survives a reload and reads back identically', async ({
    page,
    journal,
  }) => {
    await openAt(page, journal, '2026-03-01T10:15:00')
    await page.getByRole('radio', { name: /^6 —/ }).check()
    const details = page.getByRole('button', { name: 'Add details' })
    await expect(details).toHaveAttribute('aria-expanded', 'false')
    await details.click()
    await expect(details).toHaveAttribute('aria-expanded', 'true')

    await page.getByRole('radio', { name: 'Yes, a spasm' }).check()
    await page.getByRole('radio', { name: 'Sitting', exact: true }).check()
    // One region by clicking the drawing, one by its checkbox.
    await page.locator('[data-region="lower-back-left"] .body-diagram-region').click()
    await expect(page.getByRole('checkbox', { name: 'Lower back, left' })).toBeChecked()
    await page.getByRole('checkbox', { name: 'Buttock or leg, left' }).check()
    await page.getByRole('button', { name: 'Heavy lifting' }).click()
    await page.getByRole('button', { name: 'Twisting' }).click()
    await expect(page.getByRole('button', { name: 'Twisting' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await page.getByRole('button', { name: 'Ibuprofen' }).click()
    await page.getByLabel('Dose of Ibuprofen (mg)').fill('400')
    await page
      .getByRole('group', { name: 'How much did Ibuprofen help?' })
      .getByRole('radio', { name: 'Helped a little' })
      .check()
    await page.getByRole('button', { name: 'Walking / mild exercise' }).click()
    await page.getByLabel('Minutes of Walking / mild exercise').fill('20')
    await page
      .getByRole('group', { name: 'How much did Walking / mild exercise help?' })
      .getByRole('radio', { name: 'Helped a lot' })
      .check()
    await page.getByLabel('Note (optional)').fill('Moved boxes, then sat too long.')
    await page.getByRole('button', { name: 'Save check-in' }).click()
    await expect(page.getByRole('status')).toHaveText('Saved: pain 6 at 10:15.')

    const expected = {
      at: expect.stringMatching(/^2026-03-01T10:15:00[+-]\d\d:\d\d$/),
      day: '2026-03-01',
      pain: 6,
      spasm: true,
      regions: ['buttock-leg-left', 'lower-back-left'],
      context: 'sitting',
      triggerIds: [HEAVY_LIFTING, TWISTING],
      remedies: [
        { remedyId: IBUPROFEN, doseMg: 400, minutes: null, relief: 1 },
        { remedyId: WALKING, doseMg: null, minutes: 20, relief: 2 },
      ],
      redFlags: [],
      note: 'Moved boxes, then sat too long.',
    }
    const list = { from: '2026-03-01', to: '2026-03-01' }
    expect(await call(journal, 'checkins:list', list)).toEqual([
      { id: expect.any(Number), ...expected },
    ])

    const item = todayList(page).getByRole('listitem')
    await expect(item).toHaveCount(1)
    for (const text of [
      '10:15',
      'Spasm',
      'Sitting',
      'Lower back, left',
      'Buttock or leg, left',
      'Trigger: Heavy lifting',
      'Trigger: Twisting',
      'Tried: Ibuprofen 400 mg · helped a little',
      'Tried: Walking / mild exercise 20 min · helped a lot',
      'Moved boxes, then sat too long.',
    ]) {
      await expect(item).toContainText(text)
    }
    const before = await item.innerText()

    await journal.open()
    await expect(todayList(page).getByRole('listitem')).toHaveCount(1)
    expect(await todayList(page).getByRole('listitem').innerText()).toBe(before)
    expect(await call(journal, 'checkins:list', list)).toEqual([
      { id: expect.any(Number), ...expected },
    ])
    // The form is empty again and its details folded away.
    await expect(page.getByRole('button', { name: 'Add details' })).toHaveAttribute(
      'aria-expanded',
      'false',
    )

    // History's day view says the same things in the same words.
    await journal.open('#history')
    await page.locator('.calendar button[data-day="2026-03-01"]').click()
    const day = page.getByRole('list', { name: /^Check-ins on / }).locator(':scope > li')
    await expect(day).toHaveCount(1)
    for (const text of [
      '10:15',
      'Spasm',
      'Sitting',
      'Buttock or leg, left; Lower back, left',
      'Heavy lifting, Twisting',
      'Ibuprofen 400 mg · helped a little',
      'Walking / mild exercise 20 min · helped a lot',
      'Moved boxes, then sat too long.',
    ]) {
      await expect(day).toContainText(text)
    }
  })

  test('two check-ins on one day give the right worst and average', async ({ page, journal }) => {
    await journal.open()
    await page.keyboard.press('3')
    await page.keyboard.press('Control+Enter')
    await expect(page.getByRole('status')).toHaveText(/Saved: pain 3/)
    await page.keyboard.press('8')
    await page.keyboard.press('Control+Enter')
    await expect(page.getByRole('status')).toHaveText(/Saved: pain 8/)

    await expect(todayList(page).getByRole('listitem')).toHaveCount(2)
    await expect(page.getByLabel('Worst today: 8 of 10, severe')).toBeVisible()
    await expect(page.getByTestId('day-average')).toHaveText('5.5')
  })

  test('a 01:30 check-in lands on the previous day', async ({ page, journal }) => {
    await openAt(page, journal, '2026-03-02T01:30:00')
    await expect(page.getByTestId('journal-day')).toHaveText('Sunday 1 March 2026')
    await page.keyboard.press('5')
    await page.keyboard.press('Control+Enter')
    await expect(page.getByRole('status')).toHaveText('Saved: pain 5 at 01:30.')
    await expect(todayList(page).getByRole('listitem')).toHaveCount(1)

    const stored = await call<{ at: string; day: string }[]>(journal, 'checkins:list', {
      from: '1900-01-01',
      to: '2999-12-31',
    })
    expect(stored).toHaveLength(1)
    expect(stored[0]!.at).toMatch(/^2026-03-02T01:30:00/)
    expect(stored[0]!.day).toBe('2026-03-01')
  })

  test('a custom trigger can be added inline and is chosen at once', async ({ page, journal }) => {
    await journal.open()
    await page.keyboard.press('4')
    await page.getByRole('button', { name: 'Add details' }).click()
    await page.getByRole('button', { name: 'Add your own…' }).click()
    // A name already in the catalog adds nothing: that trigger is offered next to the field.
    await page.getByLabel('New trigger').fill('heavy lifting')
    await page.getByLabel('New trigger').press('Enter')
    await expect(page.getByText('You already have a trigger called “Heavy lifting”.')).toBeVisible()

    await page.getByLabel('New trigger').fill('Gardening')
    await page.getByLabel('New trigger').press('Enter')
    const chip = page.getByRole('button', { name: 'Gardening' })
    await expect(chip).toHaveAttribute('aria-pressed', 'true')
    await page.getByRole('button', { name: 'Save check-in' }).click()
    await expect(page.getByRole('status')).toHaveText(/Saved: pain 4/)
    await expect(todayList(page)).toContainText('Trigger: Gardening')

    const catalog = await call<{ triggers: { id: number; name: string }[] }>(journal, 'catalog:get')
    const gardening = catalog.triggers.find((t) => t.name === 'Gardening')
    expect(gardening).toBeDefined()
    const [saved] = await call<{ triggerIds: number[] }[]>(journal, 'checkins:list', {
      from: '1900-01-01',
      to: '2999-12-31',
    })
    expect(saved?.triggerIds).toEqual([gardening!.id])
  })

  test('"Same as last time" fills where and triggers; medicines count only when ticked now', async ({
    page,
    journal,
  }) => {
    await call(journal, 'checkins:save', {
      at: '2026-02-28T20:00:00+00:00',
      pain: 5,
      spasm: true,
      regions: ['lower-back-left'],
      context: 'sitting',
      triggerIds: [TWISTING],
      remedies: [
        { remedyId: IBUPROFEN, doseMg: 600, minutes: null, relief: 2 },
        { remedyId: WALKING, doseMg: null, minutes: 15, relief: 1 },
      ],
    })
    await openAt(page, journal, '2026-03-01T09:00:00')
    await page.keyboard.press('4')
    await page.getByRole('button', { name: 'Same as last time' }).click()
    await expect(page.getByRole('button', { name: 'Add details' })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
    await expect(page.getByRole('button', { name: 'Twisting' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    await expect(page.getByRole('checkbox', { name: 'Lower back, left' })).toBeChecked()
    await expect(page.getByRole('radio', { name: 'Yes, a spasm', exact: true })).toBeChecked()
    // Offered, not chosen: no dose field until it is ticked.
    const offered = page.getByRole('group', { name: /^Last time/ })
    await expect(offered.getByRole('button', { name: 'Ibuprofen 600 mg' })).toHaveAttribute(
      'aria-pressed',
      'false',
    )
    await expect(page.getByLabel('Dose of Ibuprofen (mg)')).toHaveCount(0)
    await page.keyboard.press('Control+Enter')
    await expect(page.getByRole('status')).toHaveText(/Saved: pain 4/)
    const [once] = await call<unknown[]>(journal, 'checkins:list', {
      from: '2026-03-01',
      to: '2026-03-01',
    })
    expect(once).toMatchObject({
      pain: 4,
      spasm: true,
      regions: ['lower-back-left'],
      context: 'sitting',
      triggerIds: [TWISTING],
      remedies: [],
    })
  })

  test('"Same as last time" offers what was tried: ticked now, it is recorded with its dose', async ({
    page,
    journal,
  }) => {
    await call(journal, 'checkins:save', {
      at: '2026-02-28T20:00:00+00:00',
      pain: 5,
      remedies: [{ remedyId: IBUPROFEN, doseMg: 600, minutes: null, relief: 2 }],
    })
    await openAt(page, journal, '2026-03-01T09:00:00')
    await page.keyboard.press('3')
    await page.getByRole('button', { name: 'Same as last time' }).click()
    const offered = page.getByRole('group', { name: /^Last time/ })
    await offered.getByRole('button', { name: 'Ibuprofen 600 mg' }).click()
    await expect(page.getByLabel('Dose of Ibuprofen (mg)')).toHaveValue('600')
    await page.keyboard.press('Control+Enter')
    await expect(page.getByRole('status')).toHaveText(/Saved: pain 3/)
    const [saved] = await call<{ remedies: unknown[] }[]>(journal, 'checkins:list', {
      from: '2026-03-01',
      to: '2026-03-01',
    })
    expect(saved?.remedies).toEqual([
      { remedyId: IBUPROFEN, doseMg: 600, minutes: null, relief: null },
    ])
  })

  test('a dose above the daily limit in one dose asks first; past the ceiling it is refused', async ({
    page,
    journal,
  }) => {
    await openAt(page, journal, '2026-03-01T09:00:00')
    await page.keyboard.press('5')
    await page.getByRole('button', { name: 'Add details' }).click()
    await page.getByRole('button', { name: 'Acetaminophen (paracetamol)', exact: true }).click()
    const dose = page.getByLabel('Dose of Acetaminophen (paracetamol) (mg)')
    await dose.fill('4000')
    await page.getByRole('button', { name: 'Save check-in' }).click()
    const question = page.getByRole('group', { name: /more than the daily limit/ })
    await expect(question).toContainText(
      'Acetaminophen (paracetamol): that is more than the daily limit (3,000 mg) in one dose — save it as 4,000 mg?',
    )
    await expect(question.getByText(/save it as 4,000 mg/)).toBeFocused()
    expect(
      await call<unknown[]>(journal, 'checkins:list', { from: '2026-03-01', to: '2026-03-01' }),
    ).toEqual([])

    // No: back to the dose, nothing saved.
    await question.getByRole('button', { name: 'No, let me change it' }).click()
    await expect(question).toHaveCount(0)
    await expect(dose).toBeFocused()
    await dose.fill('40000')
    await page.getByRole('button', { name: 'Save check-in' }).click()
    await expect(page.getByRole('alert')).toContainText('Not saved.')
    await expect(page.getByRole('alert')).toContainText('at most 10,000')
    // The field itself is outlined, described by the same words, and has the focus.
    await expect(dose).toHaveAttribute('aria-invalid', 'true')
    await expect(dose).toHaveAccessibleDescription(/at most 10,000/)
    await expect(dose).toBeFocused()

    // Yes: saved as written.
    await dose.fill('4000')
    await page.getByRole('button', { name: 'Save check-in' }).click()
    await question.getByRole('button', { name: 'Yes, save 4,000 mg' }).click()
    await expect(page.getByRole('status')).toHaveText(/Saved: pain 5/)
    const [saved] = await call<{ remedies: { doseMg: number }[] }[]>(journal, 'checkins:list', {
      from: '2026-03-01',
      to: '2026-03-01',
    })
    expect(saved?.remedies[0]?.doseMg).toBe(4000)
  })

  test('a medicine’s dose is prefilled from its last dose', async ({ page, journal }) => {
    await call(journal, 'checkins:save', {
      at: '2026-02-20T08:00:00+00:00',
      pain: 5,
      remedies: [{ remedyId: IBUPROFEN, doseMg: 200 }],
    })
    await call(journal, 'checkins:save', {
      at: '2026-02-27T08:00:00+00:00',
      pain: 5,
      remedies: [{ remedyId: IBUPROFEN, doseMg: 400 }],
    })
    await openAt(page, journal, '2026-03-01T09:00:00')
    await page.getByRole('button', { name: 'Add details' }).click()
    await page.getByRole('button', { name: 'Ibuprofen' }).click()
    await expect(page.getByLabel('Dose of Ibuprofen (mg)')).toHaveValue('400')
    await expect(page.getByText('Last time: 400 mg.')).toBeVisible()
    // A medicine never taken before starts empty.
    await page.getByRole('button', { name: 'Naproxen sodium' }).click()
    await expect(page.getByLabel('Dose of Naproxen sodium (mg)')).toHaveValue('')
  })
})
