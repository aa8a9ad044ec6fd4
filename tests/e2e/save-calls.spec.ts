/**
 * What one save on Today asks of the main process (issue 16, section 2): the save, then one read
 * per thing the visible views show — today's check-ins and the insights — in one wave. The views
 * share their reads (the list and the warning-sign notice; the insights panel, the banner and the
 * notice), "same as last time" and the welcome learn from the save's own answer, and nothing
 * waits for another read to come back. Counted from the bridge's log, never timed.
 */
import type { Page } from '@playwright/test'
import { routerCalls, settledCalls, test, expect, wavesOf, type Journal } from './harness'

test.use({ recordCalls: true })

async function saveOnToday(page: Page, journal: Journal, listed: number) {
  await journal.open()
  await expect(page.getByRole('heading', { name: 'Today’s check-ins' })).toBeVisible()
  await expect(page.getByTestId('insights-panel')).toBeVisible()
  const before = await settledCalls(page)

  await page.getByRole('radio', { name: /^5 —/ }).check()
  await page.getByRole('button', { name: 'Save check-in' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Saved: pain 5' })).toBeVisible()
  await expect(
    page.getByRole('list', { name: 'Check-ins today' }).getByRole('listitem'),
  ).toHaveCount(listed)
  await settledCalls(page)
  const calls = (await routerCalls(page)).slice(before)
  // The save first; the reads after it in whatever order the views asked.
  const [save, ...reads] = calls.map((c) => c.channel)
  return { channels: [save, ...reads.sort()], waves: wavesOf(calls) }
}

test.describe('One save on Today', () => {
  test('on a new journal asks for the list and the insights once each, in one wave', async ({
    page,
    journal,
  }) => {
    const { channels, waves } = await saveOnToday(page, journal, 1)
    expect(channels).toEqual(['checkins:save', 'checkins:list', 'insights:get'])
    expect(waves).toEqual([0, 1, 1])
    // The welcome went at once: the save's answer said the journal is no longer empty.
    await expect(page.getByRole('heading', { name: 'Welcome to Pain Journal' })).toHaveCount(0)
  })

  test('on a journal with check-ins, "same as last time" comes from the save itself', async ({
    page,
    journal,
  }) => {
    // The latest check-in before today's save had a spasm.
    for (const [at, pain, spasm] of [
      ['2026-01-10T09:00:00+01:00', 3, false],
      ['2026-01-11T20:30:00+01:00', 6, true],
    ] as const) {
      const saved = await journal.running.router.handle('checkins:save', { at, pain, spasm })
      expect(saved.ok).toBe(true)
    }
    const { channels, waves } = await saveOnToday(page, journal, 1)
    expect(channels).toEqual(['checkins:save', 'checkins:list', 'insights:get'])
    expect(waves).toEqual([0, 1, 1])

    // "Last time" is now the check-in just saved (no details), not the one with the spasm.
    await page.getByRole('button', { name: 'Same as last time' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Filled in' })).toBeVisible()
    await expect(page.getByText('Spasm, where it hurts, triggers, what you tried')).toBeVisible()
    expect(await routerCalls(page)).toHaveLength(await settledCalls(page))
  })
})
