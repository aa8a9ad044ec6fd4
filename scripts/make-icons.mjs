#!/usr/bin/env node
// Renders resources/icon.svg (the one source of the app icon) to the PNG sizes each platform
// needs, with the system Chromium: resources/icon.png (1024, from which electron-builder makes
// .icns and .ico) and resources/icons/<N>x<N>.png for Linux. The tray icons go to
// resources/tray/ at 16 px and 32 px (@2x): on macOS the black glyph of resources/tray.svg as a
// template image (trayTemplate.png), elsewhere the app icon itself (tray.png). Run after
// changing either SVG.
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const svg = readFileSync(join(root, 'resources/icon.svg'), 'utf8')
const traySvg = readFileSync(join(root, 'resources/tray.svg'), 'utf8')
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
  (p) => p && existsSync(p),
)
export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024]

const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
})
const page = await browser.newPage()

async function render(source, size, file) {
  await page.setViewportSize({ width: size, height: size })
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${source.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  )
  await page.screenshot({ path: join(root, file), omitBackground: true })
}

mkdirSync(join(root, 'resources/icons'), { recursive: true })
for (const size of ICON_SIZES) await render(svg, size, `resources/icons/${size}x${size}.png`)
await render(svg, 1024, 'resources/icon.png')
mkdirSync(join(root, 'resources/tray'), { recursive: true })
for (const [source, name] of [
  [traySvg, 'trayTemplate'],
  [svg, 'tray'],
]) {
  await render(source, 16, `resources/tray/${name}.png`)
  await render(source, 32, `resources/tray/${name}@2x.png`)
}
await browser.close()
console.log(`Icons written for ${ICON_SIZES.join(', ')} px`)
