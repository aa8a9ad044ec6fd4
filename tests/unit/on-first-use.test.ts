/**
 * The schemas of src/shared are built on first use (on-first-use.ts): loading the main process's
 * code built about 650 zod objects that its first answers never use (README, Benchmark:
 * main-process start work). Here every module of src/shared and of the main process's core (all
 * but the shell files, which need Electron) is loaded afresh while zod counts what it builds, and
 * a wrapped schema is checked to be used exactly as the schema it stands for.
 */
/// <reference types="vite/client" />
import { types } from 'node:util'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { eachOnFirstUse, onFirstUse } from '../../src/shared/on-first-use'

const SHELL = /\/src\/main\/(index|window|ipc|electron-platform|desktop|menu-template)\.ts$/
const modules: Record<string, () => Promise<unknown>> = import.meta.glob([
  '../../src/shared/**/*.ts',
  '../../src/main/**/*.ts',
])

/** Counts every zod schema built from now on, through zod's hook for what it has built. */
function countBuilt(): { readonly count: number } {
  const counter = { count: 0 }
  z.config({ postProcessor: () => void counter.count++ })
  return counter
}
afterEach(() => {
  z.config({ postProcessor: undefined })
})

describe('loading the main process code', () => {
  it('builds no zod schema until one is used', async () => {
    const files = Object.keys(modules).filter((f) => !SHELL.test(f) && !f.endsWith('.d.ts'))
    expect(files.length).toBeGreaterThan(50)
    vi.resetModules()
    const built = countBuilt()
    z.string() // the count itself works: this one is counted, and taken off below
    expect(built.count).toBe(1)
    const loaded = (await Promise.all(files.map((file) => modules[file]!()))) as Record<
      string,
      unknown
    >[]
    expect(built.count - 1).toBe(0)
    // ...and loading did give the schemas: the contract's are there, and work when used.
    const { contract } = loaded[files.findIndex((f) => f.endsWith('/shared/contract.ts'))] as {
      contract: Record<string, { input: z.ZodType }>
    }
    expect(
      contract['checkins:list']!.input.safeParse({ from: '2026-01-02', to: '2026-01-01' }),
    ).toMatchObject({ success: false })
    expect(built.count).toBeGreaterThan(1)
  })
})

describe('a schema built on first use', () => {
  it('is built once, when first used, and is then the schema it stands for', () => {
    const build = vi.fn(() => z.strictObject({ id: z.number().int().positive(), note: z.string() }))
    const row = onFirstUse(build)
    const rows = z.array(row).max(2)
    const held = z.strictObject({ row, more: z.boolean().default(false) })
    expect(build).not.toHaveBeenCalled()

    expect(rows.safeParse([{ id: 1, note: 'a' }]).success).toBe(true)
    expect(
      rows.safeParse([{ id: 0, note: 'a', extra: 1 }]).error?.issues.map((i) => i.code),
    ).toEqual(['too_small', 'unrecognized_keys'])
    expect(held.parse({ row: { id: 2, note: '' } })).toEqual({
      row: { id: 2, note: '' },
      more: false,
    })
    expect(row instanceof z.ZodObject).toBe(true)
    expect(Object.keys(row.shape)).toEqual(['id', 'note'])
    expect(row.partial().parse({})).toEqual({})
    expect(row.extend({ day: z.string() }).safeParse({ id: 1, note: '', day: 'x' }).success).toBe(
      true,
    )
    expect(row.nullable().parse(null)).toBeNull()
    expect(build).toHaveBeenCalledTimes(1)
  })

  it('becomes the value it stands for: its own keys and prototype, and no Proxy in between', () => {
    // A stand-in that stayed a Proxy made a parse of many rows read each field's schema through
    // it, row after row (a 20 y ×5 backup: 198–235 ms to parse, against 156–201 ms now).
    const built = { a: 1, b: 'two' }
    const fields = onFirstUse(() => built)
    expect(types.isProxy(fields)).toBe(false)
    expect(Object.keys(fields)).toEqual([]) // nothing is built by listing it...
    expect('a' in fields).toBe(true) // ...until it is used
    expect({ ...fields }).toEqual({ a: 1, b: 'two' })
    expect(Object.keys(fields)).toEqual(['a', 'b'])
    expect(types.isProxy(Object.getPrototypeOf(fields))).toBe(false)

    const row = onFirstUse(() => z.strictObject({ id: z.number() }))
    expect(row.parse({ id: 1 })).toEqual({ id: 1 })
    expect(Object.getPrototypeOf(row)).toBe(z.ZodObject.prototype)
    expect(Object.hasOwn(row, '_zod')).toBe(true)
  })

  it('is built by whichever use comes first: a write, a test or its prototype', () => {
    const made = { set: 0, has: 0, proto: 0 }
    const written = onFirstUse<{ x: number; y?: number }>(() => (made.set++, { x: 1 }))
    written.y = 2
    expect({ ...written }).toEqual({ x: 1, y: 2 })
    const tested = onFirstUse(() => (made.has++, { x: 1 }))
    expect('x' in tested && !('y' in tested)).toBe(true)
    const schema = onFirstUse(() => (made.proto++, z.string()))
    expect(Object.prototype.isPrototypeOf.call(z.ZodString.prototype, schema)).toBe(true)
    expect(made).toEqual({ set: 1, has: 1, proto: 1 })
  })

  it('builds each part of a table on its own', () => {
    let made = 0
    const part = (value: string) => () => {
      made++
      return { value }
    }
    const table = eachOnFirstUse({ one: { input: part('1 in'), output: part('1 out') } })
    expect(Object.keys(table)).toEqual(['one'])
    expect(made).toBe(0)
    expect(table.one.input.value).toBe('1 in')
    expect(made).toBe(1)
  })
})
