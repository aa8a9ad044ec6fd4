/**
 * Finds a Chromium for the e2e layer: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then
 * Playwright's own download if one happens to exist. Never downloads anything.
 */
import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export function findChromium(): string | undefined {
  const candidates = [
    process.env['CHROMIUM_PATH'],
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    (() => {
      try {
        return chromium.executablePath()
      } catch {
        return undefined
      }
    })(),
  ]
  return candidates.find((path): path is string => !!path && existsSync(path))
}

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found for the e2e tests. Install one (Debian/Ubuntu: apt-get install chromium) ' +
  'or point CHROMIUM_PATH at a Chromium or Chrome binary.'
