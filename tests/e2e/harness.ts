/**
 * The e2e harness (DESIGN.md section 7): the built renderer in real Chromium, with
 * `window.painJournal` injected by the same `createBridge` the preload uses and backed by the
 * real main-process router on a real SQLite file in a temp data folder per test.
 */
import AxeBuilder from '@axe-core/playwright'
import { execFileSync } from 'node:child_process'
import { test as base, expect, type Locator, type Page } from '@playwright/test'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startJournal, type RunningJournal } from '../../src/main/journal'
import type { Platform } from '../../src/main/platform'
import { loadJournal } from '../../src/main/db/repositories/journal-loader'
import type { SampleJournal } from '../../src/shared/sample-data'
import { createCommandQueue, type CommandQueue } from '../../src/main/command-queue'
import { injectBridge, sendAppCommand, serveDir, type RouterCall } from '../support/app-page'

export { wavesOf, type RouterCall } from '../support/app-page'
import { NO_CHROMIUM_MESSAGE, findChromium } from '../support/chromium'

const RENDERER_DIR = resolve(__dirname, '../../out/renderer')
export const SCREENSHOT_DIR = resolve(__dirname, '../../test-results/screenshots')

/** What the tests' Platform did, so a test can check a dialog was asked for. */
export interface TestPlatform extends Platform {
  savedFiles: string[]
  /** Links the app asked the browser to open. */
  openedLinks: string[]
  /** The next answer to a save or open dialog (null = the person cancelled). */
  nextPath: string | null
}

function testPlatform(page: () => Page, dir: string): TestPlatform {
  const platform: TestPlatform = {
    savedFiles: [],
    openedLinks: [],
    nextPath: null,
    async chooseSavePath({ defaultName }) {
      const path = platform.nextPath ?? join(dir, defaultName)
      platform.savedFiles.push(path)
      return path
    },
    async chooseOpenPath() {
      return platform.nextPath
    },
    async printToPdf(html, { pageSize }) {
      const pdfPage = await page().context().newPage()
      try {
        await pdfPage.setContent(html, { waitUntil: 'load' })
        return new Uint8Array(await pdfPage.pdf({ format: pageSize, printBackground: true }))
      } finally {
        await pdfPage.close()
      }
    },
    async openPath() {},
    async openExternal(url) {
      platform.openedLinks.push(url)
    },
  }
  return platform
}

export interface Journal {
  dataDir: string
  running: RunningJournal
  platform: TestPlatform
  /** Every Content Security Policy violation the page reported (any fails the test). */
  cspViolations: string[]
  /** Where the built renderer is served. */
  url: string
  /**
   * Menu, tray and notification commands as the main process sends them: held until the page
   * says it listens (src/main/command-queue.ts), again after each page load.
   */
  commands: CommandQueue
  /** Loads the app (again): a reload is how "restarting" looks to the renderer. */
  open(path?: string): Promise<void>
  screenshot(name: string): Promise<string>
}

interface Fixtures {
  journal: Journal
  /**
   * Runs on the empty data folder before the journal starts (e.g. to lay a damaged file). An
   * object, because Playwright takes a bare function in `test.use` for a fixture.
   */
  prepareDataDir: { run: (dataDir: string) => Promise<void> } | null
  /**
   * Logs every call the page makes to the main process as it crosses the bridge, in
   * `window.__painJournalCalls` (the benchmark's log; `routerCalls` reads it).
   */
  recordCalls: boolean
}

export const test = base.extend<Fixtures>({
  prepareDataDir: [null, { option: true }],
  recordCalls: [false, { option: true }],
  journal: async ({ page, prepareDataDir, recordCalls }, use, testInfo) => {
    if (!findChromium()) throw new Error(NO_CHROMIUM_MESSAGE)
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
      throw new Error('out/renderer is missing: run "npm run build" before the e2e tests.')
    }
    const dataDir = mkdtempSync(join(tmpdir(), 'pj-e2e-'))
    const platform = testPlatform(() => page, join(dataDir, 'exports'))
    mkdirSync(join(dataDir, 'exports'), { recursive: true })
    if (prepareDataDir) await prepareDataDir.run(dataDir)
    const running = await startJournal({ dataDir, version: 'e2e', platform })
    // The app shows its window while today's backup is taken; a test waits for it, so what it
    // lists never depends on when the backup finished.
    await running.afterStart

    const appUrl = await serveDir(RENDERER_DIR)
    // A command delivered as the test closes its page has nowhere to go, as in the app.
    const commands = createCommandQueue(
      (command) => void sendAppCommand(page, command).catch(() => {}),
    )
    await injectBridge(page, running.router, () => commands.ready(), { recordCalls })
    // As Electron's did-navigate: a new page must say again that it listens.
    page.on('request', (request) => {
      if (request.isNavigationRequest() && request.frame() === page.mainFrame()) commands.reset()
    })
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    // A violation is reported even when the page catches what was refused (a probe for eval):
    // none may happen, since the app must work under its policy as it is.
    const cspViolations: string[] = []
    await page.exposeFunction('__pjCspViolation', (text: string) => {
      cspViolations.push(text)
      errors.push(`CSP violation: ${text}`)
    })
    await page.addInitScript({
      content: `document.addEventListener('securitypolicyviolation', (e) => {
        const where = e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber
        window.__pjCspViolation(e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + where)
      })`,
    })
    page.on('console', (msg) => {
      // Playwright injects the init script above into every frame; a frame sandboxed without
      // scripts on purpose (the report preview) refuses it. That refusal is the harness's, not
      // the app's.
      const harnessOnly = msg.text().startsWith("Blocked script execution in 'about:srcdoc'")
      if (msg.type() === 'error' && !harnessOnly) errors.push(msg.text())
    })

    const journal: Journal = {
      dataDir,
      running,
      platform,
      cspViolations,
      url: appUrl,
      commands,
      async open(path = '') {
        await page.goto(`${appUrl}${path}`)
        // Screens change in a transition: the one being left stays up until the new one is
        // ready, so wait for the sidebar to mark the screen asked for, then for its heading.
        const screen = /^#(\w+)/.exec(path)?.[1] ?? 'today'
        await expect(page.locator(`.nav-link[href="#${screen}"]`)).toHaveAttribute(
          'aria-current',
          'page',
        )
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      },
      async screenshot(name) {
        return reviewShot(page, name, { fullPage: true })
      },
    }
    await use(journal)

    // The page first: a call still on its way must not reach a journal already closed.
    await page.close()
    running.close()
    rmSync(dataDir, { recursive: true, force: true })
    if (testInfo.status === testInfo.expectedStatus) {
      expect(errors, 'the page logged no errors').toEqual([])
    }
  },
})

export { expect }

/**
 * A screenshot of the page (or one part of it) once it has stopped changing: nothing in it still
 * loading (a "Loading…" line, or a part marked busy), no call to the main process waiting for its
 * answer, and no change to the page for a few frames in a row (STILL). A screen draws some parts
 * a frame or more after its heading (Today's lower half, Trends' sections, Settings' rows), and
 * a screenshot taken at once could catch it half-drawn. It used to take screenshots until two in
 * a row were alike; each whole-page capture of a long screen costs most of a second, and waiting
 * in the page for stillness tells the same thing for the price of one.
 */
export async function settledShot(
  target: Page | Locator,
  options: { fullPage?: boolean } = {},
): Promise<Buffer> {
  const page = 'goto' in target ? target : target.page()
  const scope = 'goto' in target ? target.locator('body') : target
  await expect(scope.getByText(LOADING)).toHaveCount(0)
  await expect(scope.locator('[aria-busy="true"]')).toHaveCount(0)
  await page.evaluate(STILL)
  return 'goto' in target
    ? target.screenshot({ animations: 'disabled', fullPage: options.fullPage ?? false })
    : target.screenshot({ animations: 'disabled' })
}

/**
 * In the page: resolves once three frames in a row, and at least 100 ms, have passed with no
 * change to the document and no call to the main process waiting for its answer (the bridge's
 * count, tests/support/app-page.ts). A part React draws in a later frame, or after an answer,
 * changes the document and starts the count again. (Text: this project's Node types have no
 * DOM.)
 */
const STILL = `new Promise((resolve) => {
  let frames = 0
  let since = performance.now()
  const restart = () => { frames = 0; since = performance.now() }
  const observer = new MutationObserver(restart)
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true })
  const frame = () => requestAnimationFrame(() => {
    if ((window.__painJournalPending ?? 0) > 0) restart()
    else if (++frames >= 3 && performance.now() - since >= 100) {
      observer.disconnect()
      return resolve()
    }
    frame()
  })
  frame()
})`

/**
 * A screenshot for review, settled (settledShot), in test-results/screenshots/<name>.png; its
 * path is returned.
 */
export async function reviewShot(
  target: Page | Locator,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<string> {
  roomFor(SCREENSHOT_ROOM_MS)
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const file = join(SCREENSHOT_DIR, `${name}.png`)
  writeFileSync(file, await settledShot(target, options))
  return file
}

/** Writes text next to the screenshots (handy for reviewing a run). */
export function writeArtifact(name: string, text: string): void {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  writeFileSync(join(SCREENSHOT_DIR, name), text)
}

/** Renders a PDF's pages next to the screenshots as `<name>-1.png`, `<name>-2.png`… to look at. */
export function pdfPages(pdf: string, name: string): void {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  execFileSync('pdftoppm', ['-png', '-r', '80', pdf, join(SCREENSHOT_DIR, name)])
}

/** The pain of every stored check-in, in the order they were saved. */
export function storedPains(journal: Journal): number[] {
  return journal.running
    .db()
    .prepare('SELECT pain FROM checkins ORDER BY id')
    .pluck()
    .all() as number[]
}

/**
 * No test may depend on the machine's speed (issue 13, point 9). Every wait is for a state, but
 * the test's own time limit caps the sum of its steps, and some steps are heavy in proportion to
 * the work they do — a journal of years to write and analyse, an axe scan of a whole screen, a
 * full-page screenshot — which a busy machine (2 cores shared with CI's other work) slows
 * several times over. Such steps give the running test room for themselves as they start, so
 * the limit follows the work a test does rather than the speed of the machine it runs on.
 */
export function roomFor(ms: number): void {
  const info = test.info()
  if (info.timeout > 0) info.setTimeout(info.timeout + ms)
}

const SCREENSHOT_ROOM_MS = 5_000
/** What the app says while it waits for an answer: "Loading…", "Loading your day…". */
const LOADING = /^Loading( your [a-z]+)?…$/
const AXE_ROOM_MS = 30_000
/** Per 500 check-ins seeded: writing them, then every screen analysing them. */
const SEED_ROOM_MS = 10_000

/** Fills the test's journal with a generated one (fixtures in tests/fixtures/journal.ts). */
export function seedJournal(journal: Journal, sample: SampleJournal): void {
  roomFor(SEED_ROOM_MS * Math.ceil(sample.checkins.length / 500))
  loadJournal(journal.running.db(), sample, new Date().toISOString())
}

/**
 * An axe scan of the page (configure it, then `analyze()`), given the room it needs. It runs in
 * the page itself (legacy mode, axe.run): by default @axe-core/playwright opens a second, blank
 * page for every scan to gather the frames' results, which doubled the time of each one (about
 * 1.3 s against 0.6 s for a Settings section). Legacy mode scans frames less surely (a probe with
 * a frame of the same origin was missed once in a busy run). The app has one frame, the report
 * preview, which runs no scripts, so axe cannot run inside it in either mode (a11y.spec.ts scans
 * the Report screen without frames). A screen that gains a frame of its own needs the default
 * mode for its scan.
 */
export function axe(page: Page): AxeBuilder {
  roomFor(AXE_ROOM_MS)
  return new AxeBuilder({ page }).setLegacyMode(true)
}

export { sendAppCommand } from '../support/app-page'

/** Every call logged since the page loaded, in the order the page made them (`recordCalls`). */
export function routerCalls(page: Page): Promise<RouterCall[]> {
  return page.evaluate<RouterCall[]>('window.__painJournalCalls ?? []')
}

/**
 * Waits until every call the page has made is answered and React has run what followed (any
 * call that sets off is logged too); returns how many calls the page has made (`recordCalls`).
 */
export async function settledCalls(page: Page): Promise<number> {
  await expect
    .poll(async () => (await routerCalls(page)).every((c) => c.answeredAt !== null))
    .toBe(true)
  // Effects set off by the last answers run by the next frame; any call they make is logged.
  await page.evaluate(
    'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done))))',
  )
  const calls = await routerCalls(page)
  expect(calls.every((c) => c.answeredAt !== null)).toBe(true)
  return calls.length
}
