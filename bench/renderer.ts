/**
 * Renderer figures: the built app in Chromium on the real router and one of the benchmark's
 * journals, with the page clock on the fixtures' last day. Every time is taken inside the page,
 * from the action to the first paint after the screen is complete (bench/page-actions.ts).
 */
import type { Browser, Page } from '@playwright/test'
import type { reportHtml, ReportOptions } from '../src/shared/report/options'
import { REPORT_SECTIONS } from '../src/shared/report/options'
import type { ReportDocument } from '../src/shared/report/options'
import { addDaysToDay } from '../src/shared/days'
import type { RunningJournal } from '../src/main/journal'
import type { OutputOf } from '../src/shared/contract'
import { AS_OF } from './backend'
import {
  clickAndWait,
  heapMB,
  hoverFrames,
  newPage,
  openReady,
  saveAndWait,
  settle,
} from './page-actions'
import { figure, median, p95, round, timeRuns, type Figure } from './stats'

const RUNS = 7
/**
 * Runs of the figures read as a ratio to a floor (Today's page load, Trends "all"), and of the
 * page loads beside them. Their floors moved by half from one run of seven to the next on this
 * 2-core machine (README, Benchmark): more runs make the medians, and so the ratios, steadier.
 */
const RATIO_RUNS = 21
const HISTORY_PAGES = 120
/**
 * What the save figure's call count is held to: the save, then one read per thing the visible
 * views show (the insights panel, the banner and the warning-sign notice share the insights).
 */
const VISIBLE_READS = ['list', 'insights']
/** Calls sent at once to time the harness's bridge alone. */
const BRIDGE_CALLS = 8

/**
 * The floors of Today ready for input, each timed from the document's start to its one button
 * drawn: the app's own bundle loaded the way the app's page loads it, its React root showing one
 * button (bench/floor/app-root: the floor), and React alone showing one button
 * (bench/floor/root.html).
 */
const APP_ROOT_FLOOR = 'app/app-root.html'
const REACT_ALONE_FLOOR = 'root.html'

/** How many times each channel was called, in the order first called: `a, b ×2`. */
function tally(channels: readonly string[]): string {
  const counts = new Map<string, number>()
  for (const c of channels) counts.set(c, (counts.get(c) ?? 0) + 1)
  return [...counts].map(([c, n]) => (n > 1 ? `${c} ×${n}` : c)).join(', ')
}

/** `running` and `html` come from the built backend (bench/backend.ts), as the app runs them. */
export async function rendererFigures(
  browser: Browser,
  running: RunningJournal,
  html: typeof reportHtml,
): Promise<Figure[]> {
  const { page, url } = await newPage(browser, running)
  // The floors are opened beside each start of the app, in turn with it: a machine that slows
  // down or speeds up during the run moves both sides of the ratio alike.
  const floors = await newPage(browser, null)
  const appRootFloor: number[] = []
  const reactAloneFloor: number[] = []
  // Each run starts the app again: Today's page load, History from Today, and the first visit
  // to Trends (its script loaded and its code run for the first time: 90 days, then "All").
  const today: number[] = []
  const history: number[] = []
  const firstTrends: number[] = []
  for (let i = 0; i < RATIO_RUNS + 1; i++) {
    const floor = await openReady(floors.page, floors.url, APP_ROOT_FLOOR)
    const bare = await openReady(floors.page, floors.url, REACT_ALONE_FLOOR)
    const t = await openReady(page, url)
    const h = await clickAndWait(page, 'a[href="#history"]', 'history')
    const r = await clickAndWait(page, 'a[href="#trends"]', 'trends')
    // The app's page finishes what it was doing before the floors are timed again: work left
    // over from Trends would slow the floors and flatter the ratio.
    await settle(page)
    if (i === 0) continue // warm-up
    appRootFloor.push(floor)
    reactAloneFloor.push(bare)
    today.push(t)
    history.push(h)
    firstTrends.push(r)
  }
  // The floor of Trends "all": a bare recharts line chart of as many points as the pain chart.
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
  // Then, in the app as it runs, going back to Trends from History: it shows "All" again. Each
  // time in turn with the bare chart, so both sides of the ratio meet the machine alike.
  const trends: number[] = []
  const floor: number[] = []
  for (let i = 0; i < RATIO_RUNS + 1; i++) {
    const t = await floorPage.evaluate<number>(`(async () => {
      const start = performance.now()
      window.__renderFloor(${points})
      const end = await window.__benchUntil(
        () => !!document.querySelector('.recharts-surface path.recharts-line-curve'))
      return end - start
    })()`)
    await clickAndWait(page, 'a[href="#history"]', 'history')
    const r = await clickAndWait(page, 'a[href="#trends"]', 'trends')
    await settle(page)
    if (i === 0) continue // warm-up
    trends.push(r)
    floor.push(t)
  }

  // Saving a check-in on Today, settled after its load: from the click to every view updated.
  await openReady(page, url)
  await settle(page)
  const saves: number[] = []
  const callsPerSave: number[] = []
  const wavesPerSave: number[] = []
  let channels: string[] = []
  for (let i = 0; i < RUNS + 1; i++) {
    const saved = await saveAndWait(page, (3 * i + 4) % 11)
    if (i === 0) continue // warm-up
    saves.push(saved.ms)
    callsPerSave.push(saved.channels.length)
    wavesPerSave.push(saved.waves)
    channels = saved.channels
  }

  // What the harness's bridge itself costs: Playwright carries each call through the browser's
  // debugging protocol, one at a time, where Electron's IPC takes a fraction of a millisecond.
  const bridge: number[] = []
  for (let i = 0; i < RUNS + 1; i++) {
    const t = await page.evaluate<number>(`(async () => {
      const start = performance.now()
      await Promise.all(Array.from({ length: ${BRIDGE_CALLS} }, () => window.painJournal.getAppInfo()))
      return performance.now() - start
    })()`)
    if (i > 0) bridge.push(t)
  }

  // Paging back through the years, month by month.
  await clickAndWait(page, 'a[href="#history"]', 'history')
  for (let i = 0; i < 3; i++) await clickAndWait(page, '.history-month .button-row button', 'history')
  await openReady(page, url)
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
  const frames = await hoverFrames(page, '.trend-sections .pain-chart svg.chart-svg')

  // Frames come on the browser's own beat: the same sweep over the bare chart, which does
  // nothing on hover, shows what that beat alone costs.
  const floorFrames = await hoverFrames(floorPage, '.recharts-wrapper')
  await floorPage.context().close()
  await floors.page.context().close()

  const pdf = await reportPdfTimes(page, running, html)
  await page.context().close()

  const fewest = Math.min(...callsPerSave)
  const most = Math.max(...callsPerSave)
  return [
    figure('Today ready for input (page load)', 'ms', today, {
      budget: 300,
      floor: appRootFloor,
      ratioBudget: 1.5,
      note: `floor: the app's bundle, its React root with one button (bench/floor/app-root), ${round(median(appRootFloor))} ms`,
    }),
    figure('Same, to a bare React root alone (no app code)', 'ms', today, {
      floor: reactAloneFloor,
      note: `floor: React alone rendering one button (bench/floor/root.html), ${round(median(reactAloneFloor))} ms`,
    }),
    figure('History showing a month (from Today)', 'ms', history, { budget: 150 }),
    figure(`History paging back ${HISTORY_PAGES} months, per view`, 'ms', pages, {
      budget: 150,
      withP95: true,
    }),
    figure('Trends "all" fully drawn (from History)', 'ms', trends, {
      budget: 500,
      floor,
      ratioBudget: 2.5,
      note: `floor: a bare recharts line chart of ${points} points`,
    }),
    figure('Trends, first visit after start: 90 days, then "All" drawn', 'ms', firstTrends, {
      budget: 250,
      note: 'includes loading the Trends script and running its code the first time',
    }),
    figure('Save → every visible view updated (Today: list, insights, banner)', 'ms', saves, {
      budget: 50,
    }),
    figure('Router calls one save causes (the save, then every read)', 'calls', callsPerSave, {
      budget: 1 + VISIBLE_READS.length,
      note:
        `goal: the save, then one read per thing on view (${VISIBLE_READS.join(', ')}); ` +
        `last save: ${tally(channels)}` +
        (fewest === most ? '' : `; ${fewest} to ${most} calls per save`),
    }),
    figure('Waves of reads after one save (a read waiting for another)', 'waves', wavesPerSave, {
      budget: 1,
      note: 'goal: every read set off at once, as soon as the save is answered',
    }),
    figure(`Harness bridge alone: ${BRIDGE_CALLS} calls at once that do no work`, 'ms', bridge, {
      note: 'info: part of every renderer figure here that waits for answers, not of the app',
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
