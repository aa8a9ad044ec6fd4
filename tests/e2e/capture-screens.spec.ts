/** Screenshots of Today for review: light and dark, 1280×800 and 1024×700. */
import type { Page } from '@playwright/test'
import { aYearOfCheckins, FIXTURE_END_DAY } from '../fixtures/journal'
import { test, expect, reviewShot, seedJournal, type Journal } from './harness'

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
] as const
const THEMES = ['light', 'dark'] as const

async function setUp(page: Page, journal: Journal, theme: string, width: number, height: number) {
  await page.setViewportSize({ width, height })
  await page.emulateMedia({ colorScheme: theme as 'light' | 'dark' })
  await page.clock.setFixedTime(new Date(`${FIXTURE_END_DAY}T18:40:00`))
  await journal.open()
}

async function todayCheckins(journal: Journal) {
  const save = (payload: unknown) => journal.running.router.handle('checkins:save', payload)
  const day = FIXTURE_END_DAY
  // A realistic day on top of the year: morning stiffness, a bad afternoon, an easier evening.
  await save({
    at: `${day}T07:10:00+00:00`,
    pain: 5,
    spasm: false,
    context: 'waking',
    regions: ['lower-back-centre', 'lower-back-right'],
    triggerIds: [3],
    remedies: [{ remedyId: 4, doseMg: null, minutes: null, relief: 1 }],
    note: '',
  })
  await save({
    at: `${day}T14:25:00+00:00`,
    pain: 8,
    spasm: true,
    context: 'activity',
    regions: ['lower-back-right', 'buttock-leg-right'],
    triggerIds: [4, 5],
    remedies: [
      { remedyId: 13, doseMg: 400, minutes: null, relief: 1 },
      { remedyId: 7, doseMg: null, minutes: 5, relief: 2 },
    ],
    note: 'Lifted the laundry basket with a twist and felt it grab right away. Had to sit down on the stairs for a few minutes before I could move again.',
  })
  await save({ at: `${day}T18:30:00+00:00`, pain: 4, note: 'Easier after a short walk.' })
}

for (const theme of THEMES) {
  for (const { width, height } of SIZES) {
    const size = `${width}x${height}`
    test(`Today screens, ${theme}, ${size}`, async ({ page, journal }) => {
      await setUp(page, journal, theme, width, height)
      await expect(page.getByText('Nothing recorded today yet.')).toBeVisible()
      await journal.screenshot(`today-empty-${theme}-${size}`)

      seedJournal(journal, aYearOfCheckins())
      await todayCheckins(journal)
      await journal.open()
      await expect(
        page.getByRole('list', { name: 'Check-ins today' }).getByRole('listitem'),
      ).not.toHaveCount(0)
      await journal.screenshot(`today-filled-${theme}-${size}`)

      await page.keyboard.press('6')
      await page.getByRole('button', { name: 'Add details' }).click()
      await page.getByRole('radio', { name: 'Yes, a spasm' }).check()
      await page.getByRole('radio', { name: 'During activity' }).check()
      await page.getByRole('checkbox', { name: 'Lower back, right' }).check()
      await page.getByRole('checkbox', { name: 'Buttock or leg, right' }).check()
      await page.getByRole('button', { name: 'Heavy lifting' }).click()
      await page.getByRole('button', { name: 'Ibuprofen' }).click()
      await page.getByRole('button', { name: 'Stretching' }).click()
      await page.getByRole('button', { name: 'Add your own…' }).click()
      await page.getByLabel('New trigger').fill('Carrying the shopping up three flights')
      await journal.screenshot(`today-full-checkin-${theme}-${size}`)
      // What is in view while filling it in: Save stays on screen.
      await page.getByRole('button', { name: 'Ibuprofen' }).scrollIntoViewIfNeeded()
      await expect(page.getByRole('button', { name: 'Save check-in' })).toBeInViewport()
      await reviewShot(page, `today-full-checkin-viewport-${theme}-${size}`)

      await page.getByRole('checkbox', { name: /bladder or bowel/ }).check()
      await page.getByRole('button', { name: 'Save check-in' }).click()
      const notice = page.getByRole('alert', { name: /Go to an emergency department now/ })
      await expect(notice).toBeVisible()
      await reviewShot(page, `today-red-flag-${theme}-${size}`)
    })
  }
}
