/**
 * Every part of a check-in can be corrected (issue 13, point 7): from Today's list and from
 * History, with the one check-in form Today uses, in full — a warning sign ticked by mistake, a
 * wrong dose, where it hurt, triggers — and deleted with Undo from both places. An edit keeps the
 * check-in's identity and records when it was changed.
 */
import type { Page } from '@playwright/test'
import { FIXTURE_END_DAY } from '../fixtures/journal'
import { axe, expect, test, type Journal } from './harness'

const IBUPROFEN = 13
const TWISTING = 5
const HEAVY_LIFTING = 4

type Stored = {
  id: number
  at: string
  day: string
  pain: number
  spasm: boolean | null
  regions: string[]
  triggerIds: number[]
  remedies: {
    remedyId: number
    doseMg: number | null
    minutes: number | null
    relief: number | null
  }[]
  redFlags: string[]
  note: string
}

async function save(journal: Journal, payload: unknown): Promise<Stored> {
  const result = await journal.running.router.handle('checkins:save', payload)
  if (!result.ok) throw new Error(result.error.message)
  return result.value as Stored
}

async function list(journal: Journal, day: string): Promise<Stored[]> {
  const result = await journal.running.router.handle('checkins:list', { from: day, to: day })
  if (!result.ok) throw new Error(result.error.message)
  return result.value as Stored[]
}

function stamps(journal: Journal, id: number): { created_at: string; updated_at: string } {
  return journal.running
    .db()
    .prepare('SELECT created_at, updated_at FROM checkins WHERE id = ?')
    .get(id) as { created_at: string; updated_at: string }
}

async function openToday(page: Page, journal: Journal) {
  await page.clock.setFixedTime(new Date(`${FIXTURE_END_DAY}T10:00:00`))
  await journal.open()
}

test.describe('Correcting a check-in', () => {
  test('from Today’s list: a warning sign ticked by mistake and a wrong dose', async ({
    page,
    journal,
  }) => {
    const wrong = await save(journal, {
      at: `${FIXTURE_END_DAY}T08:00:00+00:00`,
      pain: 6,
      regions: ['lower-back-left'],
      triggerIds: [TWISTING],
      remedies: [{ remedyId: IBUPROFEN, doseMg: 4000, relief: 1 }],
      redFlags: ['fever'],
      note: 'Typed in a hurry',
    })
    const before = stamps(journal, wrong.id)
    await openToday(page, journal)
    // The warning sign shows its notice until it is corrected.
    await expect(page.getByTestId('red-flag-notice')).toBeVisible()

    const item = page
      .getByRole('list', { name: 'Check-ins today' })
      .locator(`[data-checkin-id="${wrong.id}"]`)
    await item.getByRole('button', { name: 'Edit the check-in at 08:00' }).click()
    const form = page.getByRole('form', { name: 'Edit the check-in at 08:00' })
    // The one form, in full, with everything recorded already in it.
    await expect(form.getByRole('button', { name: 'Add details' })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
    await expect(
      form.getByRole('checkbox', { name: /fever, or feeling generally unwell/ }),
    ).toBeChecked()
    await expect(form.getByLabel('Dose of Ibuprofen (mg)')).toHaveValue('4000')
    await form.getByRole('checkbox', { name: /fever, or feeling generally unwell/ }).uncheck()
    await form.getByLabel('Dose of Ibuprofen (mg)').fill('400')
    await form.getByRole('checkbox', { name: 'Lower back, right' }).check()
    await form.getByRole('button', { name: 'Heavy lifting' }).click()
    await form.getByRole('radio', { name: /^5 —/ }).check()
    await form.getByRole('button', { name: 'Save changes' }).click()
    await expect(page.getByText('Saved your changes: pain 5 at 08:00.')).toBeVisible()

    const [fixed] = await list(journal, FIXTURE_END_DAY)
    expect(fixed).toEqual({
      ...wrong,
      pain: 5,
      regions: ['lower-back-left', 'lower-back-right'],
      triggerIds: [HEAVY_LIFTING, TWISTING],
      remedies: [{ remedyId: IBUPROFEN, doseMg: 400, minutes: null, relief: 1 }],
      redFlags: [],
    })
    // The same check-in, changed later than it was made.
    const after = stamps(journal, wrong.id)
    expect(after.created_at).toBe(before.created_at)
    expect(after.updated_at > before.updated_at).toBe(true)
    await expect(page.getByTestId('red-flag-notice')).toHaveCount(0)

    // Delete, then Undo, from the same list.
    await page.getByRole('button', { name: 'Delete the check-in at 08:00' }).click()
    await expect(page.getByText('Deleted the check-in at 08:00 (pain 5).')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused()
    expect(await list(journal, FIXTURE_END_DAY)).toEqual([])
    await expect(page.getByText('Nothing recorded today yet.')).toBeVisible()
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect(page.getByText('Brought back the check-in at 08:00.')).toBeVisible()
    expect(await list(journal, FIXTURE_END_DAY)).toEqual([fixed])
  })

  test('from History: a past day’s check-in in full', async ({ page, journal }) => {
    const day = '2026-02-19'
    const original = await save(journal, { at: `${day}T19:30:00+00:00`, pain: 7, note: 'Evening' })
    await page.clock.setFixedTime(new Date(`${FIXTURE_END_DAY}T10:00:00`))
    await journal.open('#history')
    await page.getByRole('button', { name: 'Previous month' }).click()
    await page.locator(`.calendar button[data-day="${day}"]`).click()
    await expect(page.getByRole('heading', { name: 'Thursday 19 February 2026' })).toBeVisible()
    await page.getByRole('button', { name: 'Edit the check-in at 19:30' }).click()
    const form = page.getByRole('form', { name: 'Edit the check-in at 19:30' })
    await form.getByRole('radio', { name: 'Yes, a spasm' }).check()
    await form.getByRole('button', { name: 'Twisting' }).click()
    await form.getByRole('button', { name: 'Ibuprofen', exact: true }).click()
    await form.getByLabel('Dose of Ibuprofen (mg)').fill('200')
    await form.getByRole('checkbox', { name: /Numbness or tingling around the genitals/ }).check()
    await form.getByRole('button', { name: 'Save changes' }).click()
    await expect(page.getByText('Saved your changes: pain 7 at 19:30.')).toBeVisible()
    const [edited] = await list(journal, day)
    expect(edited).toEqual({
      ...original,
      spasm: true,
      triggerIds: [TWISTING],
      remedies: [{ remedyId: IBUPROFEN, doseMg: 200, minutes: null, relief: null }],
      redFlags: ['saddle-numbness'],
    })
  })
})

test('an open edit form and a refused save pass an accessibility scan', async ({
  page,
  journal,
}) => {
  await save(journal, {
    at: `${FIXTURE_END_DAY}T08:00:00+00:00`,
    pain: 6,
    remedies: [{ remedyId: IBUPROFEN, doseMg: 400 }],
  })
  await openToday(page, journal)
  await page.getByRole('button', { name: 'Edit the check-in at 08:00' }).click()
  const form = page.getByRole('form', { name: 'Edit the check-in at 08:00' })
  await form.getByLabel('Dose of Ibuprofen (mg)').fill('lots')
  await form.getByLabel('Time', { exact: true }).fill('')
  await form.getByRole('button', { name: 'Save changes' }).click()
  // The first field at fault has the focus; each says why, beside it.
  await expect(form.getByLabel('Time', { exact: true })).toBeFocused()
  await expect(form.getByLabel('Time', { exact: true })).toHaveAccessibleDescription(
    /Enter a time, like 09:30/,
  )
  await expect(form.getByLabel('Dose of Ibuprofen (mg)')).toHaveAttribute('aria-invalid', 'true')
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme })
    const { violations } = await axe(page).analyze()
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([])
  }
})
