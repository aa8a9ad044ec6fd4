/**
 * The main process's start-up work on a journal, as it ships: bench/main-start.cjs, in a fresh
 * Node process each run, each on a fresh copy of the journal's folder: every run is the first
 * start of a day, as most starts are (someone opens the app once or twice a day), with today's
 * backup still to take.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { figure, median, round, type Figure } from './stats'

const ROOT = join(__dirname, '..')
const RUNS = 9

interface StartTimes {
  load: number
  window: number
  answered: number
  cpu: number
}

interface Runtime {
  node: string
  /** main-start.cjs's arguments after the data folder: the app's root as Electron's Node. */
  args: string[]
  label: string
}

/**
 * The Node that Electron runs (scripts/bench-node.mjs prepares it once), or this one, said so in
 * the figure's note, where it cannot be had (no compiler, no registry, another platform).
 */
function electronNode(): Runtime {
  try {
    const out = execFileSync(process.execPath, [join(ROOT, 'scripts/bench-node.mjs')], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const last = out.toString().trim().split('\n').pop() ?? ''
    const prepared = JSON.parse(last) as { node: string; appRoot: string; version: string }
    return {
      node: prepared.node,
      args: [prepared.appRoot],
      label: `Node ${prepared.version}, the one Electron runs`,
    }
  } catch {
    return {
      node: process.execPath,
      args: [],
      label: `Node ${process.version}: Electron's own Node could not be prepared here`,
    }
  }
}

export function mainStartFigures(dataDir: string, work: string): Figure[] {
  if (!existsSync(join(ROOT, 'out/main/index.js'))) {
    throw new Error('out/main/index.js is missing: run "npm run bench", which builds it.')
  }
  const runtime = electronNode()
  const copy = join(work, 'main-start')
  const runs: StartTimes[] = []
  for (let i = 0; i < RUNS + 1; i++) {
    rmSync(copy, { recursive: true, force: true })
    cpSync(dataDir, copy, { recursive: true })
    const script = join(__dirname, 'main-start.cjs')
    const out = execFileSync(runtime.node, [script, copy, ...runtime.args], { cwd: ROOT })
    if (i > 0) runs.push(JSON.parse(out.toString()) as StartTimes) // the first warms the disk cache
  }
  rmSync(copy, { recursive: true, force: true })
  const part = (of: (t: StartTimes) => number) => round(median(runs.map(of)))
  return [
    figure('Main-process start work (load its code, open the journal, first answers)', 'ms', runs.map((t) => t.answered), {
      budget: 50,
      note:
        `medians: loading the bundle ${part((t) => t.load)} ms, then to the window ` +
        `${part((t) => t.window - t.load)} ms, then the first three answers ${part((t) => t.answered - t.window)} ms ` +
        `(${runtime.label})`,
    }),
    figure('Same, processor time (user + system)', 'ms', runs.map((t) => t.cpu), {
      note: 'info: the work itself, which the load of a busy machine stretches less than the wall clock',
    }),
  ]
}
