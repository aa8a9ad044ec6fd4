import type { Page } from '@playwright/test'
import { test, expect, type Journal } from './harness'

async function call<T = unknown>(journal: Journal, channel: string, payload?: unknown): Promise<T> {
  const result = await journal.running.router.handle(channel, payload)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as T
}

const urgent = (page: Page) =>
  page.getByRole('alert', { name: 'Emergency: Go to an emergency department now' })

test.describe('Warning signs', () => {
  test('recording one shows the urgent notice on top until acknowledged for the day', async ({
    page,
    journal,
  }) => {
    await page.clock.setFixedTime(new Date('2026-03-01T10:00:00'))
    await journal.open()
    await expect(urgent(page)).toHaveCount(0)

    await page.keyboard.press('7')
    await page.getByRole('button', { name: 'Add details' }).click()
    const signs = page.getByRole('group', { name: 'Warning signs' })
    await signs.getByRole('checkbox', { name: /genitals, buttocks or inner thighs/ }).check()
    await signs.getByRole('checkbox', { name: /both legs/ }).check()
    await page.getByRole('button', { name: 'Save check-in' }).click()

    await expect(urgent(page)).toBeVisible()
    await expect(urgent(page)).toContainText('The warning signs you recorded:')
    await expect(urgent(page)).toContainText('emergency number')
    await expect(urgent(page)).toContainText(
      'Numbness or tingling around the genitals, buttocks or inner thighs (today)',
    )
    await expect(urgent(page)).toContainText('Weakness, numbness or tingling in both legs')
    // Above everything: before the page heading, and in view.
    const box = await urgent(page).boundingBox()
    const heading = await page.getByRole('heading', { level: 1 }).boundingBox()
    expect(box!.y).toBeLessThan(heading!.y)
    await expect(urgent(page)).toBeInViewport()
    await journal.screenshot('capture-red-flag-after-save')

    // It follows to other screens too, until it is read.
    await page.keyboard.press('Control+2')
    await expect(urgent(page)).toBeVisible()
    await page.keyboard.press('Control+1')

    await journal.open()
    await expect(urgent(page)).toBeVisible()
    await urgent(page).getByRole('button', { name: 'I have read this' }).click()
    await expect(urgent(page)).toHaveCount(0)
    expect(await call(journal, 'acknowledgements:list', { day: '2026-03-01' })).toEqual([
      'red-flags',
    ])
    // Read, it stays on Today, calmer (not announced), until a doctor visit answers it…
    const notice = page.getByTestId('red-flag-notice')
    await expect(notice).toContainText('Go to an emergency department now')
    await expect(notice.getByRole('button', { name: 'I have read this' })).toHaveCount(0)
    // …and leaves the other screens.
    await page.keyboard.press('Control+2')
    await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible()
    await expect(notice).toHaveCount(0)
    await page.keyboard.press('Control+1')

    await journal.open()
    await expect(page.getByRole('list', { name: 'Check-ins today' })).toContainText(
      'Warning sign: Numbness or tingling around the genitals',
    )
    await expect(urgent(page)).toHaveCount(0)

    // Another warning sign the same day brings it back at once, announced.
    await page.keyboard.press('6')
    await page.getByRole('button', { name: 'Add details' }).click()
    await page.getByRole('checkbox', { name: /A fever, or feeling generally unwell/ }).check()
    await page.keyboard.press('Control+Enter')
    await expect(urgent(page)).toBeVisible()
    await expect(urgent(page)).toContainText(
      'A fever, or feeling generally unwell, with the back pain',
    )
  })

  test('a warning sign recorded yesterday is not announced, and stays off the other screens', async ({
    page,
    journal,
  }) => {
    await call(journal, 'checkins:save', {
      at: '2026-02-28T18:00:00+00:00',
      pain: 6,
      redFlags: ['fever'],
    })
    await page.clock.setFixedTime(new Date('2026-03-01T10:00:00'))
    await journal.open()
    await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible()
    await expect(
      page.getByRole('region', { name: 'See a doctor today: Contact a doctor today' }),
    ).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(0)
    await page.keyboard.press('Control+3')
    await expect(page.getByTestId('red-flag-notice')).toHaveCount(0)
  })
})

test.describe('Validation', () => {
  test('a dose that is not a number is refused beside the field, and nothing is saved', async ({
    page,
    journal,
  }) => {
    await journal.open()
    await page.keyboard.press('5')
    await page.getByRole('button', { name: 'Add details' }).click()
    await page.getByRole('button', { name: 'Ibuprofen' }).click()
    await page.getByLabel('Dose of Ibuprofen (mg)').fill('four hundred')
    await page.getByRole('button', { name: 'Save check-in' }).click()

    await expect(page.getByRole('alert')).toContainText('Not saved.')
    const dose = page.getByLabel('Dose of Ibuprofen (mg)')
    await expect(dose).toHaveAttribute('aria-invalid', 'true')
    await expect(dose).toHaveAccessibleDescription(/Write the dose in mg as a number above 0/)
    await expect(dose).toBeFocused()
    expect(await call(journal, 'checkins:list', { from: '1900-01-01', to: '2999-12-31' })).toEqual(
      [],
    )

    await page.getByLabel('Dose of Ibuprofen (mg)').fill('200')
    await page.getByRole('button', { name: 'Save check-in' }).click()
    await expect(page.getByRole('status')).toHaveText(/Saved: pain 5/)
  })

  test('saving without a score asks for one', async ({ page, journal }) => {
    await journal.open()
    await page.getByLabel('Note (optional)').fill('Kept while the score is missing.')
    await page.getByRole('button', { name: 'Save check-in' }).click()
    await expect(page.getByRole('alert')).toContainText('Choose a pain score from 0 to 10 first.')
    await expect(page.getByLabel('Note (optional)')).toHaveValue('Kept while the score is missing.')
  })

  test('the journal’s own refusal shows next to the field it names', async ({ page, journal }) => {
    await journal.open()
    const added = await call<{ id: number }>(journal, 'catalog:add-trigger', { name: 'Moving day' })
    await journal.open()
    // The trigger vanishes behind the screen's back (as if removed in another window).
    journal.running.db().prepare('DELETE FROM triggers WHERE id = ?').run(added.id)

    await page.keyboard.press('6')
    await page.getByRole('button', { name: 'Add details' }).click()
    await page.getByRole('button', { name: 'Moving day' }).click()
    await page.getByRole('button', { name: 'Save check-in' }).click()
    await expect(page.getByRole('alert')).toContainText(`Unknown trigger: ${added.id}`)
    await expect(page.getByRole('group', { name: 'What might have set it off?' })).toContainText(
      `Unknown trigger: ${added.id}`,
    )
    expect(await call(journal, 'checkins:list', { from: '1900-01-01', to: '2999-12-31' })).toEqual(
      [],
    )
  })

  test('the day record saves, survives a reload and refuses bad minutes', async ({
    page,
    journal,
  }) => {
    await page.clock.setFixedTime(new Date('2026-03-01T21:00:00'))
    await journal.open()
    const sleep = page.getByRole('group', { name: 'How well did you sleep last night?' })
    await sleep.getByRole('radio', { name: '3', exact: true }).check()
    const enjoy = page.getByRole('group', { name: /getting in the way of enjoying|enjoying life/ })
    await enjoy.getByRole('radio', { name: '6', exact: true }).focus()
    // Digits on a focused day scale choose there, not the pain score.
    await page.keyboard.press('1')
    await page.keyboard.press('0')
    await expect(enjoy.getByRole('radio', { name: '10', exact: true })).toBeChecked()
    await expect(page.getByRole('radio', { name: /^1 —/ })).not.toBeChecked()
    const usual = page.getByRole('group', { name: /usual activities/ })
    await usual.getByRole('radio', { name: '4', exact: true }).check()
    await page.getByLabel('Minutes walked today').fill('lots')
    await page.getByLabel('Day note').fill('Short walk after lunch.')
    await page.getByRole('button', { name: 'Save day' }).click()
    await expect(page.getByText('Write the minutes walked as a whole number')).toBeVisible()
    expect(await call(journal, 'days:get', { day: '2026-03-01' })).toBeNull()

    await page.getByLabel('Minutes walked today').fill('25')
    await page.getByRole('button', { name: 'Save day' }).click()
    await expect(page.getByText('Saved your day.')).toBeVisible()
    const expected = {
      day: '2026-03-01',
      sleepQuality: 3,
      enjoymentInterference: 10,
      activityInterference: 4,
      minutesWalked: 25,
      note: 'Short walk after lunch.',
    }
    expect(await call(journal, 'days:get', { day: '2026-03-01' })).toEqual(expected)

    await journal.open()
    await expect(sleep.getByRole('radio', { name: '3', exact: true })).toBeChecked()
    await expect(page.getByLabel('Minutes walked today')).toHaveValue('25')
    await expect(page.getByLabel('Day note')).toHaveValue('Short walk after lunch.')
  })

  test('an unsaved check-in survives a visit to another screen', async ({ page, journal }) => {
    await journal.open()
    await page.keyboard.press('8')
    await page.getByLabel('Note (optional)').fill('Half-written')
    await page.getByRole('button', { name: 'Add details' }).click()
    await page.getByRole('button', { name: 'Heat' }).click()
    await page.keyboard.press('Control+2')
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Today')
    await page.keyboard.press('Control+1')
    await expect(page.getByRole('radio', { name: /^8 —/ })).toBeChecked()
    await expect(page.getByLabel('Note (optional)')).toHaveValue('Half-written')
    await expect(page.getByRole('button', { name: 'Heat' })).toHaveAttribute('aria-pressed', 'true')
  })
})
