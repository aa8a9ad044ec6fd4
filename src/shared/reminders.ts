/**
 * When to remind: pure scheduling for the daily "How is your back today?" notification.
 * Reminder times are local wall-clock times ("20:00"). A reminder is due when its moment has
 * passed since the last check, it belongs to the current journal day (so a laptop that slept
 * through several days reminds once, for today), and that day has no check-in yet.
 * Moments are built with date-fns in local time, so a daylight-saving change moves nothing: 20:00
 * stays 20:00, and a time inside the spring-forward gap fires at the first moment after it.
 */
import { addDays, isAfter, set, startOfDay } from 'date-fns'
import { journalDayAt } from './journal-day'
import { CLOCK_TIME_PATTERN } from './timestamp'

/** Reminders a day, at most: enough for morning, midday and evening twice over, never a nag. */
export const MAX_REMINDERS = 6

export interface ReminderContext {
  /** Reminder times, `HH:mm`. */
  times: readonly string[]
  dayStartHour: number
  /** Whether a journal day already has a check-in. */
  hasCheckin: (day: string) => boolean
}

export interface DueReminder {
  /** The journal day it is for. */
  day: string
  time: string
  at: Date
}

function momentsAround(now: Date, times: readonly string[]): { time: string; at: Date }[] {
  const out: { time: string; at: Date }[] = []
  for (const offset of [-1, 0, 1]) {
    const base = startOfDay(addDays(now, offset))
    for (const time of times) {
      const m = CLOCK_TIME_PATTERN.exec(time)
      if (!m) continue
      out.push({ time, at: set(base, { hours: Number(m[1]), minutes: Number(m[2]) }) })
    }
  }
  return out.sort((a, b) => a.at.getTime() - b.at.getTime())
}

/** The reminder to show now, if any: at most one, the latest that fell in (lastCheck, now]. */
export function dueReminder(
  now: Date,
  lastCheck: Date,
  context: ReminderContext,
): DueReminder | null {
  const today = journalDayAt(now, context.dayStartHour)
  if (context.hasCheckin(today)) return null
  const due = momentsAround(now, context.times).filter(
    (m) =>
      isAfter(m.at, lastCheck) &&
      !isAfter(m.at, now) &&
      journalDayAt(m.at, context.dayStartHour) === today,
  )
  const last = due.at(-1)
  return last ? { day: today, time: last.time, at: last.at } : null
}

/** The next moment a reminder could fire after `now`, for setting a timer; null when none. */
export function nextReminderAt(now: Date, times: readonly string[]): Date | null {
  return momentsAround(now, times).find((m) => isAfter(m.at, now))?.at ?? null
}
