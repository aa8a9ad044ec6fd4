/**
 * Every limit is decided in one place (issue 16): the pain scale in pain-scale.ts, a day's
 * minutes in days.ts, doses and daily limits in doses.ts, notes in schemas.ts, reminders in
 * reminders.ts, the day-start hour in journal-day.ts, a link's length in backup-schemas.ts, a
 * time zone's offset in timestamp.ts. Written again as a literal elsewhere, it drifts: the
 * settings once allowed 100,000 mg while a restored backup allowed any limit at all.
 */
import { describe, expect, it } from 'vitest'
import { offendingLines, sourceFiles } from '../support/sources'

/** A limit's literal spellings, and the one file each may be written in. */
const LIMITS: { what: string; pattern: RegExp; home: string; alsoAllowed?: string[] }[] = [
  {
    what: 'the 0–10 scale',
    pattern: /\.max\(10\b|[<>]=? ?10\b(?! ?[*/])|\b0 to 10\b|intIn\(0, 10/,
    home: 'src/shared/pain-scale.ts',
    // Quoted in the docs of the words built from the constants; date arithmetic (month < 10).
    alsoAllowed: ['src/shared/range-words.ts', 'src/shared/schemas.ts', 'src/shared/days.ts'],
  },
  { what: 'minutes in a day', pattern: /\b1440\b|\b1_440\b|24 \* 60/, home: 'src/shared/days.ts' },
  {
    what: 'a note’s length',
    pattern: /\b20_?000\b/,
    home: 'src/shared/schemas.ts',
    // A window's size in pixels.
    alsoAllowed: ['src/main/window-state.ts'],
  },
  {
    what: 'a daily medicine limit',
    pattern: /\b100_?000\b/,
    home: 'src/shared/doses.ts',
    // Different limits that happen to share the number: rows in a CSV, a setting's JSON text.
    alsoAllowed: ['src/shared/portability/csv-read.ts', 'src/main/portability/json-backup.ts'],
  },
  { what: 'a link’s length', pattern: /\b2048\b/, home: 'src/shared/backup-schemas.ts' },
  {
    what: 'a time zone’s offset',
    pattern: /\b14 \* 60\b|\b840\b/,
    home: 'src/shared/timestamp.ts',
  },
  {
    what: 'reminders a day',
    pattern: /\.max\(6\b|\bsix reminders|MAX_REMINDERS = /,
    home: 'src/shared/reminders.ts',
  },
  {
    what: 'the day-start hour',
    pattern: /dayStartHour: \d|START_HOUR = \d|length: 13\b/,
    home: 'src/shared/journal-day.ts',
  },
]

// Window sizes, chart ticks and other numbers that are not these limits are left alone: the
// patterns are the limits' own spellings (".max(10", "from 0 to 10", "1440"), not every 10.
const SKIP_LINE = /slice\(\d+, 10\)|magnitude < 10|d < 10 &&/

describe('each limit is written in one place', () => {
  const files = sourceFiles()

  for (const limit of LIMITS) {
    it(`${limit.what}: only in ${limit.home}`, () => {
      const allowed = new Set([limit.home, ...(limit.alsoAllowed ?? [])])
      const offenders = offendingLines(
        files.filter((file) => !allowed.has(file)),
        (line) => limit.pattern.test(line) && !SKIP_LINE.test(line),
      )
      expect(offenders).toEqual([])
    })
  }
})
