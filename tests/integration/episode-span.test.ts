/**
 * An ongoing episode whose last pain day was a few days ago: its length runs to today (rule 4),
 * so its dates do not end on its last pain day. Trends, History and the report write its span
 * and its length in the same words (episodeSpanWords, episodeDaysWords).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadJournal } from '../../src/main/db/repositories/journal-loader'
import { eachDay } from '../../src/shared/days'
import { DEFAULT_SECTIONS } from '../../src/shared/report/options'
import type { TrendsResult } from '../../src/shared/trends-schema'
import { tempRunningJournal } from '../support/temp-journal'
import { call } from '../support/portability'
import { renderedHtml, textOf } from '../support/render'
import { checkinsFromWorst } from '../fixtures/journal'

type J = Awaited<ReturnType<typeof tempRunningJournal>>
let journal: J
const AS_OF = '2026-03-01'
beforeEach(async () => {
  journal = await tempRunningJournal({ now: () => new Date('2026-03-01T12:00:00') })
  const days = eachDay('2026-02-01', AS_OF).map((day) => ({
    day,
    worst: day <= '2026-02-25' ? 5 : 0,
  }))
  loadJournal(
    journal.db(),
    { checkins: checkinsFromWorst(days), dayRecords: [] },
    '2026-03-01T12:00:00Z',
  )
})
afterEach(() => journal.cleanup())

const trends = () =>
  call<TrendsResult>(journal, 'trends:get', { from: '2026-01-01', to: AS_OF, asOf: AS_OF })

describe('an ongoing episode has the same dates and length on every screen', () => {
  it('Trends’ episode table writes it "1 Feb 2026 – ongoing" beside its 29 days, as History and the report do', async () => {
    const data = await trends()
    expect(data.episodes).toMatchObject([
      { start: '2026-02-01', end: '2026-02-25', status: 'ongoing', durationDays: 29 },
    ])
    const t = textOf(
      await renderedHtml(
        'src/renderer/src/features/trends/EpisodesSection.tsx',
        'EpisodesSection',
        {
          data,
        },
      ),
    )
    expect(t).toContain(
      'Episode Days Pain days Peak pain Status 1 Feb 2026 – ongoing 29 25 5 Ongoing',
    )
    expect(t).not.toContain('25 Feb 2026')
  })

  it('the report writes it the same way in its episodes table', async () => {
    const { body } = await call<{ body: string }>(journal, 'report:preview', {
      from: '2026-01-01',
      to: AS_OF,
      patientName: '',
      dateOfBirth: null,
      sections: DEFAULT_SECTIONS,
    })
    expect(textOf(body)).toContain(
      'Dates Days Pain days Peak Status Length 1 Feb 2026 – ongoing 29',
    )
  })
})
