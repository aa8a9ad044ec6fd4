/**
 * The app in Chromium for the benchmark, the way tests/e2e/harness.ts does it: the built renderer
 * served over loopback HTTP, and `window.painJournal` made by the preload's `createBridge`,
 * backed by the real router of a running journal. The floor page is served the same way.
 */
import type { Page } from '@playwright/test'
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { injectBridge, serveDir } from '../tests/support/app-page'
import type { RunningJournal } from '../src/main/journal'

const RENDERER_DIR = resolve(__dirname, '../out/renderer')
const FLOOR_DIR = resolve(__dirname, '../out/bench-floor')

function serve(dir: string): Promise<string> {
  if (!existsSync(resolve(dir, 'index.html'))) {
    throw new Error(`${dir} is missing: run "npm run bench", which builds it first.`)
  }
  return serveDir(dir)
}

/**
 * Installed before any page script (as text: it runs in the page, and this project's Node types
 * have no DOM). `__benchUntil(done)` resolves with the time of the first paint after `done()`
 * turns true. It checks on every DOM change (not once a frame, which would round every figure up
 * to a frame), then waits for the frame to be drawn: a task posted from a requestAnimationFrame
 * callback runs after that frame's style, layout and paint. A page opened directly is watched
 * from the document's first moment, and `__readyAt` is its time to ready for input: Today once
 * the pain radios are enabled and today's list has loaded, a floor page (bench/floor root.html,
 * app/app-root.html) once its one button is there. (Page loads are timed from the document's
 * start, not the navigation's: Playwright's fixed clock keeps performance.now() running across
 * navigations.)
 *
 * `__benchSettle(firstCall, done)` (the app, with its bridge calls recorded) watches what an
 * action sets off: it resolves once `done()` holds, every bridge call from `firstCall` on has
 * its answer, every DOM change has been drawn and nothing more has happened for half a second;
 * with `end`, the later of the last answer and the first paint after the last DOM change, and
 * the calls made (channel, sent, answered). Call it just before the action: it watches from that moment.
 */
const benchInit = `(() => {
  const documentStart = performance.now()
  const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve(performance.now())
    channel.port2.postMessage(null)
  }))
  const CHANGES = { subtree: true, childList: true, attributes: true, characterData: true }
  window.__benchAfterPaint = afterPaint
  window.__benchUntil = (done, timeoutMs = 30000) => new Promise((resolve, reject) => {
    const check = () => { try { return done() } catch { return false } }
    if (check()) return void afterPaint().then(resolve)
    const finish = (ok) => {
      observer.disconnect()
      clearInterval(poll)
      clearTimeout(timer)
      if (ok) void afterPaint().then(resolve)
      else reject(new Error('timed out waiting for the page'))
    }
    const observer = new MutationObserver(() => { if (check()) finish(true) })
    observer.observe(document, CHANGES)
    // Belt and braces for changes no mutation reports.
    const poll = setInterval(() => { if (check()) finish(true) }, 50)
    const timer = setTimeout(() => finish(false), timeoutMs)
  })
  window.__benchSettle = (firstCall, done = () => true, quietMs = 500, timeoutMs = 30000) =>
    new Promise((resolve, reject) => {
      const calls = window.__painJournalCalls ?? []
      let lastPaint = 0
      let drawing = 0
      let lastChange = performance.now()
      const observer = new MutationObserver(() => {
        lastChange = performance.now()
        drawing++
        void afterPaint().then((at) => {
          lastPaint = Math.max(lastPaint, at)
          drawing--
        })
      })
      observer.observe(document, CHANGES)
      const finish = () => {
        observer.disconnect()
        clearInterval(poll)
        clearTimeout(timer)
      }
      const poll = setInterval(() => {
        const mine = calls.slice(firstCall)
        if (drawing > 0 || mine.some((c) => c.answeredAt === null)) return
        try { if (!done()) return } catch { return }
        const lastAnswer = Math.max(0, ...mine.map((c) => c.answeredAt))
        if (performance.now() - Math.max(lastChange, lastAnswer) < quietMs) return
        finish()
        resolve({ end: Math.max(lastPaint, lastAnswer), calls: mine })
      }, 20)
      const timer = setTimeout(() => {
        finish()
        reject(new Error('timed out waiting for the page to settle'))
      }, timeoutMs)
    })
  const ready = location.pathname.endsWith('root.html')
    ? () => !!document.querySelector('#root button:enabled')
    : location.hash === '#today'
      ? () => {
          const radios = [...document.querySelectorAll('input[data-pain-option]')]
          const list = document.querySelector(
            '.today .day-checkins :is(.checkin-list, .empty)')
          return radios.length === 11 && radios.every((r) => !r.disabled) && list !== null
        }
      : null
  if (ready) window.__readyAt = window.__benchUntil(ready).then((at) => at - documentStart)
})()`

/**
 * Gives `page` the benchmark helpers and returns the URL to open: the app, with the bridge to
 * `running` (its calls recorded), or without a journal the floor pages' folder (index.html is the
 * bare chart, root.html React alone, app/app-root.html the app's bundle with one button).
 */
export async function preparePage(page: Page, running: RunningJournal | null): Promise<string> {
  await page.addInitScript({ content: benchInit })
  if (running === null) return serve(FLOOR_DIR)
  await injectBridge(page, running.router, undefined, { recordCalls: true })
  return serve(RENDERER_DIR)
}
