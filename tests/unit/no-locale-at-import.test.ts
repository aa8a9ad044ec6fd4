/**
 * Loading the main process's code does no locale work: a collator, a number or date format made
 * at import loads the locale's data (10–12 ms each on the bench's machine), which every start
 * would pay before the window's first answers (README, Benchmark: main-process start work).
 * Locale objects are made on first use instead. Here every module of src/shared and of the main
 * process's core (all but the shell files, which need Electron) is loaded afresh while the Intl
 * constructors and the toLocale* methods note any call.
 */
/// <reference types="vite/client" />
import { afterEach, describe, expect, it, vi } from 'vitest'

const SHELL = /\/src\/main\/(index|window|ipc|electron-platform|desktop|menu-template)\.ts$/
const modules: Record<string, () => Promise<unknown>> = import.meta.glob([
  '../../src/shared/**/*.ts',
  '../../src/main/**/*.ts',
])

const INTL = [
  'Collator',
  'NumberFormat',
  'DateTimeFormat',
  'PluralRules',
  'ListFormat',
  'RelativeTimeFormat',
  'Segmenter',
] as const
const METHODS: [object, string][] = [
  [Number.prototype, 'toLocaleString'],
  [Date.prototype, 'toLocaleString'],
  [Date.prototype, 'toLocaleDateString'],
  [Date.prototype, 'toLocaleTimeString'],
  [String.prototype, 'localeCompare'],
]

const restore: (() => void)[] = []
afterEach(() => {
  for (const undo of restore.splice(0)) undo()
})

/** Replaces each locale entry point with one that notes where it was called from. */
function noteLocaleWork(made: string[]) {
  const note = (what: string) => made.push(`${what}\n${new Error().stack ?? ''}`)
  for (const name of INTL) {
    const original = Intl[name]
    const noting = new Proxy(original, {
      construct(target, args: unknown[]): object {
        note(`Intl.${name}`)
        return Reflect.construct(target, args) as object
      },
      apply(target, self, args: unknown[]): unknown {
        note(`Intl.${name}`)
        return Reflect.apply(target, self, args) as unknown
      },
    })
    Object.defineProperty(Intl, name, { value: noting, configurable: true, writable: true })
    restore.push(() =>
      Object.defineProperty(Intl, name, { value: original, configurable: true, writable: true }),
    )
  }
  for (const [proto, method] of METHODS) {
    const original = (proto as Record<string, unknown>)[method] as (...a: unknown[]) => unknown
    ;(proto as Record<string, unknown>)[method] = function (this: unknown, ...args: unknown[]) {
      note(method)
      return original.apply(this, args)
    }
    restore.push(() => ((proto as Record<string, unknown>)[method] = original))
  }
}

describe('loading the main process code', () => {
  it('makes no collator, number or date format until one is used', async () => {
    const files = Object.keys(modules).filter((f) => !SHELL.test(f) && !f.endsWith('.d.ts'))
    expect(files.length).toBeGreaterThan(50)
    vi.resetModules()
    const made: string[] = []
    noteLocaleWork(made)
    for (const file of files) await modules[file]!()
    expect(made).toEqual([])
  })
})
