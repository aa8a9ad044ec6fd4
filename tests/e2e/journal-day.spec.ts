/**
 * One "today" for the whole app (issue 16): Today, its banner and the warning-sign notice above
 * every screen ask about the same journal day, and move to the next one together when the
 * day-start hour (04:00 here) passes with the app open. The page clock is jumped over the
 * boundary; what follows is waited for as states, never as time.
 */
import { FIXTURE_END_DAY, aYearOfCheckins } from '../fixtures/journal'
import { expect, routerCalls, seedJournal, settledCalls, test } from './harness'

test.use({ recordCalls: true })

const DAY_BEFORE = '2026-02-28'

/** The days asked about since `from` (an index into the calls), per question. */
async function daysAsked(page: Parameters<typeof routerCalls>[0], from: number) {
  const calls = (await routerCalls(page)).slice(from)
  const days = (channel: string, key: string) =>
    new Set(
      calls
        .filter((c) => c.channel === channel)
        .map((c) => (c.input as Record<string, string>)[key]),
    )
  return {
    insights: [...days('insights:get', 'asOf')],
    acknowledgements: [...days('acknowledgements:list', 'day')],
  }
}

test('Today and the warning-sign notice move to the next day together at the day-start hour', async ({
  page,
  journal,
}) => {
  seedJournal(journal, aYearOfCheckins())
  // Timers under the page clock: the jump below fires the one set for the boundary.
  await page.clock.install({ time: new Date(`${FIXTURE_END_DAY}T03:58:00`) })
  await journal.open()
  const shown = page.getByTestId('journal-day')
  await expect(shown).toHaveAttribute('data-day', DAY_BEFORE)
  await expect(page.getByTestId('insights-panel')).toBeVisible()
  const before = await settledCalls(page)
  expect(await daysAsked(page, 0)).toEqual({
    insights: [DAY_BEFORE],
    acknowledgements: [DAY_BEFORE],
  })

  await page.clock.fastForward('05:00')

  await expect(shown).toHaveAttribute('data-day', FIXTURE_END_DAY)
  await expect(page.getByRole('heading', { name: 'Today’s check-ins' })).toBeVisible()
  await settledCalls(page)
  // Both asked again, and about the same new day: the banner's and the notice's insights are one
  // question, and the notice's acknowledgements are for that day too.
  expect(await daysAsked(page, before)).toEqual({
    insights: [FIXTURE_END_DAY],
    acknowledgements: [FIXTURE_END_DAY],
  })
})

test('Trends left open overnight moves its last 90 days on with the journal day', async ({
  page,
  journal,
}) => {
  seedJournal(journal, aYearOfCheckins())
  await page.clock.install({ time: new Date(`${FIXTURE_END_DAY}T03:58:00`) })
  await journal.open('#trends')
  const drawn = page.locator('.trend-sections[data-ready]')
  await expect(drawn).toHaveAttribute('data-ready', `2025-12-01|${DAY_BEFORE}`)

  await page.clock.fastForward('05:00')

  await expect(drawn).toHaveAttribute('data-ready', `2025-12-02|${FIXTURE_END_DAY}`)
})
