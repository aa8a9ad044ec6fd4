/** Where the window state is kept between runs: a small JSON file next to the journal. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { writeFileAtomic } from './files'

export function windowStateFile(dataDir: string): string {
  return join(dataDir, 'window-state.json')
}

export function readWindowState(dataDir: string): unknown {
  try {
    return JSON.parse(readFileSync(windowStateFile(dataDir), 'utf8')) as unknown
  } catch {
    return null
  }
}

export function writeWindowState(dataDir: string, state: unknown): void {
  try {
    writeFileAtomic(windowStateFile(dataDir), JSON.stringify(state))
  } catch {
    // Losing the window position is not worth bothering anyone about.
  }
}
