import { describe, expect, it } from 'vitest'
import { journalDayOf } from '../../src/shared/journal-day'
import { atForDayAndTime } from '../../src/renderer/src/checkin/checkin-time'
import { describeDay } from '../../src/renderer/src/features/history/history-format'

describe('a check-in added to a past day', () => {
  it('is stamped on that day, with this computer’s offset', () => {
    const at = atForDayAndTime('2026-02-19', '20:45', 4)
    expect(at).toMatch(/^2026-02-19T20:45:00[+-]\d\d:\d\d$/)
    expect(journalDayOf(at, 4)).toBe('2026-02-19')
  })

  it('is stamped on the next date when its time falls before the day starts', () => {
    const at = atForDayAndTime('2026-02-28', '01:30', 4)
    expect(at).toMatch(/^2026-03-01T01:30:00[+-]\d\d:\d\d$/)
    expect(journalDayOf(at, 4)).toBe('2026-02-28')
    expect(journalDayOf(atForDayAndTime('2024-12-31', '03:59', 4), 4)).toBe('2024-12-31')
    expect(journalDayOf(atForDayAndTime('2024-12-31', '04:00', 4), 4)).toBe('2024-12-31')
  })
})

describe('what a screen reader hears for a calendar day', () => {
  const summary = {
    day: '2026-02-10',
    worst: 7,
    average: 14 / 3,
    count: 3,
    spasm: true,
    redFlag: true,
    inEpisode: true,
  }

  it('says every fact the cell shows, in words', () => {
    expect(describeDay('2026-02-10', summary, { today: false, future: false })).toBe(
      'Tuesday 10 February 2026. Worst pain 7 of 10, severe; average 4.7; 3 check-ins. Spasm. Warning sign recorded. Part of an episode.',
    )
  })

  it('says when nothing was recorded, and which day is today', () => {
    expect(describeDay('2026-03-01', undefined, { today: true, future: false })).toBe(
      'Sunday 1 March 2026, today. Nothing recorded.',
    )
  })
})
