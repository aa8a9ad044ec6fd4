/** Renderer bundle size (gzip) and the main process's start-up work. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { execFileSync } from 'node:child_process'
import { figure, type Figure } from './stats'

const ROOT = join(__dirname, '..')

export function bundleFigures(): Figure[] {
  const assets = join(ROOT, 'out/renderer/assets')
  let bytes = 0
  for (const file of readdirSync(assets)) {
    if (/\.(js|css)$/.test(file)) bytes += gzipSync(readFileSync(join(assets, file)), { level: 9 }).length
  }
  const kb = Math.round((bytes / 1024) * 10) / 10
  const startTimes: number[] = []
  for (let i = 0; i < 5; i++) {
    // A fresh Node process each time: load the main process's libraries and open a journal.
    const out = execFileSync(process.execPath, [join(__dirname, 'main-start.cjs')], { cwd: ROOT })
    startTimes.push(Number(out.toString().trim()))
  }
  return [
    figure('Renderer bundle, gzip', 'KB', [kb], { budget: 350 }),
    figure('Main-process start work (imports + DB open)', 'ms', startTimes, {
      note: 'listed separately, no budget',
    }),
  ]
}
