/** Correcting a day record and a doctor visit, and a warning sign ticked by mistake. */
import { call } from '../support/portability'
import {
  dayCell as cell,
  openDay,
  openTodayWithAWarningSign,
  saveCheckin as save,
  TODAY,
} from './correcting'
import { expect, test, type Journal } from './harness'

const dayOf = (journal: Journal, day: string) => call<unknown>(journal.running, 'days:get', { day })

test('History: a past day record filled, saved, then cleared', async ({ page, journal }) => {
  const day = '2026-02-19'
  await save(journal, { at: `${day}T19:30:00+00:00`, pain: 5 })
  await openDay(page, journal, day)
  const card = page.getByRole('form', { name: 'The day as a whole' })
  await card
    .getByRole('group', { name: /sleep the night before/ })
    .getByRole('radio', { name: /^7/ })
    .check()
  await card
    .getByRole('group', { name: /enjoying life that day/ })
    .getByRole('radio', { name: /^4/ })
    .check()
  await card
    .getByRole('group', { name: /usual activities that day/ })
    .getByRole('radio', { name: /^6/ })
    .check()
  await card.getByLabel('Minutes walked that day').fill('30')
  await card.getByLabel('Day note').fill('Long walk')
  await expect(card.getByText('Not saved yet.')).toBeVisible()
  await card.getByLabel('Day note').press('Control+Enter')
  await expect(card.getByText('Saved your day.')).toBeVisible()
  await expect(card.getByText('Not saved yet.')).toHaveCount(0)
  expect(await dayOf(journal, day)).toMatchObject({
    sleepQuality: 7,
    enjoymentInterference: 4,
    activityInterference: 6,
    minutesWalked: 30,
    note: 'Long walk',
  })

  // Clear everything.
  await card.getByLabel('Minutes walked that day').fill('')
  await card.getByLabel('Day note').fill('')
  await expect(card.getByText('Saved your day.')).toHaveCount(0)
  await card.getByRole('button', { name: 'Save day' }).click()
  await expect(card.getByText('Saved your day.')).toBeVisible()
  expect(await dayOf(journal, day)).toMatchObject({
    sleepQuality: 7,
    minutesWalked: null,
    note: '',
  })
  // Disabled while it saved, the button has the focus back once it is done.
  await expect(card.getByRole('button', { name: 'Save day' })).toBeFocused()

  // What shows after reopening the day.
  await page.getByRole('button', { name: 'Back to the calendar' }).click()
  await cell(page, day).click()
  await expect(card.getByLabel('Minutes walked that day')).toHaveValue('')
  await expect(card.getByLabel('Day note')).toHaveValue('')
  await expect(
    card.getByRole('group', { name: /sleep the night before/ }).getByRole('radio', { name: /^7/ }),
  ).toBeChecked()
  await expect(card.getByText('Not saved yet.')).toHaveCount(0)
})

test('Today: a doctor visit recorded for a warning sign, then removed: the notice comes back', async ({
  page,
  journal,
}) => {
  await openTodayWithAWarningSign(page, journal)
  const notice = page.getByTestId('red-flag-notice')
  await notice.getByRole('button', { name: 'I have seen a doctor about this' }).click()
  const form = notice.getByRole('form', { name: 'The doctor visit' })
  await form.getByRole('button', { name: 'Save the visit' }).click()
  const line = page.getByTestId('seen-doctor-line')
  await expect(line).toBeVisible()
  await expect(notice).toHaveCount(0)
  await expect(line).toBeFocused()
  await line.getByRole('button', { name: 'Remove this visit' }).press('Enter')
  await expect(line).toHaveCount(0)
  await expect(notice).toBeVisible()
  await expect(
    notice.getByRole('button', { name: 'I have seen a doctor about this' }),
  ).toBeVisible()
  expect(journal.running.db().prepare('SELECT COUNT(*) AS n FROM doctor_visits').get()).toEqual({
    n: 0,
  })
  // The line with the button went: the notice that is back has the focus.
  await expect(notice).toBeFocused()
  await expect(page.getByText(/Saved the visit/)).toHaveCount(0)
})

test('History: removing a warning sign from a past check-in updates the calendar and Today', async ({
  page,
  journal,
}) => {
  const day = '2026-02-27'
  await save(journal, { at: `${day}T19:30:00+00:00`, pain: 6, redFlags: ['fever'] })
  await openDay(page, journal, day)
  await expect(page.getByTestId('red-flag-notice')).toHaveCount(0) // not on History unless today
  await page.getByRole('button', { name: 'Edit the check-in at 19:30' }).click()
  const form = page.getByRole('form', { name: 'Edit the check-in at 19:30' })
  await form.getByRole('checkbox', { name: /fever/ }).uncheck()
  await form.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText('Saved your changes: pain 6 at 19:30.')).toBeVisible()
  await page.getByRole('button', { name: 'Back to the calendar' }).click()
  await expect(cell(page, day)).not.toHaveAttribute('aria-label', /Warning sign/)
  await page.locator('.nav-link[href="#today"]').click()
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Check-ins today' })).toHaveCount(0)
  await expect(page.getByTestId('red-flag-notice')).toHaveCount(0)
})

test('a warning sign ticked by mistake today and then untaken is not still announced on other screens', async ({
  page,
  journal,
}) => {
  // An older sign still waiting for a doctor (shown on Today only).
  await save(journal, { at: '2026-02-25T19:30:00+00:00', pain: 5, redFlags: ['night-pain'] })
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`))
  await journal.open('#history')
  await expect(page.getByTestId('red-flag-notice')).toHaveCount(0)
  await page.locator('.nav-link[href="#today"]').click()
  // Today's own form, ready (History's heading would already pass a bare heading check).
  const six = page.getByRole('radio', { name: /^6 —/ })
  await expect(six).toBeEnabled()
  await six.check()
  await page.getByRole('button', { name: 'Add details' }).click()
  await page.getByRole('checkbox', { name: /fever/ }).check()
  await page.getByRole('button', { name: 'Save check-in' }).click()
  await expect(page.getByText('Saved: pain 6 at 10:00.')).toBeVisible()
  await expect(page.getByTestId('red-flag-notice')).toContainText(/fever/i)
  // The person corrects it: no fever after all.
  const edit = page
    .getByRole('list', { name: 'Check-ins today' })
    .getByRole('button', { name: /^Edit the check-in/ })
  await edit.click()
  const form = page.getByRole('form', { name: /^Edit the check-in/ })
  await form.getByRole('checkbox', { name: /fever/ }).uncheck()
  await form.getByRole('button', { name: 'Save changes' }).click()
  await expect(page.getByText(/^Saved your changes: pain 6/)).toBeVisible()
  await expect(page.getByTestId('red-flag-notice')).not.toContainText(/fever/i)
  // As before the mistake: History shows no notice, nothing asks to be read.
  await page.locator('.nav-link[href="#history"]').click()
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible()
  await expect(page.getByTestId('red-flag-notice')).toHaveCount(0)
})
