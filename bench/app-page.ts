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
 * callback runs after that frame's style, layout and paint. Today, opened directly, is watched
 * from the document's first moment: ready for input once the pain radios are enabled and today's
 * list has loaded. (Page loads are timed from the document's start, not the navigation's:
 * Playwright's fixed clock keeps performance.now() running across navigations.)
 */
const benchInit = (app: boolean) => `(() => {
  const documentStart = performance.now()
  const afterPaint = () => new Promise((resolve) => requestAnimationFrame(() => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve(performance.now())
    channel.port2.postMessage(null)
  }))
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
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true })
    // Belt and braces for changes no mutation reports.
    const poll = setInterval(() => { if (check()) finish(true) }, 50)
    const timer = setTimeout(() => finish(false), timeoutMs)
  })
  if (${app} && location.hash === '#today') {
    window.__todayReadyAt = window.__benchUntil(() => {
      const radios = [...document.querySelectorAll('input[data-pain-option]')]
      const list = document.querySelector(
        'section[aria-labelledby="today-list-heading"] :is(.checkin-list, .empty)')
      return radios.length === 11 && radios.every((r) => !r.disabled) && list !== null
    }).then((at) => at - documentStart)
  }
})()`

/**
 * Gives `page` the benchmark helper and returns the URL to open: the app, with the bridge to
 * `running`, or without a journal the floor page.
 */
export async function preparePage(page: Page, running: RunningJournal | null): Promise<string> {
  await page.addInitScript({ content: benchInit(running !== null) })
  if (running === null) return serve(FLOOR_DIR)
  await injectBridge(page, running.router)
  return serve(RENDERER_DIR)
}
