/** Correcting check-ins in place, by keyboard: what every screen shows after, and where the focus goes. */
import {
  dayCell as cell,
  listCheckins as list,
  openDay,
  openTodayWithAWarningSign,
  saveCheckin as save,
  TODAY,
} from './correcting'
import { expect, test } from './harness'

const IBUPROFEN = 13

test('Today: focus after cancelling and after saving an edit is not lost to <body>', async ({
  page,
  journal,
}) => {
  await save(journal, { at: `${TODAY}T08:00:00+00:00`, pain: 6 })
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`))
  await journal.open()
  await page.getByRole('button', { name: 'Edit the check-in at 08:00' }).focus()
  await page.keyboard.press('Enter')
  const form = page.getByRole('form', { name: 'Edit the check-in at 08:00' })
  await expect(form).toBeVisible()
  await form.getByRole('button', { name: 'Cancel' }).focus()
  await page.keyboard.press('Enter')
  await expect(form).toHaveCount(0)
  // Back on the check-in it was correcting.
  await expect(page.getByRole('button', { name: 'Edit the check-in at 08:00' })).toBeFocused()

  await page.getByRole('button', { name: 'Edit the check-in at 08:00' }).click()
  await form.getByRole('radio', { name: /^4 —/ }).check()
  await form.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Saved your changes: pain 4 at 08:00.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Edit the check-in at 08:00' })).toBeFocused()
})

test('Today: Undo by keyboard brings the check-in and warning notice back, focus kept', async ({
  page,
  journal,
}) => {
  await openTodayWithAWarningSign(page, journal)
  await page.getByRole('button', { name: 'Delete the check-in at 08:00' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused()
  await expect(page.getByTestId('red-flag-notice')).toHaveCount(0)
  await page.keyboard.press('Enter')
  await expect(page.getByText('Brought back the check-in at 08:00.')).toBeVisible()
  await expect(page.getByTestId('red-flag-notice')).toBeVisible()
  await expect(
    page.getByRole('list', { name: 'Check-ins today' }).getByRole('listitem'),
  ).toHaveCount(1)
  expect(await list(journal, TODAY)).toHaveLength(1)
  // A warning sign brought back takes the focus with its notice, as when it was recorded.
  await expect(page.getByTestId('red-flag-notice')).toBeFocused()
})

test('History: edit a check-in across midnight, calendar and database follow', async ({
  page,
  journal,
}) => {
  const day = '2026-02-19'
  const c = await save(journal, { at: `${day}T23:30:00+00:00`, pain: 7 })
  await openDay(page, journal, day)
  await page.getByRole('button', { name: 'Edit the check-in at 23:30' }).click()
  const form = page.getByRole('form', { name: 'Edit the check-in at 23:30' })
  await form.getByLabel('Time', { exact: true }).fill('00:30')
  await form.getByRole('radio', { name: /^3 —/ }).check()
  await form.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Saved your changes: pain 3 at 00:30.')).toBeVisible()
  const [stored] = await list(journal, day)
  if (!stored) throw new Error('the check-in is gone')
  expect(stored.id).toBe(c.id)
  expect(stored.day).toBe(day)
  expect(stored.at.slice(0, 16)).toBe('2026-02-20T00:30')
  await expect(page.getByRole('list', { name: /Check-ins on/ }).getByRole('listitem')).toHaveCount(
    1,
  )
  // After the day-start hour (04:00): 05:00 on the 19th, its own day.
  await page.getByRole('button', { name: 'Edit the check-in at 00:30' }).click()
  const form2 = page.getByRole('form', { name: 'Edit the check-in at 00:30' })
  await form2.getByLabel('Time', { exact: true }).fill('05:00')
  await form2.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Saved your changes: pain 3 at 05:00.')).toBeVisible()
  const [again] = await list(journal, day)
  if (!again) throw new Error('the check-in is gone')
  expect(again.at.slice(0, 16)).toBe('2026-02-19T05:00')
  await page.getByRole('button', { name: 'Back to the calendar' }).click()
  await expect(cell(page, day)).toHaveAttribute('aria-label', /Worst pain 3 of 10/)
  await expect(cell(page, '2026-02-20')).toHaveAttribute('aria-label', /Nothing recorded/)
})

test('History: cancel half-way discards the draft; Escape in the form keeps it', async ({
  page,
  journal,
}) => {
  const day = '2026-02-19'
  await save(journal, {
    at: `${day}T19:30:00+00:00`,
    pain: 7,
    remedies: [{ remedyId: IBUPROFEN, doseMg: 400 }],
    redFlags: ['fever'],
  })
  const before = await list(journal, day)
  await openDay(page, journal, day)
  await page.getByRole('button', { name: 'Edit the check-in at 19:30' }).click()
  const form = page.getByRole('form', { name: 'Edit the check-in at 19:30' })
  await form.getByRole('radio', { name: /^2 —/ }).check()
  await form.getByRole('checkbox', { name: /fever/ }).uncheck()
  await form.getByRole('button', { name: 'Ibuprofen', exact: true }).click()
  await page.keyboard.press('Escape')
  await expect(form).toBeVisible()
  await form.getByRole('button', { name: 'Cancel' }).click()
  await expect(form).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Edit the check-in at 19:30' })).toBeFocused()
  expect(await list(journal, day)).toEqual(before)
  await page.getByRole('button', { name: 'Edit the check-in at 19:30' }).click()
  await expect(form.getByRole('radio', { name: /^7 —/ })).toBeChecked()
  await expect(form.getByRole('checkbox', { name: /fever/ })).toBeChecked()
  await expect(form.getByLabel('Dose of Ibuprofen (mg)')).toHaveValue('400')
})

test('History: delete and Undo in the day view, the calendar cell comes back', async ({
  page,
  journal,
}) => {
  const day = '2026-02-19'
  await save(journal, { at: `${day}T19:30:00+00:00`, pain: 7 })
  await openDay(page, journal, day)
  await page.getByRole('button', { name: 'Delete the check-in at 19:30' }).click()
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused()
  await expect(page.getByText('No check-ins on this day.', { exact: false })).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.getByText('Brought back the check-in at 19:30.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Edit the check-in at 19:30' })).toBeFocused()
  await page.getByRole('button', { name: 'Back to the calendar' }).click()
  await expect(cell(page, day)).toHaveAttribute('aria-label', /Worst pain 7 of 10/)
})
