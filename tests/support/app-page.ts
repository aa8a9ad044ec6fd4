/**
 * Loading the built renderer into a Playwright page the way the e2e harness and the benchmark
 * both do (DESIGN.md section 7): files served over HTTP on the loopback interface (file://
 * would block module scripts), and `window.painJournal` made by the very `createBridge` the
 * preload uses, backed by the real router. Menu commands arrive as a DOM event here, over IPC in
 * the app.
 */
import type { Page } from '@playwright/test'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFile } from 'node:fs/promises'
import { extname, resolve, sep } from 'node:path'
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

const servers = new Map<string, Promise<string>>()

/**
 * Serves the files of `dir` on 127.0.0.1 and gives the base URL (one server per folder in each
 * test process). Like the app's own protocol handler, it reads each file from disk as it is
 * asked for; `page.route` did the same through Playwright's protocol, which took ~250 ms to hand
 * over the Trends chunk and made a first visit to Trends look twice as slow as it is.
 */
export function serveDir(dir: string): Promise<string> {
  const root = resolve(dir)
  let base = servers.get(root)
  if (!base) {
    base = new Promise<string>((done, fail) => {
      const server = createServer((request, response) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname
        if (path === '/favicon.ico') return void response.writeHead(204).end()
        const file = resolve(root, `.${path === '/' ? '/index.html' : decodeURIComponent(path)}`)
        if (!file.startsWith(root + sep)) return void response.writeHead(404).end()
        readFile(file).then(
          (body) => {
            const type = MIME[extname(file)] ?? 'application/octet-stream'
            response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body)
          },
          () => response.writeHead(404).end(),
        )
      })
      server.on('error', fail)
      // Only this machine can reach it, and it does not keep a finished test process alive.
      server.listen(0, '127.0.0.1', () => {
        server.unref()
        done(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)
      })
    })
    servers.set(root, base)
  }
  return base
}

/**
 * Gives the page `window.painJournal`, each call answered by `router`. Answers cross as JSON
 * text, parsed in the page: Electron's IPC copies them about as fast (a structured clone), while
 * Playwright's own serialiser takes ~50 ms for the Trends of ten years and would make every
 * screen measured here look slower than it is in the app. `listening` hears what the preload
 * sends the main process once the page listens for app commands. The number of calls still
 * waiting for their answer is kept in `window.__painJournalPending`. With `recordCalls` (the
 * benchmark), every call is also logged in the page as it crosses the bridge, in
 * `window.__painJournalCalls`: its channel and input, when it was sent and when its answer was
 * back.
 */
export async function injectBridge(
  page: Page,
  router: Router,
  listening: () => void = () => {},
  { recordCalls = false }: { recordCalls?: boolean } = {},
): Promise<void> {
  await page.exposeFunction('__painJournalInvoke', async (channel: string, payload: unknown) =>
    JSON.stringify(await router.handle(channel, payload)),
  )
  await page.exposeFunction('__painJournalListening', listening)
  const call = recordCalls
    ? `((calls) => (channel, payload) => {
        const call = { channel, input: payload, sentAt: performance.now(), answeredAt: null }
        calls.push(call)
        return window.__painJournalInvoke(channel, payload).then((text) => {
          call.answeredAt = performance.now()
          return JSON.parse(text)
        })
      })(window.__painJournalCalls = [])`
    : `(channel, payload) => window.__painJournalInvoke(channel, payload).then(JSON.parse)`
  // How many calls wait for their answer, in `window.__painJournalPending` (the e2e harness
  // takes no screenshot while any does).
  const invoke = `((call) => (channel, payload) => {
      window.__painJournalPending = (window.__painJournalPending ?? 0) + 1
      return call(channel, payload).finally(() => window.__painJournalPending--)
    })(${call})`
  await page.addInitScript({
    content: `window.painJournal = (${createBridge.toString()})(${JSON.stringify(CHANNELS)},
      ${invoke},
      (event, listener) => {
        const handler = (e) => listener(e.detail)
        window.addEventListener(event, handler)
        return () => window.removeEventListener(event, handler)
      }, ${JSON.stringify(APP_COMMAND_EVENT)},
      () => void window.__painJournalListening());`,
  })
}

/** Does what a menu item does in the app: sends an app command to the window. */
export async function sendAppCommand(page: Page, command: string): Promise<void> {
  await page.evaluate(
    `window.dispatchEvent(new CustomEvent(${JSON.stringify(APP_COMMAND_EVENT)}, { detail: ${JSON.stringify(command)} }))`,
  )
}

/** A call the page made to the main process, as the bridge logged it (`recordCalls`). */
export interface RouterCall {
  channel: string
  /** What the page sent with it (undefined for a channel that takes nothing). */
  input?: unknown
  sentAt: number
  answeredAt: number | null
}

/**
 * The waves a run of calls came in: a call sent after another call's answer was back belongs to
 * the wave after that one (the first call is wave 0). Read from the order of events in the page,
 * never from how long anything took.
 */
export function wavesOf(calls: readonly RouterCall[]): number[] {
  const waves: number[] = []
  calls.forEach((call, i) => {
    let wave = 0
    for (let j = 0; j < i; j++) {
      const earlier = calls[j]!
      if (earlier.answeredAt !== null && earlier.answeredAt <= call.sentAt) {
        wave = Math.max(wave, waves[j]! + 1)
      }
    }
    waves.push(wave)
  })
  return waves
}
