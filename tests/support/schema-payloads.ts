/**
 * Payloads derived from a channel's own zod schema, for the IPC fuzz test: valid ones built by
 * walking the schema (bounds read from its checks; strings whose check is a function come from
 * arbitraries registered for those schemas), and the same payload with one node, at any depth,
 * replaced by a value that node's schema refuses. A channel added later is covered without a
 * hand-written template, as long as its leaves are of the kinds handled here (the walk throws
 * otherwise, so a new kind is noticed, not skipped).
 */
import fc from 'fast-check'
import type { z } from 'zod'
import { dayFromNumber, dayNumber } from '../../src/shared/days'
import { monthString } from '../../src/shared/history-schemas'
import { dayString, isWellFormedText, localDateTime, timestamp } from '../../src/shared/schemas'

type Def = {
  type: string
  shape?: Record<string, z.ZodType>
  element?: z.ZodType
  innerType?: z.ZodType
  options?: z.ZodType[]
  entries?: Record<string, string>
  values?: unknown[]
  valueType?: z.ZodType
  keyType?: z.ZodType
  in?: z.ZodType
  checks?: { _zod: { def: CheckDef } }[]
}
type CheckDef = {
  check: string
  value?: number
  inclusive?: boolean
  format?: string
  pattern?: RegExp
  minimum?: number
  maximum?: number
  fn?: unknown
}

/** Checks by a function that every string made here passes (they are ASCII): no need to register. */
const ASCII_PASSES: ReadonlySet<unknown> = new Set([isWellFormedText])

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def

const pad = (n: number) => String(n).padStart(2, '0')
const recentDay = fc
  .integer({ min: dayNumber('2024-01-01'), max: dayNumber('2026-11-20') })
  .map(dayFromNumber)

/**
 * Valid values for the schemas whose check is a function, which no walk can read. Known by their
 * definition: a schema built on first use (on-first-use.ts) is found in a payload's schema both
 * as itself and, where a method built on it (`dayString.nullable()`), as what it stands for.
 */
const REGISTERED = new Map<Def, fc.Arbitrary<unknown>>(
  (
    [
      [dayString, recentDay],
      [monthString, recentDay.map((d) => d.slice(0, 7))],
      [
        timestamp,
        fc
          .tuple(recentDay, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
          .map(([d, h, m]) => `${d}T${pad(h)}:${pad(m)}:00+01:00`),
      ],
      [localDateTime, recentDay.map((d) => `${d}T10:00:00`)],
    ] as const
  ).map(([schema, arbitrary]) => [defOf(schema), arbitrary]),
)

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  let min = -1e6
  let max = 1e6
  let int = false
  for (const { _zod } of def.checks ?? []) {
    const c = _zod.def
    if (c.check === 'greater_than') min = c.inclusive ? c.value! : c.value! + 1e-6
    if (c.check === 'less_than') max = c.inclusive ? c.value! : c.value! - 1e-6
    if (c.check === 'number_format') int = true
  }
  return int
    ? fc.integer({ min: Math.ceil(min), max: Math.floor(Math.min(max, 1e9)) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true })
}

function stringArbitrary(schema: z.ZodType, def: Def): fc.Arbitrary<string> {
  let minLength = 0
  let maxLength = Infinity
  let pattern: RegExp | null = null
  for (const { _zod } of def.checks ?? []) {
    const c = _zod.def
    if (c.check === 'min_length') minLength = c.minimum!
    if (c.check === 'max_length') maxLength = c.maximum!
    if (c.check === 'string_format' && c.pattern) pattern = c.pattern
    if (c.check === 'custom' && !ASCII_PASSES.has(c.fn)) {
      throw new Error('A string checked by a function needs an arbitrary in REGISTERED')
    }
  }
  const base = pattern
    ? fc.stringMatching(pattern)
    : fc.string({
        minLength,
        maxLength: Math.min(maxLength, minLength + 40),
        unit: 'grapheme-ascii',
      })
  return base.filter(
    (s) => s.length >= minLength && s.length <= maxLength && schema.safeParse(s).success,
  )
}

/** Valid values of `schema` (as a person's payload: defaults may be left out). */
export function validArbitrary(schema: z.ZodType): fc.Arbitrary<unknown> {
  return walk(schema).filter((value) => schema.safeParse(value).success)
}

function walk(schema: z.ZodType): fc.Arbitrary<unknown> {
  const registered = REGISTERED.get(defOf(schema))
  if (registered) return registered
  const def = defOf(schema)
  switch (def.type) {
    case 'undefined':
      return fc.constant(undefined)
    case 'boolean':
      return fc.boolean()
    case 'number':
      return numberArbitrary(def)
    case 'string':
      return stringArbitrary(schema, def)
    case 'literal':
      return fc.constantFrom(...(def.values ?? []))
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}))
    case 'nullable':
      return fc.option(walk(def.innerType!), { nil: null, freq: 4 })
    case 'optional':
    case 'default':
      return fc.option(walk(def.innerType!), { nil: undefined, freq: 4 })
    case 'pipe':
      return walk(def.in!)
    case 'union':
      return fc.oneof(...def.options!.map(walk))
    case 'array':
      return fc.array(walk(def.element!), { maxLength: 3 })
    case 'record':
      return fc.dictionary(walk(def.keyType!) as fc.Arbitrary<string>, walk(def.valueType!), {
        maxKeys: 3,
      })
    case 'object': {
      const shape = def.shape ?? {}
      return fc
        .record(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, walk(v)])), {
          requiredKeys: [],
        })
        .map((o) =>
          // A key given as undefined is the same as a key left out; leave it out.
          Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)),
        )
    }
    default:
      throw new Error(`No arbitrary for a zod ${def.type}`)
  }
}

/** A node of a payload: where it is and the schema it must pass there. */
export interface PayloadNode {
  path: (string | number)[]
  schema: z.ZodType
}

/** Every node of `value` (the root included), with the schema that governs it. */
export function nodesOf(
  schema: z.ZodType,
  value: unknown,
  path: (string | number)[] = [],
): PayloadNode[] {
  const nodes: PayloadNode[] = [{ path, schema }]
  const inner = innerFor(schema, value)
  if (inner === null) return nodes
  const def = defOf(inner)
  if (def.type === 'object' && value && typeof value === 'object') {
    for (const [key, child] of Object.entries(def.shape ?? {})) {
      const v = (value as Record<string, unknown>)[key]
      // A key left out can still be spoiled: it is there for an optional field's schema.
      nodes.push(...nodesOf(child, v, [...path, key]))
    }
  } else if (def.type === 'array' && Array.isArray(value)) {
    value.forEach((v, i) => nodes.push(...nodesOf(def.element!, v, [...path, i])))
  }
  return nodes
}

/** The object or array schema beneath wrappers and unions that `value` is checked against. */
function innerFor(schema: z.ZodType, value: unknown): z.ZodType | null {
  const def = defOf(schema)
  switch (def.type) {
    case 'nullable':
    case 'optional':
    case 'default':
      return value === null || value === undefined ? null : innerFor(def.innerType!, value)
    case 'pipe':
      return innerFor(def.in!, value)
    case 'union': {
      const option = def.options!.find((o) => o.safeParse(value).success)
      return option ? innerFor(option, value) : null
    }
    case 'object':
    case 'array':
      return schema
    default:
      return null
  }
}

const HUGE = 'ȧ'.repeat(100_001)

/** Values that some schema refuses: each node is spoiled with those its own schema refuses. */
export const SPOILERS: readonly unknown[] = [
  undefined,
  null,
  NaN,
  Infinity,
  -1,
  0,
  2.5,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  '',
  ' ',
  'x',
  // Half of a character: stored as UTF-8 it would come back as replacement marks.
  'Pain \uD83D',
  HUGE,
  '2026-02-30',
  '2026-13',
  '2026-11-25T10:00:99+01:00',
  '2026-11-25T10:00:00+24:00',
  '2026-11-25T10:00:00',
  '99:99',
  true,
  [],
  [null],
  {},
  { extra: 1 },
  new Date(NaN),
]

/** `value` with the node at `path` replaced by `replacement` (a copy; the original is kept). */
export function replaceAt(
  value: unknown,
  path: readonly (string | number)[],
  replacement: unknown,
): unknown {
  if (path.length === 0) return replacement
  const [head, ...rest] = path
  const copy = (
    Array.isArray(value) ? [...(value as unknown[])] : { ...(value as Record<string, unknown>) }
  ) as Record<string | number, unknown>
  copy[head!] = replaceAt(copy[head!], rest, replacement)
  return copy
}
