/**
 * One voice between the report and the screens (DESIGN.md section 3), for one journal on one day: a 50-day ongoing
 * episode, warning signs of both tiers, ibuprofen above its limit on 25 Feb and acetaminophen
 * (5,000 mg, above both its 3,000 mg limit and 4,000 mg) with naproxen and ibuprofen on 27 Feb.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadJournal } from '../../src/main/db/repositories/journal-loader'
import { DEFAULT_SECTIONS } from '../../src/shared/report/options'
import type { Insights } from '../../src/shared/insights-schema'
import { SEVERITY_ICONS } from '../../src/shared/severity-icons'
import { SEVERITY_WORDS, type Severity } from '../../src/shared/severity'
import { textOf } from '../support/render'
import { tempRunningJournal } from '../support/temp-journal'
import { call } from '../support/portability'
import { REPORT_FROM, REPORT_TO, reportJournal } from '../fixtures/report-journal'

type J = Awaited<ReturnType<typeof tempRunningJournal>>
let journal: J
beforeEach(async () => {
  journal = await tempRunningJournal({ now: () => new Date('2026-03-01T12:00:00') })
  const j = reportJournal()
  j.checkins = j.checkins.map((c) =>
    c.day === '2026-02-27'
      ? {
          ...c,
          redFlags: ['saddle-numbness' as const],
          remedies: [
            { key: 'acetaminophen', doseMg: 2500, minutes: null, relief: 1 as const },
            { key: 'acetaminophen', doseMg: 2500, minutes: null, relief: 1 as const },
            { key: 'naproxen', doseMg: 440, minutes: null, relief: 1 as const },
            { key: 'ibuprofen', doseMg: 400, minutes: null, relief: 1 as const },
          ],
        }
      : c,
  )
  loadJournal(journal.db(), j, '2026-03-01T12:00:00Z')
})
afterEach(() => journal.cleanup())

const report = async () =>
  (
    await call<{ body: string }>(journal, 'report:preview', {
      from: REPORT_FROM,
      to: REPORT_TO,
      patientName: '',
      dateOfBirth: null,
      sections: DEFAULT_SECTIONS,
    })
  ).body

describe('the report and Today count the days over a limit alike', () => {
  it('the flag counts every day above a daily limit in the last 30 days, as the medication log does', async () => {
    const t = textOf(await report())
    // The medication log, in the same report: both days, both in the last 30 days.
    expect(t).toContain('Above the daily limit on 2 days:')
    // The flag beside it counts the acetaminophen day too, though the acetaminophen flag names it.
    expect(t).toContain('Above the daily limit on 2 days in the last 30 days')
    const insights = await call<Insights>(journal, 'insights:get', { asOf: REPORT_TO })
    const medication = insights.flags.find((f) => f.kind === 'medication')
    expect(medication?.numbers['overLimitDays']).toBe(2)
  })
})

describe('the report gives each severity its icon as well as its word', () => {
  it('every severity word in the flags and the warning signs comes with its own icon, as on Today', async () => {
    const body = await report()
    const words = [
      ...body.matchAll(/<span class="r-(?:flag-level|tier)">(<svg .*?<\/svg>)([^<]*)<\/span>/g),
    ]
    const severities = words.map(([, , word]) => {
      const severity = (Object.keys(SEVERITY_WORDS) as Severity[]).find(
        (s) => SEVERITY_WORDS[s] === word,
      )
      if (!severity) throw new Error(`not a severity word: ${word ?? ''}`)
      return severity
    })
    // Flags: the emergency sign, acetaminophen (today), the medicine flags (visit); signs: both.
    expect(new Set(severities)).toEqual(new Set(['emergency', 'today', 'visit']))
    expect(body.match(/class="r-(flag-level|tier)"/g)?.length).toBe(words.length)
    for (const [i, [, svg]] of words.entries()) {
      const d = [...(svg ?? '').matchAll(/ (?:d|cx)="([^"]+)"/g)].map((m) => m[1])
      expect(d).toEqual(SEVERITY_ICONS[severities[i]!].node.map(([, a]) => a['d'] ?? a['cx']))
    }
  })
})
