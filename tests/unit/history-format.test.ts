import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../support/sources'
import { describe, expect, it } from 'vitest'
import { journalDayOf, toLocalTimestamp } from '../../src/shared/journal-day'
import { addDaysToDay, formatDay } from '../../src/shared/days'
import type { Checkin } from '../../src/shared/domain'
import { instantOf } from '../../src/shared/timestamp'
import { atForDayAndTime } from '../../src/renderer/src/checkin/checkin-time'
import {
  initialDraft,
  SKIPPED_TIME_MESSAGE,
  stampOf,
  TIME_MESSAGE,
  timeMessage,
} from '../../src/renderer/src/checkin/checkin-mode'
import { describeDay } from '../../src/renderer/src/features/history/history-format'

describe('a check-in added to a past day', () => {
  it('is stamped on that day, with this computer’s offset', () => {
    const at = atForDayAndTime('2026-02-19', '20:45', 4)!
    expect(at).toMatch(/^2026-02-19T20:45:00[+-]\d\d:\d\d$/)
    expect(journalDayOf(at, 4)).toBe('2026-02-19')
  })

  it('is stamped on the next date when its time falls before the day starts', () => {
    const at = atForDayAndTime('2026-02-28', '01:30', 4)!
    expect(at).toMatch(/^2026-03-01T01:30:00[+-]\d\d:\d\d$/)
    expect(journalDayOf(at, 4)).toBe('2026-02-28')
    expect(journalDayOf(atForDayAndTime('2024-12-31', '03:59', 4)!, 4)).toBe('2024-12-31')
    expect(journalDayOf(atForDayAndTime('2024-12-31', '04:00', 4)!, 4)).toBe('2024-12-31')
  })
})

/** The first date of 2026 on which this machine's clocks skip 02:30 (none in UTC). */
function springForward(): string | null {
  for (let d = new Date(2026, 0, 1); d.getFullYear() === 2026; d.setDate(d.getDate() + 1)) {
    const probe = new Date(d.getFullYear(), d.getMonth(), d.getDate(), 2, 30)
    if (probe.getHours() !== 2) return formatDay(d)
  }
  return null
}

describe('a time the clocks went forward over (the unit tests run in zones with DST)', () => {
  const gap = springForward()

  it.runIf(gap !== null)('gives no stamp, and the form says why, not "enter a time"', () => {
    // 02:30 with the day starting at 03:00 is the night after the day before the change.
    expect(atForDayAndTime(addDaysToDay(gap!, -1), '02:30', 3)).toBeNull()
    expect(atForDayAndTime(gap!, '02:30', 0)).toBeNull()
    const mode = { kind: 'day', day: addDaysToDay(gap!, -1), defaultTime: '12:00' } as const
    const draft = { ...initialDraft(mode), time: '02:30' }
    expect(stampOf(mode, draft, new Date(2027, 0, 1), 3)).toBeNull()
    expect(timeMessage(draft)).toBe(SKIPPED_TIME_MESSAGE)
    expect(timeMessage({ ...draft, time: '2:3' })).toBe(TIME_MESSAGE)
    // Just after the change is a real time, on the day it was added to.
    const after = stampOf(mode, { ...draft, time: '03:30' }, new Date(2027, 0, 1), 4)
    expect(journalDayOf(after!, 4)).toBe(addDaysToDay(gap!, -1))
  })
})

describe('an edited check-in’s time, after the day-start hour was changed', () => {
  it('moves the check-in by the minutes changed, not by a day', () => {
    // Saved at 03:00 on 10 February while the day started at 04:00: journal day 9 February.
    const at = toLocalTimestamp(new Date(2026, 1, 10, 3, 0))
    const stored: Checkin = {
      id: 1,
      at,
      day: '2026-02-09',
      pain: 6,
      spasm: null,
      regions: [],
      context: null,
      triggerIds: [],
      remedies: [],
      redFlags: [],
      note: '',
    }
    const edit = { kind: 'edit', checkin: stored } as const
    // The day now starts at 02:00; the time is corrected to 03:15.
    const moved = stampOf(edit, { ...initialDraft(edit), time: '03:15' }, new Date(2026, 2, 1), 2)
    expect((instantOf(moved!) - instantOf(at)) / 60_000).toBe(15)
  })
})

describe('what a screen reader hears for a calendar day', () => {
  const summary = {
    day: '2026-02-10',
    worst: 7,
    average: 14 / 3,
    count: 3,
    spasm: true,
    redFlag: 'emergency' as const,
    inEpisode: true,
  }

  it('says every fact the cell shows, in words', () => {
    expect(describeDay('2026-02-10', summary, { today: false, future: false })).toBe(
      'Tuesday 10 February 2026. Worst pain 7 of 10, severe; average 4.7; 3 check-ins. Spasm. Warning sign recorded: Emergency. Part of an episode.',
    )
  })

  it('says when nothing was recorded, and which day is today', () => {
    expect(describeDay('2026-03-01', undefined, { today: true, future: false })).toBe(
      'Sunday 1 March 2026, today. Nothing recorded.',
    )
  })
})

describe('the episode table', () => {
  it('heads each column with its own name (days, then the length in words)', () => {
    const source = readFileSync(
      join(ROOT, 'src/renderer/src/features/history/EpisodeList.tsx'),
      'utf8',
    )
    const headings = [...source.matchAll(/<th scope="col">([^<]+)<\/th>/g)].map((m) => m[1])
    expect(headings).toEqual(['Dates', 'Days', 'Peak', 'Status', 'Length'])
  })
})
