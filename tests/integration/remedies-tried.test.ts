/**
 * Today's visit checklist counts each remedy's uses, days and ratings in SQL (remedies-tried.ts):
 * it must say what Trends and the report say of the same days, which count them from the
 * statistics' check-ins (remedyStats). Held equal on a year of the sample journal.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadJournal } from '../../src/main/db/repositories/journal-loader'
import { remediesTried } from '../../src/main/db/repositories/remedies-tried'
import { addDaysToDay } from '../../src/shared/days'
import type { TrendsResult } from '../../src/shared/trends-schema'
import { aYearOfCheckins, FIXTURE_END_DAY } from '../fixtures/journal'
import { call } from '../support/portability'
import { tempRunningJournal } from '../support/temp-journal'

type J = Awaited<ReturnType<typeof tempRunningJournal>>
let journal: J
beforeEach(async () => {
  journal = await tempRunningJournal({ now: () => new Date(`${FIXTURE_END_DAY}T12:00:00`) })
  loadJournal(journal.db(), aYearOfCheckins(), `${FIXTURE_END_DAY}T12:00:00Z`)
})
afterEach(() => journal.cleanup())

describe("the visit checklist's remedies", () => {
  it.each([30, 90, 365])('count what Trends counts over the last %i days', async (length) => {
    const from = addDaysToDay(FIXTURE_END_DAY, -(length - 1))
    const to = FIXTURE_END_DAY
    const trends = await call<TrendsResult>(journal, 'trends:get', { from, to, asOf: to })
    const byName = new Map(trends.remedies.map((r) => [trends.names[r.key], r]))
    const tried = remediesTried(journal.db(), from, to)
    expect(tried.length).toBeGreaterThan(0)
    expect(tried.map((r) => r.name).sort()).toEqual([...byName.keys()].sort())
    for (const r of tried) {
      const stat = byName.get(r.name)!
      const { helpedALot, helpedALittle, noChange, madeItWorse, notRated } = r.relief
      const rated = helpedALot + helpedALittle + noChange + madeItWorse
      expect({ name: r.name, uses: r.uses, days: r.days, rated }).toEqual({
        name: r.name,
        uses: stat.uses,
        days: stat.daysUsed,
        rated: stat.rated,
      })
      expect(rated + notRated).toBe(r.uses)
      if (rated > 0) {
        const mean = (2 * helpedALot + helpedALittle - madeItWorse) / rated
        expect(mean).toBeCloseTo(stat.meanRelief!, 9)
      }
    }
  })
})
