/**
 * What the benchmark does in a page, each step timed inside the page (see bench/app-page.ts for
 * `__benchUntil`, `__benchSettle` and `__readyAt`). Scripts go in as text: this project's Node
 * types have no DOM.
 */
import type { Browser, Page } from '@playwright/test'
import type { RunningJournal } from '../src/main/journal'
import { wavesOf, type RouterCall } from '../tests/support/app-page'
import { preparePage } from './app-page'
import { AS_OF } from './backend'

/** A page ready to open `url`: the app with the bridge to `running`, or the floor pages. */
export async function newPage(
  browser: Browser,
  running: RunningJournal | null,
): Promise<{ page: Page; url: string }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`))
  await page.clock.setFixedTime(await pageNow(running))
  const url = await preparePage(page, running)
  return { page, url }
}

/**
 * The page's clock: the fixtures' last day, and no earlier than just after the journal's latest
 * check-in, as when someone records one now (nothing in a journal lies after now). At a fixed
 * 10:00, a save on the 20 y ×5 journal came before that day's later check-ins, so it was not
 * "last time" and the form had to ask for it again: a call the app never makes.
 */
async function pageNow(running: RunningJournal | null): Promise<Date> {
  const morning = new Date(`${AS_OF}T10:00:00`)
  const last = running ? await running.router.handle('checkins:last', undefined) : null
  const latest = last?.ok && last.value ? (last.value as { at: string }).at : null
  return latest === null
    ? morning
    : new Date(Math.max(morning.getTime(), new Date(latest).getTime() + 60_000))
}

let loads = 0

/**
 * Loads `path` under `url` (Today in the app, or the bare React root) and returns the time from
 * the document's start to ready for input.
 */
export async function openReady(page: Page, url: string, path = '#today'): Promise<number> {
  // A new query string each time: the same URL with only a hash would not load the page again.
  const [file, hash] = path.startsWith('#') ? ['', path] : [path, '']
  await page.goto(`${url}${file}?load=${++loads}${hash}`)
  return page.evaluate<number>('window.__readyAt')
}

/** Waits until the page has asked for everything and drawn it, and nothing more happens. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate('window.__benchSettle(0)')
}

/**
 * In the page: clicks `selector`, for Trends then picks "All", and waits for the screen to be
 * complete and drawn. History is complete when another month's title shows with its summary
 * line (written only once its days have loaded); Trends when the period "all" is drawn
 * (data-ready): each of its ten sections with its chart (or its "nothing to show" line), the pain
 * chart's line and the calendar among them.
 */
export function clickAndWait(
  page: Page,
  selector: string,
  done: 'history' | 'trends',
): Promise<number> {
  return page.evaluate<number>(`(async () => {
    const selector = ${JSON.stringify(selector)}
    const done = ${JSON.stringify(done)}
    const monthShown = (before) => () => {
      const title = document.querySelector('#history-month-title')?.textContent ?? null
      const summary = document.querySelector('.history-month :is(.month-summary, .month-empty)')
      return title !== null && title !== before && !!summary?.textContent?.includes(title)
    }
    const ready = '.trend-sections[data-ready^="all|"]'
    const trendsDrawn = () => {
      const cards = [...document.querySelectorAll(ready + ' .trend-card')]
      return cards.length >= 10 && cards.every((c) => c.querySelector('svg, .empty')) &&
        !!document.querySelector(ready + ' .pain-chart path.pain-worst') &&
        !!document.querySelector(ready + ' .calendar-svg rect')
    }
    const before = document.querySelector('#history-month-title')?.textContent ?? null
    const start = performance.now()
    document.querySelector(selector).click()
    if (done === 'trends') {
      // The period picker comes first; "All" is picked as soon as it is there.
      const all = '.range-option input[value="all"]'
      await window.__benchUntil(() => !!document.querySelector(all))
      document.querySelector(all).click()
    }
    const end = await window.__benchUntil(done === 'history' ? monthShown(before) : trendsDrawn)
    return end - start
  })()`)
}

export interface SaveTiming {
  ms: number
  /** The router calls the save set off, in the order the page made them (the save first). */
  channels: string[]
  /** The waves of reads after the save (a read sent once another read was back is a wave on). */
  waves: number
}

/**
 * On Today, settled: picks `pain` (untimed), then clicks Save and waits until every view on the
 * screen has its new data drawn: the check-in is in today's list, every bridge call the save set
 * off (the save, then whatever the views ask again, in as many waves as they take) has its
 * answer, and every change to the page has been painted. The time runs from the click to the
 * later of the last answer and the last paint.
 */
export function saveAndWait(page: Page, pain: number): Promise<SaveTiming> {
  return page.evaluate<{ ms: number; calls: RouterCall[] }>(`(async () => {
    const listed = () => document.querySelectorAll(
      '.today .day-checkins li').length
    document.querySelector('input[data-pain-option="${pain}"]').click()
    await window.__benchAfterPaint()
    const before = listed()
    const first = window.__painJournalCalls.length
    const settled = window.__benchSettle(first, () => listed() > before)
    const start = performance.now()
    document.querySelector('form[aria-label="New check-in"] button[type="submit"]').click()
    const { end, calls } = await settled
    return { ms: end - start, calls }
  })()`).then(({ ms, calls }) => ({
    ms,
    channels: calls.map((c) => c.channel),
    waves: Math.max(0, ...wavesOf(calls)),
  }))
}

export async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize / 1024 / 1024
}

/** Moves the mouse across the pain chart; per move, the time to the next drawn frame. */
export async function hoverFrames(page: Page, selector: string): Promise<number[]> {
  const chart = page.locator(selector).first()
  await chart.scrollIntoViewIfNeeded()
  const box = (await chart.boundingBox())!
  // Per mouse move: from the event to the end of the frame that follows it.
  await page.evaluate(`(() => {
    window.__frames = []
    window.addEventListener('mousemove', () => {
      const start = performance.now()
      void window.__benchAfterPaint().then((end) => window.__frames.push(end - start))
    }, { capture: true })
  })()`)
  const y = box.y + box.height * 0.45
  const sweep = async (from: number, to: number) => {
    const steps = 100
    for (let i = 0; i <= steps; i++) await page.mouse.move(from + ((to - from) * i) / steps, y)
  }
  const left = box.x + 70
  const right = box.x + box.width - 20
  await sweep(left, right) // warm-up
  await page.evaluate('window.__frames = []')
  for (let i = 0; i < 3; i++) await sweep(i % 2 ? right : left, i % 2 ? left : right)
  await page.waitForTimeout(100)
  return page.evaluate<number[]>('window.__frames')
}
