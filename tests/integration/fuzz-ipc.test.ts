/**
 * Fuzzing every IPC channel with fast-check (DESIGN.md section 6: every payload validated).
 * For each channel in the contract: thousands of arbitrary payloads (wrong types, huge strings,
 * deep objects, `__proto__` keys, NaN, dates out of range) and near-valid ones with one field
 * spoiled. The router must never throw, never answer `internal` or `storage`, and a rejected call
 * must leave the journal unchanged. A payload that is valid by chance may succeed: then the
 * change is allowed. Channels added later are fuzzed with arbitrary payloads automatically.
 *
 * And payloads derived from each channel's own schema: valid ones with one node — at every
 * depth, the whole payload included — replaced by a value that node's schema refuses. Each must
 * be answered with a validation envelope that points at that node (or a part around it), never
 * a throw or an `internal` failure, and the journal must be unchanged.
 *
 * Not here: CSV and JSON import fuzzing belongs with the importer (issue 6).
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { contract } from '../../src/shared/contract'
import type { Result } from '../../src/shared/result'
import type { ChannelName } from '../../src/shared/channels'
import { nodesOf, replaceAt, SPOILERS, validArbitrary } from '../support/schema-payloads'
import { tempRunningJournal } from '../support/temp-journal'

type J = Awaited<ReturnType<typeof tempRunningJournal>>
let journal: J

beforeAll(async () => {
  journal = await tempRunningJournal({ now: () => new Date(2026, 10, 25, 9, 0, 0) })
  for (const pain of [1, 5, 9]) {
    await journal.router.handle('checkins:save', { at: `2026-11-2${pain}T09:00:00+01:00`, pain })
  }
  // A remedy no use of which was rated: its counts of ratings are all none (SQL's sum of
  // nothing is NULL, and an answer of NULL broke the insights contract).
  const unrated = { remedyId: 4, doseMg: null, minutes: null, relief: null }
  await journal.router.handle('checkins:save', {
    at: '2026-11-24T18:00:00+01:00',
    pain: 4,
    remedies: [unrated],
  })
})
afterAll(() => journal.cleanup())

/** A valid payload per channel, to spoil one field at a time. */
const TEMPLATES: Partial<Record<ChannelName, Record<string, unknown>>> = {
  'checkins:save': { at: '2026-11-25T09:00:00+01:00', pain: 3, note: 'x', regions: [] },
  'checkins:list': { from: '2026-11-01', to: '2026-11-30' },
  'checkins:delete': { id: 1 },
  'checkins:restore': { id: 1 },
  'days:get': { day: '2026-11-25' },
  'days:save': { day: '2026-11-25', sleepQuality: 5, minutesWalked: 20, note: '' },
  'settings:update': { dayStartHour: 4, theme: 'dark' },
  'backups:restore': { name: 'pain-journal-2026-11-25T09-00-00-manual.sqlite' },
  'links:open': { url: 'https://medlineplus.gov/' },
  'visits:add': { day: '2026-11-24', note: 'Physio referral' },
  'visits:delete': { id: 1 },
  'insights:get': { asOf: '2026-11-25' },
}

function deep(depth: number): unknown {
  let value: unknown = { leaf: true }
  for (let i = 0; i < depth; i++) value = i % 2 ? { a: value } : [value]
  return value
}

const HUGE = 'ȧ'.repeat(1_000_000)

/** Values that have broken validators elsewhere; every one can cross the IPC structured clone. */
const nasty = fc.constantFrom<unknown>(
  NaN,
  Infinity,
  -Infinity,
  -0,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  -1,
  2.5,
  0,
  10n ** 30n,
  '',
  HUGE,
  '\u0000',
  '\u202e2026-11-25',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '275760-09-14T00:00:00Z',
  '+275760-09-13',
  '-000001-01-01',
  '2026-11-25T24:00:00+01:00',
  '2026-11-25T09:00:00+25:00',
  new Date(8.64e15 + 1),
  new Date(NaN),
  new Date(-8.64e15),
  [],
  {},
  null,
  undefined,
  true,
  deep(2_000),
  JSON.parse('{"__proto__": {"polluted": true}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  Object.create(null) as unknown,
  new Map([['pain', 3]]),
  new Set([1]),
  new Uint8Array(16),
  'https://medlineplus.gov.evil.com/',
  'javascript:alert(1)',
  '../../journal.sqlite',
)

const anything = fc.oneof(
  fc.anything({
    maxDepth: 4,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withNullPrototype: true,
    withObjectString: true,
    withBoxedValues: false,
  }),
  nasty,
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'id'), nasty),
)

function spoiled(template: Record<string, unknown>) {
  return fc
    .tuple(
      fc.constantFrom(...Object.keys(template), '__proto__', 'extra', 'constructor'),
      fc.oneof(nasty, anything),
    )
    .map(([key, value]) => {
      const payload: Record<string, unknown> = JSON.parse(JSON.stringify(template))
      Object.defineProperty(payload, key, { value, enumerable: true, writable: true })
      return payload
    })
}

const ALLOWED_FAILURES = new Set(['validation', 'not-found', 'conflict'])

async function callAndCheck(channel: string, payload: unknown): Promise<Result<unknown>> {
  const dbBefore = journal.db()
  const changesBefore = dbBefore.prepare('SELECT total_changes()').pluck().get()
  const result = await journal.router.handle(channel, payload)
  expect(typeof result.ok).toBe('boolean')
  if (result.ok) {
    expectAsContracted(channel, result.value)
    return result
  }
  expect(ALLOWED_FAILURES, `${channel}: ${result.error.kind}: ${result.error.message}`).toContain(
    result.error.kind,
  )
  expect(result.error.message.length).toBeGreaterThan(0)
  // Rejected: the same journal, not one row written.
  expect(journal.db()).toBe(dbBefore)
  expect(dbBefore.prepare('SELECT total_changes()').pluck().get()).toBe(changesBefore)
  return result
}

/** An answer is in the shape the contract gives the renderer (which trusts it, unchecked). */
function expectAsContracted(channel: string, value: unknown): void {
  const output = (contract as Record<string, { output: z.ZodType } | undefined>)[channel]?.output
  if (output === undefined) return
  const parsed = output.safeParse(value)
  expect(parsed.success, `${channel} answered ${parsed.error?.message.slice(0, 400)}`).toBe(true)
}

/** Whether one dotted path lies on the other's way (the empty path is the whole payload). */
function related(a: string, b: string): boolean {
  return a === b || a === '' || b === '' || a.startsWith(`${b}.`) || b.startsWith(`${a}.`)
}

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 1_000)

describe('every IPC channel under fuzzed payloads', () => {
  for (const channel of Object.keys(contract) as ChannelName[]) {
    it(`${channel}: arbitrary payloads are answered, never crash, change nothing when refused`, async () => {
      await fc.assert(
        fc.asyncProperty(anything, async (payload) => void (await callAndCheck(channel, payload))),
        { numRuns: RUNS, seed: 7 },
      )
    })

    const template = TEMPLATES[channel]
    if (template) {
      it(`${channel}: near-valid payloads with one field spoiled`, async () => {
        await fc.assert(
          fc.asyncProperty(
            spoiled(template),
            async (payload) => void (await callAndCheck(channel, payload)),
          ),
          { numRuns: RUNS, seed: 11 },
        )
      })
    }
  }

  const SPOILED_SAMPLES = Number(process.env['FUZZ_SPOILED'] ?? 12)
  for (const channel of Object.keys(contract) as ChannelName[]) {
    const schema = contract[channel].input as z.ZodType
    if (schema.safeParse(undefined).success && nodesOf(schema, undefined).length === 1) continue
    it(`${channel}: its own schema's payloads with one node refused, at every depth`, async () => {
      const valids = fc.sample(validArbitrary(schema), { numRuns: SPOILED_SAMPLES, seed: 17 })
      let calls = 0
      for (const valid of valids) {
        for (const node of nodesOf(schema, valid)) {
          for (const bad of SPOILERS.filter((v) => !node.schema.safeParse(v).success)) {
            const payload = replaceAt(valid, node.path, bad)
            const where = node.path.join('.')
            const result = await callAndCheck(channel, payload)
            expect(result.ok, `${channel} ${where} = ${String(bad).slice(0, 30)}`).toBe(false)
            if (result.ok) continue
            expect(result.error.kind).toBe('validation')
            const paths = (result.error.issues ?? []).map((i) => i.path)
            expect(
              // At the node, around it (a union, an object with a stray key) or within it.
              paths.some((p) => related(p, where)),
              `${channel}: ${where} spoiled, issues at ${paths.join(', ')}`,
            ).toBe(true)
            calls++
          }
        }
      }
      expect(calls).toBeGreaterThan(valids.length)
    })
  }

  it('answers every channel it accepts in the shape its contract says', async () => {
    for (const channel of Object.keys(contract) as ChannelName[]) {
      await callAndCheck(channel, TEMPLATES[channel])
    }
  })

  it('pollutes no prototype and leaves the journal sound', () => {
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
    expect(journal.db().pragma('integrity_check', { simple: true })).toBe('ok')
  })

  it('answers unknown channels and non-string channels with a validation error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.anything()).filter((c) => !Object.hasOwn(contract, String(c))),
        anything,
        async (channel, payload) => {
          const result = await journal.router.handle(channel, payload)
          expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } })
        },
      ),
      { numRuns: RUNS, seed: 13 },
    )
  })
})
