import { format } from 'date-fns'
import type { Page } from '@playwright/test'
import { detectEpisodes } from '../../src/shared/episodes'
import type { SampleCheckin } from '../../src/shared/sample-data'
import { aYearOfCheckins, FIXTURE_END_DAY, tenYears } from '../fixtures/journal'
import { axe, expect, seedJournal, test, type Journal } from './harness'

const sample = aYearOfCheckins()
const byDay = new Map<string, SampleCheckin[]>()
for (const c of sample.checkins) byDay.set(c.day, [...(byDay.get(c.day) ?? []), c])
const worstOf = (day: string) => Math.max(...byDay.get(day)!.map((c) => c.pain))
const episodes = detectEpisodes(
  [...byDay.keys()].map((day) => ({ day, worst: worstOf(day) })),
  FIXTURE_END_DAY,
)

/** The fixture's today: 1 March 2026, 10:00 local time. */
async function openHistory(page: Page, journal: Journal, withData = true) {
  if (withData) seedJournal(journal, sample)
  await page.clock.setFixedTime(new Date(`${FIXTURE_END_DAY}T10:00:00`))
  await journal.open('#history')
  await expect(page.getByRole('heading', { name: 'March 2026' })).toBeVisible()
}

const cell = (page: Page, day: string) => page.locator(`.calendar button[data-day="${day}"]`)
/** The calendar cell around a day's button: it also holds the score and marks. */
const box = (page: Page, day: string) => page.locator(`.calendar td:has(button[data-day="${day}"])`)
const grid = (page: Page) => page.getByRole('grid', { name: /\d{4}$/ })

async function call<T>(journal: Journal, channel: string, payload?: unknown): Promise<T> {
  const result = await journal.running.router.handle(channel, payload)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as T
}

test.describe('History', () => {
  test('the calendar shows each day’s worst pain, marks and episode days', async ({
    page,
    journal,
  }) => {
    await openHistory(page, journal)
    await page.getByRole('button', { name: 'Previous month' }).click()
    await expect(page.getByRole('heading', { name: 'February 2026' })).toBeVisible()

    for (let d = 1; d <= 28; d++) {
      const day = `2026-02-${String(d).padStart(2, '0')}`
      if (byDay.has(day)) {
        await expect(cell(page, day)).toHaveAttribute(
          'aria-label',
          new RegExp(`Worst pain ${worstOf(day)} of 10`),
        )
        await expect(box(page, day).locator('.calendar-pain')).toHaveText(String(worstOf(day)))
      } else {
        await expect(cell(page, day)).toHaveAttribute('aria-label', /Nothing recorded\./)
        await expect(box(page, day).locator('.calendar-pain')).toHaveCount(0)
      }
      const spasm = (byDay.get(day) ?? []).some((c) => c.spasm === true)
      await expect(box(page, day).locator('.mark-spasm')).toHaveCount(spasm ? 1 : 0)
    }

    // The last episode of the fixture: its peak day shows the peak, and its days are marked.
    const last = episodes.at(-1)!
    const peakDay = [...byDay.keys()].find(
      (day) => day >= last.start && day <= last.end && worstOf(day) === last.peak,
    )!
    await grid(page).focus()
    await cell(page, '2026-02-01').focus()
    while (!(await cell(page, peakDay).isVisible())) await page.keyboard.press('PageUp')
    await expect(cell(page, peakDay)).toHaveAttribute(
      'aria-label',
      new RegExp(`Worst pain ${last.peak} of 10, severe.*Part of an episode\\.`),
    )
    await expect(box(page, peakDay).locator('.calendar-pain')).toHaveText(String(last.peak))
    await expect(box(page, last.start)).toHaveClass(/in-episode/)
    const before = `${last.start.slice(0, 8)}01`
    if (before < last.start) {
      await expect(box(page, before)).not.toHaveClass(/in-episode/)
    }
  })

  test('moves between days and months by keyboard, with one tab stop', async ({
    page,
    journal,
  }) => {
    await openHistory(page, journal)
    await expect(grid(page).locator('button[tabindex="0"]')).toHaveCount(1)
    await expect(cell(page, '2026-03-01')).toHaveAttribute('tabindex', '0')
    await expect(cell(page, '2026-03-01')).toHaveAttribute('aria-current', 'date')

    await cell(page, '2026-03-01').focus()
    await page.keyboard.press('ArrowLeft')
    await expect(page.getByRole('heading', { name: 'February 2026' })).toBeVisible()
    await expect(cell(page, '2026-02-28')).toBeFocused()
    await page.keyboard.press('ArrowUp')
    await expect(cell(page, '2026-02-21')).toBeFocused()
    await page.keyboard.press('Home')
    await expect(cell(page, '2026-02-16')).toBeFocused() // Monday
    await page.keyboard.press('End')
    await expect(cell(page, '2026-02-22')).toBeFocused() // Sunday
    await page.keyboard.press('PageUp')
    await expect(page.getByRole('heading', { name: 'January 2026' })).toBeVisible()
    await expect(cell(page, '2026-01-22')).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await expect(cell(page, '2026-01-29')).toBeFocused()
    await page.keyboard.press('PageDown')
    await expect(cell(page, '2026-02-28')).toBeFocused() // 29 February does not exist
    await expect(grid(page).locator('button[tabindex="0"]')).toHaveCount(1)
    // Nothing after the current month.
    await page.keyboard.press('PageDown')
    await page.keyboard.press('PageDown')
    await expect(page.getByRole('heading', { name: 'March 2026' })).toBeVisible()

    await page.getByRole('button', { name: 'Previous month' }).click()
    await page.getByRole('button', { name: 'Previous month' }).click()
    await expect(page.getByRole('heading', { name: 'January 2026' })).toBeVisible()
    await page.getByRole('button', { name: 'This month' }).click()
    await expect(page.getByRole('heading', { name: 'March 2026' })).toBeVisible()

    // Enter opens the day; Escape comes back to the same day in the calendar.
    await cell(page, '2026-03-01').focus()
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { name: 'Saturday 28 February 2026' })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(cell(page, '2026-02-28')).toBeFocused()
  })

  test('edits, deletes and undoes a check-in on a day last month', async ({ page, journal }) => {
    // A February day with two check-ins, one of them with a remedy.
    const day = [...byDay.keys()].find(
      (d) =>
        d.startsWith('2026-02') &&
        byDay.get(d)!.length >= 2 &&
        byDay.get(d)!.some((c) => c.remedies.length > 0),
    )!
    await openHistory(page, journal)
    await page.getByRole('button', { name: 'Previous month' }).click()
    await cell(page, day).click()
    const list = page.getByRole('list', { name: /^Check-ins on / })
    await expect(list.locator(':scope > li')).toHaveCount(byDay.get(day)!.length)

    type Stored = { id: number; at: string; pain: number; note: string; remedies: unknown[] }
    const stored = () => call<Stored[]>(journal, 'checkins:list', { from: day, to: day })
    const original = (await stored()).find((c) => c.remedies.length > 0)!
    const time = original.at.slice(11, 16)
    await expect(list).toContainText(/Tried/)

    // Edit: pain, time and note change; everything else stays as it was.
    await page.getByRole('button', { name: `Edit the check-in at ${time}` }).click()
    const form = page.getByRole('form', { name: `Edit the check-in at ${time}` })
    await form.getByLabel('Time', { exact: true }).fill('20:45')
    await form.getByRole('radio', { name: /^6 —/ }).check()
    await form.getByLabel('Note (optional)').fill('Edited from History.')
    await form.getByRole('button', { name: 'Save changes' }).click()
    await expect(page.getByText('Saved your changes: pain 6 at 20:45.')).toBeVisible()
    const edited = (await stored()).find((c) => c.id === original.id)!
    expect(edited).toEqual({
      ...original,
      at: expect.stringMatching(new RegExp(`^${day}T20:45:00[+-]\\d\\d:\\d\\d$`)),
      pain: 6,
      note: 'Edited from History.',
    })
    await expect(list.locator(`[data-checkin-id="${original.id}"]`)).toContainText('20:45')

    // Delete: gone from the database at once; Undo brings it back whole.
    await page.getByRole('button', { name: 'Delete the check-in at 20:45' }).click()
    await expect(page.getByText('Deleted the check-in at 20:45 (pain 6).')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused()
    expect((await stored()).map((c) => c.id)).not.toContain(original.id)
    await expect(list.locator(`[data-checkin-id="${original.id}"]`)).toHaveCount(0)
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect(page.getByText('Brought back the check-in at 20:45.')).toBeVisible()
    expect((await stored()).find((c) => c.id === original.id)).toEqual(edited)
    await expect(list.locator(`[data-checkin-id="${original.id}"]`)).toBeVisible()

    // Add one at night: 01:30 after the day still counts for it.
    await page.getByRole('button', { name: 'Add a check-in' }).click()
    const add = page.getByRole('form', { name: 'New check-in for this day' })
    await add.getByLabel('Time', { exact: true }).fill('01:30')
    await add.getByRole('radio', { name: /^9 —/ }).check()
    // Escape from outside the open form does not leave the day and drop it.
    await page.getByRole('button', { name: 'Day before' }).focus()
    await page.keyboard.press('Escape')
    await expect(add.getByRole('radio', { name: /^9 —/ })).toBeChecked()
    await add.getByRole('button', { name: 'Save check-in' }).click()
    await expect(page.getByText('Saved: pain 9 at 01:30.')).toBeVisible()
    const night = (await stored()).find((c) => c.pain === 9)!
    expect(night.at.slice(0, 16)).toBe(`${addDay(day)}T01:30`)
    await expect(list.locator(':scope > li')).toHaveCount(byDay.get(day)!.length + 1)

    await page.getByRole('button', { name: 'Back to the calendar' }).click()
    await expect(cell(page, day)).toHaveAttribute('aria-label', /Worst pain 9 of 10/)
  })

  test('refuses a check-in for later today than now, saying why', async ({ page, journal }) => {
    await openHistory(page, journal)
    await cell(page, FIXTURE_END_DAY).click()
    const before = await call<unknown[]>(journal, 'checkins:list', {
      from: FIXTURE_END_DAY,
      to: FIXTURE_END_DAY,
    })
    await page.getByRole('button', { name: 'Add a check-in' }).click()
    const add = page.getByRole('form', { name: 'New check-in for this day' })
    await add.getByLabel('Time', { exact: true }).fill('23:30')
    await add.getByRole('radio', { name: /^6 —/ }).check()
    await add.getByRole('button', { name: 'Save check-in' }).click()
    await expect(add.getByRole('alert')).toContainText('is later than now')
    expect(
      await call<unknown[]>(journal, 'checkins:list', {
        from: FIXTURE_END_DAY,
        to: FIXTURE_END_DAY,
      }),
    ).toHaveLength(before.length)
  })

  test('edits the day record', async ({ page, journal }) => {
    await openHistory(page, journal)
    await page.getByRole('button', { name: 'Previous month' }).click()
    await cell(page, '2026-02-04').click()
    await expect(page.getByText('No check-ins on this day.')).toBeVisible()
    // The same form as on Today, asked about that day.
    const scale = (name: string | RegExp, value: string) =>
      page.getByRole('group', { name }).getByRole('radio', { name: value, exact: true }).check()
    await scale('How well did you sleep the night before?', '3')
    await scale('How much did pain get in the way of enjoying life that day?', '5')
    await scale('How much did pain get in the way of your usual activities that day?', '6')
    await page.getByLabel('Minutes walked that day').fill('25')
    await page.getByLabel('Day note').fill('Rainy; stayed in.')
    // Escape inside a form keeps the day open and what was typed.
    await page.keyboard.press('Escape')
    await expect(page.getByLabel('Day note')).toHaveValue('Rainy; stayed in.')
    await page.getByRole('button', { name: 'Save day' }).click()
    await expect(page.getByText('Saved your day.')).toBeVisible()
    expect(await call(journal, 'days:get', { day: '2026-02-04' })).toEqual({
      day: '2026-02-04',
      sleepQuality: 3,
      enjoymentInterference: 5,
      activityInterference: 6,
      minutesWalked: 25,
      note: 'Rainy; stayed in.',
    })

    await page.getByLabel('Minutes walked that day').fill('-4')
    await page.getByRole('button', { name: 'Save day' }).click()
    await expect(page.getByText('Write the minutes walked as a whole number')).toBeVisible()
    await expect(page.getByRole('alert')).toContainText('Your day was not saved')
    expect(await call(journal, 'days:get', { day: '2026-02-04' })).toMatchObject({
      minutesWalked: 25,
    })
  })

  test('shows archived triggers and remedies by their names', async ({ page, journal }) => {
    const day = [...byDay.keys()].find((d) =>
      byDay.get(d)!.some((c) => c.triggerKeys.length > 0 && c.remedies.length > 0),
    )!
    const used = byDay.get(day)!.find((c) => c.triggerKeys.length > 0 && c.remedies.length > 0)!
    seedJournal(journal, sample)
    const db = journal.running.db()
    db.prepare('UPDATE triggers SET archived = 1 WHERE key = ?').run(used.triggerKeys[0])
    db.prepare('UPDATE remedies SET archived = 1 WHERE key = ?').run(used.remedies[0]!.key)
    const name = (table: string, key: string) =>
      db.prepare(`SELECT name FROM ${table} WHERE key = ?`).pluck().get(key) as string
    await openHistory(page, journal, false)
    while (!(await cell(page, day).isVisible())) {
      await page.getByRole('button', { name: 'Previous month' }).click()
    }
    await cell(page, day).click()
    const item = page.locator(`[data-checkin-id]`).filter({ hasText: used.at.slice(11, 16) })
    await expect(item).toContainText(name('triggers', used.triggerKeys[0]!))
    await expect(item).toContainText(name('remedies', used.remedies[0]!.key))
  })

  test('pages through a ten-year journal one month at a time', async ({ page, journal }) => {
    const decade = tenYears()
    seedJournal(journal, decade)
    const worst = new Map<string, number>()
    for (const c of decade.checkins) worst.set(c.day, Math.max(worst.get(c.day) ?? 0, c.pain))
    await openHistory(page, journal, false)
    await cell(page, '2026-03-01').focus()
    for (let i = 0; i < 7; i++) await page.keyboard.press('Shift+PageUp')
    await expect(page.getByRole('heading', { name: 'March 2019' })).toBeVisible()
    const day = [...worst.keys()].find((d) => d.startsWith('2019-03'))!
    await expect(box(page, day).locator('.calendar-pain')).toHaveText(String(worst.get(day)))
  })

  test('lists the episodes of the fixture, newest first', async ({ page, journal }) => {
    await openHistory(page, journal)
    const rows = page.locator('.episode-table tbody tr')
    await expect(rows).toHaveCount(episodes.length)
    const newestFirst = [...episodes].reverse()
    for (const [i, e] of newestFirst.entries()) {
      await expect(rows.nth(i)).toHaveAttribute('data-episode-start', e.start)
      await expect(rows.nth(i)).toContainText(`${e.durationDays} day`)
      await expect(rows.nth(i).getByLabel(`Peak pain ${e.peak} of 10, `)).toBeVisible()
      if (e.status === 'ongoing') await expect(rows.nth(i)).toContainText('– ongoing')
      else await expect(rows.nth(i)).not.toContainText('– ongoing')
    }
    await page
      .getByRole('button', { name: /Show the episode from/ })
      .first()
      .click()
    await expect(cell(page, newestFirst[0]!.start)).toBeFocused()
  })
})

test('History and its day view pass an accessibility scan', async ({ page, journal }) => {
  await openHistory(page, journal)
  await page.getByRole('button', { name: 'Previous month' }).click()
  const scan = async () => {
    const { violations } = await axe(page).analyze()
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([])
  }
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme })
    await scan()
  }
  await cell(page, '2026-02-19').click()
  await page.getByRole('button', { name: 'Add a check-in' }).click()
  await scan()
})

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
] as const

test.describe('History screenshots', () => {
  async function shoot(page: Page, journal: Journal, name: string) {
    for (const size of SIZES) {
      await page.setViewportSize(size)
      for (const theme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: theme })
        await journal.screenshot(`history-${name}-${theme}-${size.width}`)
      }
    }
  }

  test('a year of data with a warning sign, and a day', async ({ page, journal }) => {
    seedJournal(journal, sample)
    // The busiest day in the first month of the last episode that has ended.
    const ended = episodes.filter((e) => e.status === 'ended').at(-1)!
    const day = [...byDay.keys()]
      .filter(
        (d) => d >= ended.start && d <= ended.end && d.slice(0, 7) === ended.start.slice(0, 7),
      )
      .sort((a, b) => byDay.get(b)!.length - byDay.get(a)!.length)[0]!
    const noon = (d: string) => new Date(`${d}T12:00:00`)
    await call(journal, 'checkins:save', {
      at: `${day}T23:10:00+00:00`,
      pain: 8,
      spasm: true,
      regions: ['lower-back-centre', 'buttock-leg-left'],
      context: 'lying',
      redFlags: ['night-pain', 'leg-weakness'],
      note: 'Could not find a position to sleep in; the left leg felt weak on the stairs.',
    })
    await openHistory(page, journal, false)
    await page
      .getByRole('button', {
        name: `Show the episode from ${format(noon(ended.start), 'd MMM yyyy')} in the calendar`,
      })
      .click()
    await expect(
      page.getByRole('heading', { name: format(noon(ended.start), 'MMMM yyyy') }),
    ).toBeVisible()
    await expect(box(page, day).locator('.mark-red-flag')).toHaveCount(1)
    await expect(cell(page, day)).toHaveAttribute('aria-label', /Worst pain 8 of 10.*Warning sign/)
    await shoot(page, journal, 'year')

    await cell(page, day).click()
    const checkins = page.getByRole('list', { name: /^Check-ins on / })
    // Each warning sign with its tier, in the one severity vocabulary.
    await expect(checkins).toContainText(
      'See a doctor today Constant pain at night that does not ease on changing position',
    )
    await expect(checkins).toContainText('Emergency New or worsening weakness or numbness in a leg')
    await shoot(page, journal, 'day')

    await page.getByRole('button', { name: 'Add a check-in' }).click()
    await shoot(page, journal, 'day-adding')
  })

  test('an empty journal', async ({ page, journal }) => {
    await openHistory(page, journal, false)
    await expect(page.getByText('No episodes yet.')).toBeVisible()
    await shoot(page, journal, 'empty')
  })
})

function addDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}
