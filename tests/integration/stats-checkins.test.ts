/**
 * The analysis's read of the whole journal (stats-checkins.ts) comes back through one JSON text
 * per table. Whatever was saved, it must hold the same check-ins, in the same order and with the
 * same values, as the check-ins the router lists — doses that are not round numbers included, a
 * single check-in's read as well, and nothing of a deleted one.
 */
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import {
  BODY_REGIONS,
  CONTEXTS,
  RED_FLAGS,
  RELIEF_VALUES,
  type Checkin,
} from '../../src/shared/domain'
import { MAX_DOSE_MG } from '../../src/shared/doses'
import type { OutputOf } from '../../src/shared/contract'
import { allStatsCheckins, statsCheckin } from '../../src/main/db/repositories/stats-checkins'
import { call } from '../support/portability'
import { tempRunningJournal } from '../support/temp-journal'

const cleanups: (() => void)[] = []
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!()
})

const subset = <T>(values: readonly T[]) => fc.subarray([...values])

/** What the analysis keeps of a check-in, from the router's own list. */
function asStats(c: Checkin) {
  return {
    id: c.id,
    day: c.day,
    pain: c.pain,
    context: c.context,
    regions: c.regions,
    triggers: c.triggerIds.length,
    remedies: c.remedies.map((r) => [r.doseMg, r.minutes, r.relief]),
    redFlags: c.redFlags,
  }
}

describe('the whole-journal read of the analysis', () => {
  it('holds what the router lists, value for value and in the same order', async () => {
    const running = await tempRunningJournal({ now: () => new Date('2026-11-30T20:00:00Z') })
    cleanups.push(running.cleanup)
    const catalog = await call<OutputOf<'catalog:get'>>(running, 'catalog:get')
    const triggerIds = catalog.triggers.map((t) => t.id)
    const remedyIds = catalog.remedies.map((r) => r.id)
    const remedy = fc.record({
      remedyId: fc.constantFrom(...remedyIds),
      doseMg: fc.option(fc.double({ min: 0.001, max: MAX_DOSE_MG, noNaN: true }), {
        nil: null,
      }),
      minutes: fc.option(fc.integer({ min: 0, max: 1439 }), { nil: null }),
      relief: fc.option(fc.constantFrom(...RELIEF_VALUES), { nil: null }),
    })
    const checkin = fc.record({
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 10, max: 20 }),
      pain: fc.integer({ min: 0, max: 10 }),
      context: fc.option(fc.constantFrom(...CONTEXTS), { nil: null }),
      regions: subset(BODY_REGIONS),
      triggerIds: subset(triggerIds.slice(0, 6)),
      remedies: fc.array(remedy, { maxLength: 3 }),
      redFlags: subset(RED_FLAGS.slice(0, 2)),
      deleted: fc.boolean(),
    })
    await fc.assert(
      fc.asyncProperty(fc.array(checkin, { minLength: 1, maxLength: 6 }), async (drawn) => {
        for (const c of drawn) {
          const day = `2026-10-${String(c.day).padStart(2, '0')}`
          const saved = await call<Checkin>(running, 'checkins:save', {
            at: `${day}T${String(c.hour).padStart(2, '0')}:00:00+00:00`,
            pain: c.pain,
            context: c.context,
            regions: c.regions,
            triggerIds: c.triggerIds,
            remedies: c.remedies,
            redFlags: c.redFlags,
          })
          if (c.deleted) await call(running, 'checkins:delete', { id: saved.id })
        }
        const listed = await call<Checkin[]>(running, 'checkins:list', {
          from: '2026-10-01',
          to: '2026-10-31',
        })
        const read = allStatsCheckins(running.db())
        const expected = listed.map(asStats)
        expect(
          read.map((c) => ({
            id: c.id,
            day: c.day,
            pain: c.pain,
            context: c.context,
            regions: [...c.regions],
            triggers: c.triggerKeys.length,
            remedies: c.remedies.map((r) => [r.doseMg, r.minutes, r.relief]),
            redFlags: [...c.redFlags],
          })),
        ).toEqual(expected)
        for (const [i, c] of listed.entries()) {
          expect(statsCheckin(running.db(), c.id)).toEqual(read[i])
        }
        const gone = await call<Checkin>(running, 'checkins:save', {
          at: '2026-10-15T12:00:00+00:00',
          pain: 3,
        })
        await call(running, 'checkins:delete', { id: gone.id })
        expect(statsCheckin(running.db(), gone.id)).toBeNull()
      }),
      { numRuns: 25 },
    )
  })
})
