/**
 * `npm run bench`: every figure, measured on each of two deterministic journals (ten years as
 * most people keep it, twenty years at five check-ins a day), printed as one table with a column
 * group per journal and written to bench/results.json. Over budget is reported, not failed; the
 * run fails only when the benchmark itself breaks.
 */
import { test } from '@playwright/test'
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type * as Backend from './backend'
import { bundleFigures } from './bundle'
import { mainStartFigures } from './main-start'
import { rendererFigures } from './renderer'
import { onJournal, table, type Figure } from './stats'
import { findChromium } from '../tests/support/chromium'

/** bench/backend.ts as bench/backend-build builds it: the app's code as the app runs it. */
function builtBackend(): typeof Backend {
  const file = resolve(__dirname, '../out/bench-backend/backend.cjs')
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run bench", which builds it.`)
  return createRequire(__filename)(file) as typeof Backend
}

/** Load average now, rounded: other work on the machine slows every figure. */
const load = () => loadavg().map((l) => Math.round(l * 100) / 100)

test('benchmark', async ({ browser }) => {
  test.setTimeout(40 * 60_000)
  const { backendFigures, buildJournal, JOURNALS, nullPlatform, reportHtml, startJournal } =
    builtBackend()
  const work = mkdtempSync(join(tmpdir(), 'pj-bench-'))
  const figures: Figure[] = []
  const loadAverages: Record<string, number[]> = { start: load() }
  try {
    // Journal-free figures, once.
    figures.push(...bundleFigures())
    for (const name of Object.keys(JOURNALS) as (keyof typeof JOURNALS)[]) {
      const dataDir = await buildJournal(join(work, `journal ${name}`), name)
      // The main-process figures save into the journal: they get a copy, so every renderer
      // figure sees the journal as built (a day with its few check-ins, not dozens more).
      const copy = join(work, `backend ${name}`)
      cpSync(dataDir, copy, { recursive: true })
      const measured = [...(await backendFigures(copy, work)), ...mainStartFigures(dataDir, work)]
      const running = await startJournal({ dataDir, version: 'bench', platform: nullPlatform })
      try {
        measured.push(...(await rendererFigures(browser, running, reportHtml)))
      } finally {
        running.close()
      }
      figures.push(...onJournal(name, measured))
      loadAverages[name] = load()
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
  const chromium = findChromium()
  const results = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      // Other work on the machine slows every figure: read them against this (1, 5 and 15
      // minutes, at the start and after each journal).
      loadAverage: loadAverages,
      node: process.version,
      chromium: browser.version(),
      chromiumBinary: chromium ? execFileSync(chromium, ['--version']).toString().trim() : null,
    },
    journals: Object.keys(JOURNALS),
    figures,
  }
  writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
  console.log(`\n${table(figures)}\n\nload average (1, 5, 15 min): ${JSON.stringify(loadAverages)}\n`)
})
