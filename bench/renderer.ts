/**
 * Renderer figures (4, 5, 6): the built app in Chromium on the real router and the ten-year
 * journal, with the page clock on the fixture's last day. Every time is taken inside the page,
 * from the action to the first paint after the screen is complete (see `__benchUntil`).
 */
import type { Browser, Page } from '@playwright/test'
import type { reportHtml, ReportOptions } from '../src/shared/report/options'
import { REPORT_SECTIONS } from '../src/shared/report/options'
import type { ReportDocument } from '../src/shared/report/options'
import { addDaysToDay } from '../src/shared/days'
import type { RunningJournal } from '../src/main/journal'
import type { OutputOf } from '../src/shared/contract'
import { preparePage } from './app-page'
import { AS_OF } from './backend'
import { figure, p95, round, timeRuns, type Figure } from './stats'

const RUNS = 7
const HISTORY_PAGES = 120

/** A page ready to open `url`: the app with the bridge to `running`, or the floor page. */
async function newPage(
  browser: Browser,
  running: RunningJournal | null,
): Promise<{ page: Page; url: string }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`))
  await page.clock.setFixedTime(new Date(`${AS_OF}T10:00:00`))
  const url = await preparePage(page, running)
  return { page, url }
}

let loads = 0

/** Loads Today and returns the time from the document's start to Today ready for input. */
async function openToday(page: Page, url: string): Promise<number> {
  // A new query string each time: the same URL with only a hash would not load the page again.
  await page.goto(`${url}?load=${++loads}#today`)
  return page.evaluate<number>('window.__todayReadyAt')
}

/**
 * In the page (as text: this project's Node types have no DOM): clicks `selector`, for Trends
 * then picks "All", and waits for the screen to be complete and drawn. History is complete when
 * another month's title shows with its summary line (written only once its days have loaded);
 * Trends when the period "all" is drawn (data-ready): each of its ten sections with its chart
 * (or its "nothing to show" line), the pain chart's line and the calendar among them.
 */
function clickAndWait(page: Page, selector: string, done: 'history' | 'trends'): Promise<number> {
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
        !!document.querySelector(ready + ' .recharts-surface path.recharts-line-curve') &&
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

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize / 1024 / 1024
}

/** Moves the mouse across the pain chart; per move, the time to the next drawn frame. */
async function hoverFrames(page: Page, selector: string): Promise<number[]> {
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

/** `running` and `html` come from the built backend (bench/backend.ts), as the app runs them. */
export async function rendererFigures(
  browser: Browser,
  running: RunningJournal,
  html: typeof reportHtml,
): Promise<Figure[]> {
  const { page, url } = await newPage(browser, running)
  // Each run starts the app again: Today's page load, History from Today, and the first visit
  // to Trends (its script loaded and its code run for the first time: 90 days, then "All").
  const today: number[] = []
  const history: number[] = []
  const firstTrends: number[] = []
  for (let i = 0; i < RUNS + 1; i++) {
    const t = await openToday(page, url)
    const h = await clickAndWait(page, 'a[href="#history"]', 'history')
    const r = await clickAndWait(page, 'a[href="#trends"]', 'trends')
    if (i === 0) continue // warm-up
    today.push(t)
    history.push(h)
    firstTrends.push(r)
  }
  // Then, in the app as it runs, going back to Trends from History: it shows "All" again.
  const trends: number[] = []
  for (let i = 0; i < RUNS + 1; i++) {
    await clickAndWait(page, 'a[href="#history"]', 'history')
    const r = await clickAndWait(page, 'a[href="#trends"]', 'trends')
    if (i > 0) trends.push(r)
  }

  // Paging back through ten years, month by month.
  await clickAndWait(page, 'a[href="#history"]', 'history')
  for (let i = 0; i < 3; i++) await clickAndWait(page, '.history-month .button-row button', 'history')
  await openToday(page, url)
  await clickAndWait(page, 'a[href="#history"]', 'history')
  const pages: number[] = []
  for (let i = 0; i < HISTORY_PAGES; i++) {
    pages.push(await clickAndWait(page, '.history-month .button-row button', 'history'))
  }

  // Every screen once, then the heap.
  await clickAndWait(page, 'a[href="#trends"]', 'trends')
  for (const screen of ['report', 'settings']) {
    await page.locator(`a[href="#${screen}"]`).click()
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.waitForTimeout(500)
  }
  const heap = await heapMB(page)

  // Hover over the pain chart of the whole ten years.
  await clickAndWait(page, 'a[href="#trends"]', 'trends')
  const frames = await hoverFrames(page, '.trend-sections .recharts-wrapper')

  // The floor: a bare recharts line chart of as many points as the pain chart has.
  const trendsResult = await running.router.handle('trends:get', {
    from: null,
    to: AS_OF,
    asOf: AS_OF,
  })
  if (!trendsResult.ok) throw new Error(trendsResult.error.message)
  const points = (trendsResult.value as OutputOf<'trends:get'>).pain.length
  const floorApp = await newPage(browser, null)
  const floorPage = floorApp.page
  await floorPage.goto(floorApp.url)
  const floor: number[] = []
  for (let i = 0; i < RUNS + 1; i++) {
    const t = await floorPage.evaluate<number>(`(async () => {
      const start = performance.now()
      window.__renderFloor(${points})
      const end = await window.__benchUntil(
        () => !!document.querySelector('.recharts-surface path.recharts-line-curve'))
      return end - start
    })()`)
    if (i > 0) floor.push(t)
  }
  // Frames come on the browser's own beat: the same sweep over the bare chart, which does
  // nothing on hover, shows what that beat alone costs.
  const floorFrames = await hoverFrames(floorPage, '.recharts-wrapper')
  await floorPage.context().close()

  const pdf = await reportPdfTimes(page, running, html)
  await page.context().close()

  return [
    figure('Today ready for input (page load)', 'ms', today, { budget: 300 }),
    figure('History showing a month (from Today)', 'ms', history, { budget: 150 }),
    figure(`History paging back ${HISTORY_PAGES} months, per view`, 'ms', pages, {
      budget: 150,
      withP95: true,
    }),
    figure('Trends "all" fully drawn (from History)', 'ms', trends, {
      budget: 500,
      floor,
      note: `floor: a bare recharts line chart of ${points} points`,
    }),
    figure('Trends, first visit after start: 90 days, then "All" drawn', 'ms', firstTrends, {
      note: 'info: includes loading the Trends script and running its code the first time',
    }),
    figure('Renderer JS heap after every screen', 'MB', [heap], { note: 'info, no budget' }),
    figure('Hover across the pain chart: frame time', 'ms', frames, {
      budget: 16,
      budgetOn: 'p95',
      floor: floorFrames,
      note: `floor: the same sweep over the bare recharts chart (no tooltip), p95 ${round(p95(floorFrames))} ms`,
    }),
    figure('Report PDF, one year (preview HTML + page.pdf)', 'ms', pdf, { budget: 2000 }),
  ]
}

/** The report for the last year, as the app prints it: the preview's HTML through page.pdf(). */
async function reportPdfTimes(
  page: Page,
  running: RunningJournal,
  html: typeof reportHtml,
): Promise<number[]> {
  const options: ReportOptions = {
    from: addDaysToDay(AS_OF, -364),
    to: AS_OF,
    patientName: 'Benchmark',
    dateOfBirth: null,
    sections: Object.fromEntries(REPORT_SECTIONS.map((s) => [s, true])) as ReportOptions['sections'],
  }
  return timeRuns(
    async () => {
      const preview = await running.router.handle('report:preview', options)
      if (!preview.ok) throw new Error(preview.error.message)
      const pdfPage = await page.context().newPage()
      try {
        await pdfPage.setContent(html(preview.value as ReportDocument), { waitUntil: 'load' })
        const pdf = await pdfPage.pdf({ format: 'A4', printBackground: true })
        if (pdf.length < 1000) throw new Error('The report PDF came out empty.')
      } finally {
        await pdfPage.close()
      }
    },
    5,
    1,
  )
}
