/**
 * `npm run bench`: every figure of issue 9, measured on a deterministic ten-year journal, printed
 * as a table and written to bench/results.json. Over budget is reported, not failed; the run
 * fails only when the benchmark itself breaks.
 */
import { test } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type * as Backend from './backend'
import { bundleFigures } from './bundle'
import { rendererFigures } from './renderer'
import { table, type Figure } from './stats'
import { findChromium } from '../tests/support/chromium'

/** bench/backend.ts as bench/backend-build builds it: the app's code as the app runs it. */
function builtBackend(): typeof Backend {
  const file = resolve(__dirname, '../out/bench-backend/backend.cjs')
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run bench", which builds it.`)
  return createRequire(__filename)(file) as typeof Backend
}

test('benchmark', async ({ browser }) => {
  test.setTimeout(15 * 60_000)
  const { backendFigures, buildTenYearJournal, nullPlatform, reportHtml, startJournal } =
    builtBackend()
  const work = mkdtempSync(join(tmpdir(), 'pj-bench-'))
  const figures: Figure[] = []
  try {
    const dataDir = await buildTenYearJournal(join(work, 'journal'))
    figures.push(...(await backendFigures(dataDir, work)))
    const running = await startJournal({ dataDir, version: 'bench', platform: nullPlatform })
    try {
      figures.push(...(await rendererFigures(browser, running, reportHtml)))
    } finally {
      running.close()
    }
    figures.push(...bundleFigures())
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  const chromium = findChromium()
  const results = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      // Other work on the machine slows every figure: read them against this.
      loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
      node: process.version,
      chromium: browser.version(),
      chromiumBinary: chromium ? execFileSync(chromium, ['--version']).toString().trim() : null,
    },
    figures,
  }
  writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
  console.log(`\n${table(figures)}\n`)
})
