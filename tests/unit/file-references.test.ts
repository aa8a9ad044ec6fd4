/**
 * A comment or a README line that sends the reader to a file sends them to one that is there:
 * "tests/e2e/locale.spec.ts runs under a 12-hour locale" outlived the file, which had become a
 * describe block in today-glance.spec.ts, and nothing said so. A path is taken from the project
 * root, or from the folder of the file that names it (index.html's `./src/main.tsx`).
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, sourceFiles } from '../support/sources'

/** Where the project's text lives: the code, its tests, the benchmark, the scripts, the docs. */
const FOLDERS = ['src', 'tests', 'bench', 'scripts', 'docs']
const TOP_FILES = [
  'README.md',
  'playwright.config.ts',
  'vitest.config.mts',
  'electron.vite.config.ts',
  'eslint.config.mjs',
  'electron-builder.yml',
]
/** The benchmark's scratch folder (gitignored), and this file, which names missing ones. */
const SKIPPED = /^bench\/work\/|^tests\/unit\/file-references\.test\.ts$/
const NAMED =
  /\b(?:src|tests|bench|scripts|docs|resources)\/[\w.\-/]+\.(?:tsx?|mts|cts|mjs|cjs|js|md|json|css|html|yml|sql)\b/g
/** Names made up on purpose, as a test's input. */
const MADE_UP = new Set(['tests/unit/one-date-format.test.ts src/x.ts'])

function referenced(): { from: string; path: string }[] {
  const files = [
    ...FOLDERS.flatMap((dir) => sourceFiles(dir, /\.(tsx?|mts|mjs|cjs|md|html|css)$/)),
    ...TOP_FILES,
  ].filter((file) => !SKIPPED.test(file))
  return files.flatMap((from) =>
    [...readFileSync(join(ROOT, from), 'utf8').matchAll(NAMED)].map(([path]) => ({
      from,
      path: path.replace(/\.$/, ''),
    })),
  )
}

describe('a file named in the project’s code, tests, benchmark and docs', () => {
  it('is there', () => {
    const all = referenced()
    expect(all.length).toBeGreaterThan(100)
    const missing = all.filter(
      ({ from, path }) =>
        !MADE_UP.has(`${from} ${path}`) &&
        !existsSync(join(ROOT, path)) &&
        !existsSync(join(ROOT, dirname(from), path)),
    )
    expect(missing.map(({ from, path }) => `${from}: ${path}`)).toEqual([])
  })

  it('is caught when it is not', () => {
    const gone = 'tests/e2e/locale.spec.ts'
    expect(existsSync(join(ROOT, gone))).toBe(false)
    expect(`see ${gone}, which runs`.match(NAMED)).toEqual([gone])
  })
})
