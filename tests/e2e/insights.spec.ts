/**
 * Today's insights: the current episode, flags, stage guidance and the doctor-visit banners,
 * with the page clock fixed so "today" is the fixtures' last day.
 */
import type { Page } from '@playwright/test'
import { addDaysToDay } from '../../src/shared/days'
import { VISIT_PREP_CHECKLIST } from '../../src/shared/guidance'
import type { SampleJournal } from '../../src/shared/sample-data'
import {
  anOngoingEpisode,
  aYearOfCheckins,
  checkinsFromWorst,
  FIXTURE_END_DAY,
} from '../fixtures/journal'
import { axe, expect, seedJournal, test, type Journal } from './harness'

const END = FIXTURE_END_DAY

async function atDay(page: Page, day: string): Promise<void> {
  await page.clock.setFixedTime(new Date(`${day}T10:00:00`))
}

/** Light and dark screenshots of what is on screen now. */
async function shoot(page: Page, journal: Journal, name: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' })
  await journal.screenshot(`${name}-light`)
  await page.emulateMedia({ colorScheme: 'dark' })
  await journal.screenshot(`${name}-dark`)
  await page.emulateMedia({ colorScheme: 'light' })
}

function ongoing(length: number): SampleJournal {
  return anOngoingEpisode({ endDay: END, length, peak: 7 })
}

/** A 60-day episode in which heat and ibuprofen were tried. */
function sixtyDaysWithRemedies(): SampleJournal {
  const sample = ongoing(60)
  for (const c of sample.checkins.slice(-5)) {
    c.remedies.push({ key: 'heat', doseMg: null, minutes: null, relief: 1 })
  }
  for (const c of sample.checkins.slice(-3)) {
    c.remedies.push({ key: 'ibuprofen', doseMg: 400, minutes: null, relief: 2 })
  }
  return sample
}

test.describe('Insights on Today', () => {
  test('a 60-day episode asks you to see a doctor, with the checklist; "Not today" hides it until tomorrow', async ({
    page,
    journal,
  }) => {
    seedJournal(journal, sixtyDaysWithRemedies())
    await atDay(page, END)
    await journal.open()

    const banner = page.getByRole('region', { name: /Book a doctor visit for this episode/ })
    await expect(banner).toBeVisible()
    await expect(banner).toContainText('This episode has gone on for eight weeks or more (day 60)')
    // The checklist is folded so the check-in form stays near the top; one click opens it.
    const checklistToggle = banner.getByText('Prepare for your visit: a short checklist')
    await expect(banner.getByRole('heading', { name: 'Before your visit' })).toBeHidden()
    await shoot(page, journal, 'today-doctor-banner-folded')
    await checklistToggle.click()
    await expect(banner.getByRole('heading', { name: 'Before your visit' })).toBeVisible()
    await expect(banner.getByRole('list', { name: 'Before your visit' })).toContainText(
      VISIT_PREP_CHECKLIST[0]!,
    )
    const tried = banner.getByRole('list', { name: 'What you have tried in this episode' })
    await expect(tried.getByRole('listitem')).toHaveText([
      'Heat (used 5 times over 5 days): helped a little 5 times.',
      'Ibuprofen (used 3 times over 3 days, 400 mg a dose): helped a lot 3 times.',
    ])
    // The keyboard folds it and opens it again, with all it holds.
    const summary = banner.locator('summary')
    await summary.focus()
    await page.keyboard.press('Enter')
    await expect(banner.getByRole('heading', { name: 'Before your visit' })).toBeHidden()
    await expect(tried).toBeHidden()
    await page.keyboard.press('Enter')
    await expect(tried.getByRole('listitem')).toHaveCount(2)
    await expect(
      banner.getByRole('list', { name: 'Before your visit' }).getByRole('listitem'),
    ).toHaveText([...VISIT_PREP_CHECKLIST])
    const panel = page.getByTestId('insights-panel')
    await expect(panel).toContainText('Day 60 of this episode, started 1 Jan, worst 7.')
    await expect(
      panel.getByRole('heading', { name: 'Keep moving while it is checked' }),
    ).toBeVisible()
    await shoot(page, journal, 'today-doctor-banner')

    await banner.getByRole('button', { name: 'Not today' }).click()
    await expect(banner).toBeHidden()
    await expect(page.getByRole('status').filter({ hasText: 'Hidden for today' })).toBeFocused()
    expect(journal.running.db().prepare('SELECT day, kind FROM acknowledgements').all()).toEqual([
      { day: END, kind: 'banner-doctor' },
    ])
    // The panel still says where the episode stands: only the banner rests for the day.
    await expect(panel).toContainText('Day 60 of this episode')

    await journal.open()
    await expect(panel).toContainText('Day 60 of this episode')
    await expect(
      page.getByRole('region', { name: /Book a doctor visit for this episode/ }),
    ).toHaveCount(0)
    await shoot(page, journal, 'today-doctor-banner-dismissed')

    await atDay(page, addDaysToDay(END, 1))
    await journal.open()
    await expect(banner).toBeVisible()
    await expect(banner).toContainText('(day 61)')
  })

  test('the visit checklist button opens the Report screen', async ({ page, journal }) => {
    seedJournal(journal, ongoing(60))
    await atDay(page, END)
    await journal.open()
    await page.getByRole('button', { name: 'Open the Report screen' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Report/)
    await expect(page).toHaveURL(/#report$/)
  })

  test('a 45-day episode shows the calm watch banner, not the doctor one', async ({
    page,
    journal,
  }) => {
    seedJournal(journal, ongoing(45))
    await atDay(page, END)
    await journal.open()
    const banner = page.getByRole('region', { name: /A good time to book a doctor visit/ })
    await expect(banner).toBeVisible()
    await expect(banner).toContainText('six weeks or more (day 45)')
    await expect(banner).toContainText('Most episodes ease within six to eight weeks')
    await expect(page.getByText('Book a doctor visit for this episode')).toHaveCount(0)
    await expect(page.getByTestId('insights-panel')).toContainText('Day 45 of this episode')
    await shoot(page, journal, 'today-watch-banner')

    // By keyboard alone: Tab reaches "Not today", Enter dismisses.
    await banner.getByRole('button', { name: 'Open the Report screen' }).focus()
    await page.keyboard.press('Tab')
    await expect(banner.getByRole('button', { name: 'Not today' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(banner).toBeHidden()
    expect(journal.running.db().prepare('SELECT kind FROM acknowledgements').pluck().all()).toEqual(
      ['banner-watch'],
    )
  })

  test('three episodes in a year are flagged as recurring', async ({ page, journal }) => {
    const days = ['2025-04-01', '2025-08-01', '2026-02-20'].flatMap((start) =>
      [0, 1, 2, 3].map((i) => ({ day: addDaysToDay(start, i), worst: 6 })),
    )
    seedJournal(journal, { checkins: checkinsFromWorst(days), dayRecords: [] })
    await atDay(page, END)
    await journal.open()
    const panel = page.getByTestId('insights-panel')
    const recurring = panel.getByRole('region', { name: /Episodes keep coming back/ })
    await expect(recurring).toContainText('Book a visit')
    await expect(recurring).toContainText('3 episodes began in the last 12 months')
    await expect(recurring.getByRole('definition').first()).toHaveText('3')
    await expect(panel).toContainText('Day 10 of this episode, started 20 Feb, worst 6.')
    // Ten days in: no doctor banner for the length of it.
    await expect(page.getByRole('region', { name: /doctor visit/ })).toHaveCount(0)
    await shoot(page, journal, 'today-recurring')
  })

  test('a warning sign recorded yesterday is one notice at the top, at its tier, and not a flag card', async ({
    page,
    journal,
  }) => {
    const sample = ongoing(60)
    const yesterday = sample.checkins.find((c) => c.day === addDaysToDay(END, -1))!
    yesterday.redFlags = ['both-legs']
    seedJournal(journal, sample)
    await atDay(page, END)
    await journal.open()
    const notice = page.getByTestId('red-flag-notice')
    await expect(notice.getByRole('region')).toHaveAccessibleName(
      'Emergency: Go to an emergency department now',
    )
    await expect(notice).toContainText(
      'Weakness, numbness or tingling in both legs, or leg weakness that is getting worse (yesterday)',
    )
    // Recorded yesterday: on Today, not announced, nothing to acknowledge.
    await expect(notice.getByRole('alert')).toHaveCount(0)
    await expect(notice.getByRole('button', { name: 'I have read this' })).toHaveCount(0)
    await expect(page.locator('.notice')).toHaveCount(1)
    await expect(page.getByTestId('insights-panel').locator('.notice')).toHaveCount(0)
    await expect(page.getByTestId('insights-panel')).toContainText('Day 60 of this episode')
    await shoot(page, journal, 'today-red-flag')
  })

  test('the guidance changes between day 2 and day 20 of an episode', async ({ page, journal }) => {
    const start = addDaysToDay(END, -1)
    const days = Array.from({ length: 20 }, (_, i) => ({ day: addDaysToDay(start, i), worst: 5 }))
    seedJournal(journal, { checkins: checkinsFromWorst(days), dayRecords: [] })
    const guidance = page.getByRole('region', { name: /The first few days|Slowly start/ })

    await atDay(page, END)
    await journal.open()
    await expect(page.getByTestId('insights-panel')).toContainText('Day 2 of this episode')
    await expect(guidance.getByRole('heading', { level: 2 })).toHaveText('The first few days')
    await expect(guidance).toContainText('Hold off on exercise for now')
    await expect(guidance).toContainText('General information, not medical advice')
    await shoot(page, journal, 'today-guidance-day-2')

    await atDay(page, addDaysToDay(start, 19))
    await journal.open()
    await expect(page.getByTestId('insights-panel')).toContainText('Day 20 of this episode')
    await expect(guidance.getByRole('heading', { level: 2 })).toHaveText(
      'Slowly start exercising again',
    )
    await expect(guidance).toContainText("child's pose")
    await expect(guidance).not.toContainText('Hold off on exercise')
    await expect(guidance).toContainText('General information, not medical advice')
    await shoot(page, journal, 'today-guidance-day-20')
  })

  test('saving a check-in starts an episode in the panel at once', async ({ page, journal }) => {
    await atDay(page, END)
    await journal.open()
    const panel = page.getByTestId('insights-panel')
    await expect(panel).toContainText(
      'You are not in an episode of back pain right now. Nothing here needs your attention.',
    )
    await expect(page.locator('.notice')).toHaveCount(0)
    await shoot(page, journal, 'today-insights-empty')

    await page.getByRole('radio', { name: /^6 —/ }).check()
    await page.getByRole('button', { name: 'Save check-in' }).click()
    await expect(panel).toContainText('Day 1 of this episode, started 1 Mar, worst 6.')
    await expect(panel.getByRole('heading', { name: 'The first few days' })).toBeVisible()
  })

  test('a year of sample data shows what the journal says about today', async ({
    page,
    journal,
  }) => {
    seedJournal(journal, aYearOfCheckins())
    const answer = await journal.running.router.handle('insights:get', { asOf: END })
    if (!answer.ok) throw new Error(answer.error.message)
    const insights = answer.value as { episode: { dayNumber: number } | null }
    await atDay(page, END)
    await journal.open()
    const panel = page.getByTestId('insights-panel')
    await expect(panel).toContainText(
      insights.episode
        ? `Day ${insights.episode.dayNumber} of this episode`
        : 'You are not in an episode of back pain right now.',
    )
    await shoot(page, journal, 'today-insights-year')
  })

  test('a settling episode says so, with its last pain day', async ({ page, journal }) => {
    seedJournal(journal, anOngoingEpisode({ endDay: addDaysToDay(END, -9), length: 12, peak: 6 }))
    await atDay(page, END)
    await journal.open()
    const panel = page.getByTestId('insights-panel')
    await expect(panel).toContainText(
      'This episode is settling: started 9 Feb, last pain day 20 Feb, worst 6.',
    )
    await expect(panel.getByRole('heading', { name: 'Settling down' })).toBeVisible()
    await shoot(page, journal, 'today-settling')
  })

  test('the banner, flags and guidance pass an accessibility check in light and dark', async ({
    page,
    journal,
  }) => {
    const sample = sixtyDaysWithRemedies()
    // A day above the ibuprofen limit: a flag card beside the banner and the guidance.
    sample.checkins
      .find((c) => c.day === addDaysToDay(END, -1))!
      .remedies.push({ key: 'ibuprofen', doseMg: 1600, minutes: null, relief: 1 })
    seedJournal(journal, sample)
    await atDay(page, END)
    await journal.open()
    await page.getByText('Prepare for your visit: a short checklist').click()
    await expect(
      page.getByRole('region', { name: /Medicine above the usual limits/ }),
    ).toBeVisible()
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      await journal.screenshot(`today-medicine-flag-${colorScheme}`)
      const result = await axe(page).analyze()
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([])
    }
  })
})
