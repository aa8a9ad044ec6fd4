import { describe, expect, it } from 'vitest'
import { dueReminder, nextReminderAt } from '../../src/shared/reminders'

const ctx = (times: string[], logged: string[] = [], dayStartHour = 4) => ({
  times,
  dayStartHour,
  hasCheckin: (day: string) => logged.includes(day),
})
const at = (y: number, mo: number, d: number, h: number, mi = 0) => new Date(y, mo - 1, d, h, mi)

describe('the daily reminder', () => {
  it('is due once its time has passed since the last check', () => {
    const due = dueReminder(at(2026, 11, 25, 20, 1), at(2026, 11, 25, 19, 59), ctx(['20:00']))
    expect(due).toEqual({ day: '2026-11-25', time: '20:00', at: at(2026, 11, 25, 20, 0) })
  })

  it('is not due before its time, or again after it was checked', () => {
    expect(
      dueReminder(at(2026, 11, 25, 19, 59), at(2026, 11, 25, 19, 0), ctx(['20:00'])),
    ).toBeNull()
    expect(dueReminder(at(2026, 11, 25, 20, 5), at(2026, 11, 25, 20, 1), ctx(['20:00']))).toBeNull()
  })

  it('is not due when the day already has a check-in', () => {
    const c = ctx(['20:00'], ['2026-11-25'])
    expect(dueReminder(at(2026, 11, 25, 20, 1), at(2026, 11, 25, 19, 59), c)).toBeNull()
  })

  it('after the laptop slept past several reminders, reminds once, for today', () => {
    const due = dueReminder(
      at(2026, 11, 25, 21, 0),
      at(2026, 11, 23, 8, 0),
      ctx(['09:00', '20:00']),
    )
    expect(due).toEqual({ day: '2026-11-25', time: '20:00', at: at(2026, 11, 25, 20, 0) })
  })

  it('does not remind for a journal day that is over', () => {
    // Asleep from 19:00 to 05:00: yesterday's 20:00 reminder belongs to a day that has ended.
    expect(dueReminder(at(2026, 11, 26, 5, 0), at(2026, 11, 25, 19, 0), ctx(['20:00']))).toBeNull()
  })

  it('counts a reminder before the day-start hour for the previous journal day', () => {
    const due = dueReminder(at(2026, 11, 26, 1, 5), at(2026, 11, 26, 0, 50), ctx(['01:00']))
    expect(due?.day).toBe('2026-11-25')
    const logged = ctx(['01:00'], ['2026-11-25'])
    expect(dueReminder(at(2026, 11, 26, 1, 5), at(2026, 11, 26, 0, 50), logged)).toBeNull()
  })

  it('with several times, picks the latest that has passed', () => {
    const due = dueReminder(
      at(2026, 11, 25, 13, 0),
      at(2026, 11, 25, 8, 0),
      ctx(['09:00', '12:30', '20:00']),
    )
    expect(due?.time).toBe('12:30')
  })

  it('ignores malformed times', () => {
    expect(
      dueReminder(at(2026, 11, 25, 23, 0), at(2026, 11, 25, 0, 0), ctx(['25:00', 'soon'])),
    ).toBeNull()
  })

  it('keeps wall-clock times across daylight-saving changes', () => {
    // These hold in any zone; in zones with DST (the suite runs under New York and Berlin)
    // the dates below are the change days of 2026.
    for (const [y, mo, d] of [
      [2026, 3, 8],
      [2026, 3, 29],
      [2026, 10, 25],
      [2026, 11, 1],
    ] as const) {
      const next = nextReminderAt(at(y, mo, d, 12, 0), ['20:00'])
      expect(next?.getHours()).toBe(20)
      expect(next?.getDate()).toBe(d)
      const due = dueReminder(at(y, mo, d, 20, 1), at(y, mo, d, 12, 0), ctx(['20:00']))
      expect(due?.time).toBe('20:00')
    }
  })

  it('finds the next moment, rolling over to tomorrow', () => {
    expect(nextReminderAt(at(2026, 11, 25, 21, 0), ['09:00', '20:00'])).toEqual(
      at(2026, 11, 26, 9, 0),
    )
    expect(nextReminderAt(at(2026, 11, 25, 8, 0), ['09:00', '20:00'])).toEqual(
      at(2026, 11, 25, 9, 0),
    )
    expect(nextReminderAt(at(2026, 11, 25, 8, 0), [])).toBeNull()
  })
})
