/** What the correcting-*.spec.ts files share: the fixtures' today, and a day opened in History. */
import type { Page } from '@playwright/test'
import type { Checkin } from '../../src/shared/domain'
import { FIXTURE_END_DAY } from '../fixtures/journal'
import { call } from '../support/portability'
import { expect, type Journal } from './harness'

export const TODAY = FIXTURE_END_DAY

/** Saves a check-in straight through the router, as if recorded earlier. */
export const saveCheckin = (journal: Journal, payload: unknown): Promise<Checkin> =>
  call<Checkin>(journal.running, 'checkins:save', payload)

/** The journal's check-ins of the days from..to, as stored. */
export const listCheckins = (journal: Journal, from: string, to = from): Promise<Checkin[]> =>
  call<Checkin[]>(journal.running, 'checkins:list', { from, to })

/** A day's button in History's calendar. */
export const dayCell = (page: Page, day: string) =>
  page.locator(`.calendar button[data-day="${day}"]`)

/** Opens History at 10:00 on the fixtures' today and then `day` (this month or the one before). */
export async function openDay(page: Page, journal: Journal, day: string): Promise<void> {
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`))
  await journal.open('#history')
  if (day.slice(0, 7) !== TODAY.slice(0, 7))
    await page.getByRole('button', { name: 'Previous month' }).click()
  await dayCell(page, day).click()
}

/** Today at 10:00, with a check-in at 08:00 that recorded a fever: its warning notice is shown. */
export async function openTodayWithAWarningSign(page: Page, journal: Journal): Promise<void> {
  await saveCheckin(journal, { at: `${TODAY}T08:00:00+00:00`, pain: 6, redFlags: ['fever'] })
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`))
  await journal.open()
  await expect(page.getByTestId('red-flag-notice')).toBeVisible()
}
