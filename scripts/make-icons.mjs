#!/usr/bin/env node
// Renders resources/icon.svg (the one source of the app icon) to the PNG sizes each platform
// needs, with the system Chromium: resources/icon.png (1024, from which electron-builder makes
// .icns and .ico) and resources/icons/<N>x<N>.png for Linux. Run after changing the SVG.
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const svg = readFileSync(join(root, 'resources/icon.svg'), 'utf8')
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
  (p) => p && existsSync(p),
)
export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
})
const page = await browser.newPage()
mkdirSync(join(root, 'resources/icons'), { recursive: true })
for (const size of ICON_SIZES) {
  await page.setViewportSize({ width: size, height: size })
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  )
  await page.screenshot({
    path: join(root, `resources/icons/${size}x${size}.png`),
    omitBackground: true,
  })
}
await page.setViewportSize({ width: 1024, height: 1024 })
await page.screenshot({ path: join(root, 'resources/icon.png'), omitBackground: true })
await browser.close()
console.log(`Icons written for ${ICON_SIZES.join(', ')} px`)
