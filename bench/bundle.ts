/** The renderer bundle's size (gzip). */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { figure, type Figure } from './stats'

const ROOT = join(__dirname, '..')

export function bundleFigures(): Figure[] {
  const assets = join(ROOT, 'out/renderer/assets')
  let bytes = 0
  for (const file of readdirSync(assets)) {
    if (/\.(js|css)$/.test(file)) bytes += gzipSync(readFileSync(join(assets, file)), { level: 9 }).length
  }
  const kb = Math.round((bytes / 1024) * 10) / 10
  return [figure('Renderer bundle, gzip', 'KB', [kb], { budget: 350 })]
}
