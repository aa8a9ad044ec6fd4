/**
 * What the app asks the main process as it starts (issue 16, section 4: Today ready for input).
 * Everything the first screen shows is asked at once, beside the settings, so the screen is ready
 * after one round trip; each question is asked once, under the key the views use. Counted from
 * the bridge's log, never timed.
 */
import type { Page } from '@playwright/test'
import { FIXTURE_END_DAY, aYearOfCheckins } from '../fixtures/journal'
import {
  expect,
  routerCalls,
  seedJournal,
  settledCalls,
  test,
  wavesOf,
  type Journal,
  type RouterCall,
} from './harness'

test.use({ recordCalls: true })

const said = ({ channel, input }: RouterCall) =>
  input === undefined ? channel : `${channel} ${JSON.stringify(input)}`

/** The calls since the page loaded, once it has settled: what each asked, and their waves. */
async function startCalls(page: Page) {
  await settledCalls(page)
  const calls = await routerCalls(page)
  return { asked: calls.map(said).sort(), waves: wavesOf(calls) }
}

/** Today on `day` has asked everything it shows (todayAsks), each once, all in the first wave. */
async function expectTodayInOneWave(
  page: Page,
  day: string,
  from: string,
  options: { welcome: boolean },
) {
  const { asked, waves } = await startCalls(page)
  expect(asked).toEqual(todayAsks(day, from, options))
  expect(new Set(waves)).toEqual(new Set([0]))
}

/** The app opened (on `place`) over a year of check-ins, at 10:00 on the fixtures' last day. */
async function openOnAYear(page: Page, journal: Journal, place?: string) {
  seedJournal(journal, aYearOfCheckins())
  await page.clock.setFixedTime(new Date(`${FIXTURE_END_DAY}T10:00:00`))
  await journal.open(place)
}

async function todayShown(page: Page) {
  await expect(page.getByRole('heading', { name: 'Today’s check-ins' })).toBeVisible()
  await expect(page.getByTestId('insights-panel')).toBeVisible()
}

/** Everything Today on `day` asks, the start-up answers and the warning-sign notice's included. */
function todayAsks(day: string, from: string, { welcome }: { welcome: boolean }) {
  return [
    `acknowledgements:list {"day":"${day}"}`,
    'app:info',
    'catalog:get',
    'checkins:last',
    `checkins:list {"from":"${from}","to":"${day}"}`,
    `days:get {"day":"${day}"}`,
    `insights:get {"asOf":"${day}"}`,
    ...(welcome ? ['journal:status'] : []),
    'remedies:last-doses',
    'settings:get',
  ]
}

test.describe('Starting the app', () => {
  test('on Today asks everything the screen shows at once, each once', async ({
    page,
    journal,
  }) => {
    await openOnAYear(page, journal)
    await todayShown(page)
    await expectTodayInOneWave(page, FIXTURE_END_DAY, '2026-02-16', { welcome: true })
  })

  test('starts the next time on the day-start hour and welcome it last read', async ({
    page,
    journal,
  }) => {
    seedJournal(journal, aYearOfCheckins())
    const changed = await journal.running.router.handle('settings:update', {
      dayStartHour: 6,
      welcomeDismissed: true,
    })
    expect(changed.ok).toBe(true)
    // 05:30 belongs to the day before when the day starts at 06:00.
    await page.clock.setFixedTime(new Date(`${FIXTURE_END_DAY}T05:30:00`))
    await journal.open()
    await todayShown(page)
    // The first start could only guess (04:00, the default): the screen still shows the right day.
    await expect(page.getByTestId('journal-day')).toHaveAttribute('data-day', '2026-02-28')
    await settledCalls(page)

    await journal.open()
    await todayShown(page)
    await expect(page.getByTestId('journal-day')).toHaveAttribute('data-day', '2026-02-28')
    await expectTodayInOneWave(page, '2026-02-28', '2026-02-15', { welcome: false })
  })

  test('with what the last run kept damaged, starts as on a first run', async ({
    page,
    journal,
  }) => {
    await page.addInitScript({
      content: `localStorage.setItem('pain-journal:start-hints', '{"dayStartHour":')`,
    })
    await page.clock.setFixedTime(new Date(`${FIXTURE_END_DAY}T10:00:00`))
    await journal.open()
    await todayShown(page)
    await expectTodayInOneWave(page, FIXTURE_END_DAY, '2026-02-16', { welcome: true })
  })

  test('opens in the theme the last run had, before the settings are back', async ({
    page,
    journal,
  }) => {
    const changed = await journal.running.router.handle('settings:update', { theme: 'dark' })
    expect(changed.ok).toBe(true)
    // When the page first turned dark, on each load (a state seen, never a time waited for).
    await page.addInitScript({
      content: `window.__pjDarkAt = null
      new MutationObserver(() => {
        if (window.__pjDarkAt === null && document.documentElement.dataset.theme === 'dark') {
          window.__pjDarkAt = performance.now()
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-theme'] })`,
    })
    const darkBeforeTheSettings = async () => {
      await journal.open()
      await todayShown(page)
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
      const settings = (await routerCalls(page)).find((c) => c.channel === 'settings:get')
      const darkAt = await page.evaluate<number>('window.__pjDarkAt')
      return settings?.answeredAt != null && darkAt < settings.answeredAt
    }
    // The first start cannot know: dark once the settings are read.
    expect(await darkBeforeTheSettings()).toBe(false)
    await settledCalls(page)
    // The next one draws dark from the first frame.
    expect(await darkBeforeTheSettings()).toBe(true)
  })

  test('answers in while the app’s code starts: its first drawing is the screen with them', async ({
    page,
    journal,
  }) => {
    // Each answer is held in the page once it is back, until the app's own script (the page's
    // second, app-start) runs: then they are all handed over at once, in a task of their own
    // queued as that script runs, the way answers that cross while it starts come in.
    await page.addInitScript({
      content: `(() => {
        const invoke = window.__painJournalInvoke
        let held = []
        window.__pjArrived = 0
        window.__painJournalInvoke = (channel, payload) => invoke(channel, payload).then((text) => {
          window.__pjArrived++
          return held ? new Promise((hand) => held.push(() => hand(text))) : text
        })
        window.__pjHandOver = () => {
          held.forEach((hand) => hand())
          held = null
        }
        window.__pjFirstDrawing = null
        new MutationObserver((_, observer) => {
          if (!document.getElementById('root')?.firstChild) return
          observer.disconnect()
          window.__pjFirstDrawing = {
            sidebar: document.querySelector('.nav-link') !== null,
            scale: document.querySelectorAll('input[data-pain-option]').length,
            list: document.querySelector('.today .day-checkins .checkin-list') !== null,
          }
        }).observe(document, { subtree: true, childList: true })
      })()`,
    })
    // The app's script is let through once the page's first script has asked (all at once) and
    // every answer is back in the page. (It is asked for before that script runs: index.html
    // lists it to load early.)
    await page.route(/\/assets\/app-start-[\w-]+\.js$/, async (route) => {
      await expect
        .poll(() =>
          page.evaluate(
            'window.__painJournalCalls.length > 0 && window.__pjArrived === window.__painJournalCalls.length',
          ),
        )
        .toBe(true)
      const response = await route.fetch()
      const handOver = `{ const c = new MessageChannel(); c.port1.onmessage = () => window.__pjHandOver(); c.port2.postMessage(null) }`
      const body = `${handOver}\n${await response.text()}`
      await route.fulfill({ response, body })
    })
    await openOnAYear(page, journal)
    await todayShown(page)
    expect(await page.evaluate('window.__pjFirstDrawing')).toEqual({
      sidebar: true,
      scale: 11,
      list: true,
    })
  })

  test('on another screen asks nothing for Today but the warning-sign notice', async ({
    page,
    journal,
  }) => {
    await openOnAYear(page, journal, '#history')
    await expect(page.locator('#history-month-title')).toHaveText(/March 2026/)
    const { asked } = await startCalls(page)
    expect(asked.filter((a) => !a.startsWith('history:') && !a.startsWith('episodes:'))).toEqual([
      `acknowledgements:list {"day":"${FIXTURE_END_DAY}"}`,
      'app:info',
      'catalog:get',
      `insights:get {"asOf":"${FIXTURE_END_DAY}"}`,
      'settings:get',
    ])
    expect(asked.filter((a) => a.startsWith('history:'))).toHaveLength(1)
  })

  test('History, when opened, asks its month and episodes at once, each once', async ({
    page,
    journal,
  }) => {
    await openOnAYear(page, journal)
    await todayShown(page)
    const before = await settledCalls(page)
    // When History's heading is first in the page (a state seen, never a time waited for).
    await page.evaluate(`window.__pjHistoryAt = null
      new MutationObserver((_, observer) => {
        const h1 = document.querySelector('h1')
        if (h1 && h1.textContent === 'History') {
          window.__pjHistoryAt = performance.now()
          observer.disconnect()
        }
      }).observe(document, { subtree: true, childList: true, characterData: true })`)
    await page.getByRole('link', { name: /^History/ }).click()
    await expect(page.locator('#history-month-title')).toHaveText(/March 2026/)
    await expect(page.getByRole('heading', { name: /^Episodes/ })).toBeVisible()
    await settledCalls(page)
    const calls = (await routerCalls(page)).slice(before)
    const history = calls.filter((c) => /^(history|episodes):/.test(c.channel))
    expect(history.map(said).sort()).toEqual([
      `episodes:list {"asOf":"${FIXTURE_END_DAY}"}`,
      `history:month {"month":"2026-03","asOf":"${FIXTURE_END_DAY}"}`,
    ])
    // Asked as the link was clicked, not once History had drawn: the answers cross while its
    // script loads and its first drawing is made.
    const drawnAt = await page.evaluate<number>('window.__pjHistoryAt')
    for (const call of history) expect(call.sentAt).toBeLessThan(drawnAt)
  })

  test('History opened again from itself asks for the month it shows, not this month', async ({
    page,
    journal,
  }) => {
    await openOnAYear(page, journal, '#history')
    await expect(page.locator('#history-month-title')).toHaveText(/March 2026/)
    await page.getByRole('button', { name: 'Previous month' }).click()
    await expect(page.locator('#history-month-title')).toHaveText(/February 2026/)
    const before = await settledCalls(page)
    await page.getByRole('link', { name: /^History/ }).click()
    await expect(page.locator('#history-month-title')).toHaveText(/February 2026/)
    await settledCalls(page)
    const months = (await routerCalls(page))
      .slice(before)
      .filter((c) => c.channel === 'history:month')
      .map(said)
    // Nothing for March, which is not on screen.
    expect(months.filter((m) => m.includes('"month":"2026-03"'))).toEqual([])
  })

  test('a screen opened again asks again for what it shows', async ({ page, journal }) => {
    await page.clock.setFixedTime(new Date(`${FIXTURE_END_DAY}T10:00:00`))
    await journal.open()
    await todayShown(page)
    await expect(page.getByText(/^Nothing recorded today yet\./)).toBeVisible()
    // Recorded elsewhere than on this page (the app's answers are current only while the screen
    // they were asked for stays open).
    const saved = await journal.running.router.handle('checkins:save', {
      at: `${FIXTURE_END_DAY}T09:00:00+00:00`,
      pain: 4,
    })
    expect(saved.ok).toBe(true)
    await page.getByRole('link', { name: /^History/ }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible()
    await page.getByRole('link', { name: /^Today/ }).click()
    await expect(
      page.getByRole('list', { name: 'Check-ins today' }).getByRole('listitem'),
    ).toHaveCount(1)
  })
})

/**
 * Where the pain scale stood when it first appeared, and where it stands now: the screen comes
 * whole, so nothing that arrives after it (the welcome, the two-week strip) pushes it down.
 */
async function scaleMoves(page: Page): Promise<{ first: number; now: number }> {
  return page.evaluate(`(() => {
    const top = () => document.querySelector('input[data-pain-option="0"]').getBoundingClientRect().top
    return { first: window.__pjFirstScaleTop, now: top() }
  })()`)
}

/**
 * Opens the app with the answer to `method` held back until the settings, catalog and app info
 * are in (a state, not a time): the order a slower question takes on a busy machine.
 */
async function answerAfterTheSettings(page: Page, journal: Journal, method: string) {
  await page.addInitScript({
    content: `(() => {
      const real = window.painJournal
      let release
      const held = new Promise((resolve) => (release = resolve))
      window.__pjRelease = release
      window.painJournal = Object.freeze({
        ...real,
        ${method}: (payload) => held.then(() => real.${method}(payload)),
      })
    })()`,
  })
  await page.goto(journal.url)
  const START = ['settings:get', 'catalog:get', 'app:info']
  await expect
    .poll(async () =>
      (await routerCalls(page)).filter((c) => START.includes(c.channel) && c.answeredAt !== null),
    )
    .toHaveLength(START.length)
  await page.evaluate('window.__pjRelease()')
}

test.describe('Today at start', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript({
      content: `new MutationObserver((_, observer) => {
        const scale = document.querySelector('input[data-pain-option="0"]')
        if (!scale) return
        window.__pjFirstScaleTop = scale.getBoundingClientRect().top
        observer.disconnect()
      }).observe(document, { subtree: true, childList: true })`,
    })
    await page.clock.setFixedTime(new Date(`${FIXTURE_END_DAY}T10:00:00`))
  })

  test('on a new journal waits for its welcome: the scale does not move', async ({
    page,
    journal,
  }) => {
    // The journal's status (empty: the welcome shows) comes after the settings.
    await answerAfterTheSettings(page, journal, 'getJournalStatus')
    await expect(page.getByRole('heading', { name: 'Welcome to Pain Journal' })).toBeVisible()
    await settledCalls(page)
    const { first, now } = await scaleMoves(page)
    expect(now).toBe(first)
  })

  test('with recent check-ins shows with the two weeks: the scale does not move', async ({
    page,
    journal,
  }) => {
    for (const day of ['2026-02-27', FIXTURE_END_DAY]) {
      const saved = await journal.running.router.handle('checkins:save', {
        at: `${day}T08:00:00+00:00`,
        pain: 2,
      })
      expect(saved.ok).toBe(true)
    }
    // The check-ins (the strip above the scale) come after the settings.
    await answerAfterTheSettings(page, journal, 'listCheckins')
    await expect(page.getByRole('region', { name: 'Last 14 days' })).toBeVisible()
    await settledCalls(page)
    const { first, now } = await scaleMoves(page)
    expect(now).toBe(first)
  })
})
