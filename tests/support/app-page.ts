/**
 * Loading the built renderer into a Playwright page the way the e2e harness and the benchmark
 * both do (DESIGN.md section 7): files served by `page.route` (file:// would block module
 * scripts), and `window.painJournal` made by the very `createBridge` the preload uses, backed by
 * the real router. Menu commands arrive as a DOM event here, over IPC in the app.
 */
import type { Page } from '@playwright/test'
import { existsSync, readFileSync } from 'node:fs'
import { extname, resolve } from 'node:path'
import { APP_COMMAND_EVENT, CHANNELS, createBridge } from '../../src/shared/channels'
import type { Router } from '../../src/main/service/router'

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

/** Answers every request under `base` with the file of that path in `dir` (404 outside it). */
export async function serveDir(page: Page, base: string, dir: string): Promise<void> {
  const root = resolve(dir)
  await page.route(`${base}**`, async (route) => {
    const url = new URL(route.request().url())
    if (url.pathname === '/favicon.ico') return route.fulfill({ status: 204 })
    const file = resolve(root, `.${url.pathname === '/' ? '/index.html' : url.pathname}`)
    if (!file.startsWith(root) || !existsSync(file)) return route.fulfill({ status: 404 })
    return route.fulfill({
      status: 200,
      body: readFileSync(file),
      headers: { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' },
    })
  })
}

/**
 * Gives the page `window.painJournal`, each call answered by `router`. Answers cross as JSON
 * text, parsed in the page: Electron's IPC copies them about as fast (a structured clone), while
 * Playwright's own serialiser takes ~50 ms for the Trends of ten years and would make every
 * screen measured here look slower than it is in the app.
 */
export async function injectBridge(page: Page, router: Router): Promise<void> {
  await page.exposeFunction('__painJournalInvoke', async (channel: string, payload: unknown) =>
    JSON.stringify(await router.handle(channel, payload)),
  )
  await page.addInitScript({
    content: `window.painJournal = (${createBridge.toString()})(${JSON.stringify(CHANNELS)},
      (channel, payload) => window.__painJournalInvoke(channel, payload).then(JSON.parse),
      (event, listener) => {
        const handler = (e) => listener(e.detail)
        window.addEventListener(event, handler)
        return () => window.removeEventListener(event, handler)
      }, ${JSON.stringify(APP_COMMAND_EVENT)});`,
  })
}

/** Does what a menu item does in the app: sends an app command to the window. */
export async function sendAppCommand(page: Page, command: string): Promise<void> {
  await page.evaluate(
    `window.dispatchEvent(new CustomEvent(${JSON.stringify(APP_COMMAND_EVENT)}, { detail: ${JSON.stringify(command)} }))`,
  )
}
