/**
 * Today in each health state (issue 14): an emergency warning sign, a see-a-doctor-today sign,
 * six weeks, eight weeks, and after "I have seen a doctor about this". In each: one notice for
 * the state, in the one severity vocabulary, nothing beside it that contradicts it, screenshots
 * in light and dark, and axe at zero violations.
 */
import type { Locator, Page } from '@playwright/test'
import { addDaysToDay } from '../../src/shared/days'
import type { SampleJournal } from '../../src/shared/sample-data'
import { anOngoingEpisode, FIXTURE_END_DAY } from '../fixtures/journal'
import { axe, expect, seedJournal, test, type Journal } from './harness'

const END = FIXTURE_END_DAY

async function atDay(page: Page, day: string): Promise<void> {
  await page.clock.setFixedTime(new Date(`${day}T10:00:00`))
}

/** Typed by hand: the tests are compiled without the DOM library. */
type Texted = { innerText: string }

/**
 * Every health message on Today (the notice, the banner or its quiet line, the panel): no
 * sentence of them is said twice.
 */
async function expectEachSentenceOnce(page: Page): Promise<void> {
  const texts = await page
    .locator('.notice, .seen-line, [data-testid="insights-panel"]')
    .evaluateAll((els: Texted[]) => els.map((e) => e.innerText))
  const sentences = texts
    .join('\n')
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 20)
  const repeated = sentences.filter((s, i) => sentences.indexOf(s) !== i)
  expect(repeated).toEqual([])
}

/** Light and dark screenshots, and axe at zero violations in both. */
async function lookAt(page: Page, journal: Journal, name: string): Promise<void> {
  await expectEachSentenceOnce(page)
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await journal.screenshot(`${name}-${colorScheme}`)
    const result = await axe(page).analyze()
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([])
  }
  await page.emulateMedia({ colorScheme: 'light' })
}

const ongoing = (length: number): SampleJournal =>
  anOngoingEpisode({ endDay: END, length, peak: 7 })

/** Every notice on the page, whatever its severity. */
const notices = (page: Page): Locator => page.locator('.notice')
const panel = (page: Page): Locator => page.getByTestId('insights-panel')

test.describe('Today, one voice per health state', () => {
  test('an emergency sign: one notice that says go now, and no advice beside it', async ({
    page,
    journal,
  }) => {
    seedJournal(journal, ongoing(5))
    await atDay(page, END)
    await journal.open()
    await page.keyboard.press('7')
    await page.getByRole('button', { name: 'Add details' }).click()
    const emergency = page.getByRole('group', { name: /Emergency/ })
    await emergency.getByRole('checkbox', { name: /genitals, buttocks or inner thighs/ }).check()
    await page.getByRole('button', { name: 'Save check-in' }).click()

    const notice = page.getByRole('alert', { name: 'Emergency: Go to an emergency department now' })
    await expect(notice).toBeVisible()
    await expect(notice).toContainText('call your local emergency number')
    await expect(notice).toContainText(
      'Numbness or tingling around the genitals, buttocks or inner thighs (today)',
    )
    await expect(notice).not.toContainText(/wait/i)
    await expect(notices(page)).toHaveCount(1)
    // Nothing beside it calls the episode usual or gives advice on exercise.
    await expect(page.locator('main')).not.toContainText(/usual length|exercise|stretch/i)
    await expect(
      panel(page).getByRole('heading', { name: 'First, the warning sign' }),
    ).toBeVisible()
    await page.getByRole('button', { name: 'Add details' }).click()
    await lookAt(page, journal, 'today-health-emergency')
  })

  test('a see-a-doctor-today sign shows its own notice on Today only, after the day it was recorded', async ({
    page,
    journal,
  }) => {
    const sample = ongoing(12)
    sample.checkins.find((c) => c.day === addDaysToDay(END, -2))!.redFlags = ['fever']
    seedJournal(journal, sample)
    await atDay(page, END)
    await journal.open()

    const notice = page.getByRole('region', { name: 'See a doctor today: Contact a doctor today' })
    await expect(notice).toBeVisible()
    await expect(notice).toContainText('A fever, or feeling generally unwell, with the back pain')
    await expect(notice).toContainText('on 27 February')
    await expect(notice).not.toContainText(/emergency department/)
    await expect(notices(page)).toHaveCount(1)
    await expect(page.locator('main')).not.toContainText(/usual length|exercise/i)
    await lookAt(page, journal, 'today-health-see-today')

    await page.keyboard.press('Control+2')
    await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible()
    await expect(notices(page)).toHaveCount(0)
  })

  test('six weeks: one "Book a visit" banner, guidance without the doctor advice again', async ({
    page,
    journal,
  }) => {
    seedJournal(journal, ongoing(45))
    await atDay(page, END)
    await journal.open()
    const banner = page.getByRole('region', {
      name: 'Book a visit: A good time to book a doctor visit',
    })
    await expect(banner).toBeVisible()
    await expect(banner).toContainText('This episode has gone on for six weeks or more (day 45)')
    await expect(notices(page)).toHaveCount(1)
    await expect(panel(page)).toContainText('Day 45 of this episode, started 16 Jan, worst 7.')
    const guidance = panel(page).getByRole('region', { name: 'Keep moving, and build up slowly' })
    await expect(guidance).not.toContainText(/book|first six weeks|report/i)
    await expect(guidance).toContainText('When to see a doctor:')
    await lookAt(page, journal, 'today-health-six-weeks')
  })

  test('eight weeks: the banner says to book a visit, said once', async ({ page, journal }) => {
    seedJournal(journal, ongoing(60))
    await atDay(page, END)
    await journal.open()
    const banner = page.getByRole('region', {
      name: 'Book a visit: Book a doctor visit for this episode',
    })
    await expect(banner).toBeVisible()
    await expect(banner).toContainText('should be checked by a doctor')
    await expect(page.getByText(/checked by a doctor/)).toHaveCount(1)
    await expect(page.locator('main')).not.toContainText(/see a doctor about this episode/i)
    await lookAt(page, journal, 'today-health-eight-weeks')
  })

  test('after "I have seen a doctor about this", one quiet line; a new sign raises the notice again', async ({
    page,
    journal,
  }) => {
    const sample = ongoing(60)
    sample.checkins.find((c) => c.day === addDaysToDay(END, -3))!.redFlags = ['night-pain']
    seedJournal(journal, sample)
    await atDay(page, END)
    await journal.open()

    const notice = page.getByTestId('red-flag-notice')
    await expect(notice).toContainText('Constant pain at night')
    // The sign comes first: the long-episode banner waits while it shows.
    await expect(notices(page)).toHaveCount(1)
    await notice.getByRole('button', { name: 'I have seen a doctor about this' }).click()
    const form = notice.getByRole('form', { name: 'The doctor visit' })
    await form.getByLabel('Day of the visit').fill(addDaysToDay(END, -5))
    await form.getByRole('button', { name: 'Save the visit' }).click()
    await expect(form).toContainText('Choose a day from 26 Feb on')
    await form.getByLabel('Day of the visit').fill(addDaysToDay(END, -1))
    await form.getByLabel('Note (optional)').fill('GP: physio referral, come back in 4 weeks')
    await form.getByRole('button', { name: 'Save the visit' }).click()

    const line = page.getByTestId('seen-doctor-line')
    await expect(line).toContainText(
      'Seen on 28 February 2026 — see a doctor again if it gets worse or a new warning sign appears.',
    )
    await expect(line).toBeFocused()
    await expect(notices(page)).toHaveCount(0)
    expect(journal.running.db().prepare('SELECT day, note FROM doctor_visits').all()).toEqual([
      { day: addDaysToDay(END, -1), note: 'GP: physio referral, come back in 4 weeks' },
    ])
    await lookAt(page, journal, 'today-health-seen-doctor')

    // A warning sign recorded after the visit raises the notice again, at its tier.
    await page.keyboard.press('6')
    await page.getByRole('button', { name: 'Add details' }).click()
    await page.getByRole('checkbox', { name: /both legs/ }).check()
    await page.getByRole('button', { name: 'Save check-in' }).click()
    await expect(page.getByRole('alert', { name: /^Emergency:/ })).toBeVisible()
    await expect(line).toHaveCount(0)
  })
})
