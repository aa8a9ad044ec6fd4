/**
 * Days, months and times of day a person reads are written in their homes: src/shared/days.ts
 * (days), src/shared/months.ts (months) and src/shared/locale-format.ts (clock times), each with a
 * named formatter (formatDayShort, formatMonthTitle, formatHour…). A date-fns `format(x, 'd MMM')`
 * or a `padStart(2, '0')` clock anywhere else would write "14 Mar" beside "14 March 2026", or
 * "08:00" beside "8:00 AM", and a `toISOString().slice(0, 10)` is the UTC day, not the local one.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, sourceFiles } from '../support/sources'

const HOMES = new Set(['src/shared/days.ts', 'src/shared/months.ts', 'src/shared/locale-format.ts'])

/** Files that write machine text no one reads as a date, each for one reason. */
const MACHINE_STAMPS = new Map([
  // toLocalTimestamp: the stored check-in stamp, `2026-11-25T08:30:00+01:00`.
  ['src/shared/journal-day.ts', ['format(']],
  // fileStamp: the moment in a backup's file name, `2026-11-25T08-30-00` (no colons on Windows).
  ['src/main/db/backup.ts', ['format(']],
  // The sample journal's stamps at a chosen UTC offset, not this computer's: no Date can write them.
  ['src/shared/sample-checkins.ts', ['padStart(']],
])

const PATTERNS: [string, RegExp][] = [
  // date-fns format with a pattern written in place: `format(date, 'd MMM')`.
  ['format(', /\bformat\([^()]*(\([^()]*\))?[^()]*,\s*['"`]/],
  ['toISOString', /toISOString\(\)\.slice\(0,\s*10\)/],
  // Two-digit hours, minutes, months or days built by hand.
  ['padStart(', /padStart\(2,\s*['"]0['"]\)/],
]

/** Any date-fns format or parse at all (imports may span lines): a pattern may be in a ternary. */
const DATE_FNS_FORMAT = /import\s*\{[^}]*\b(format|parse)\b[^}]*\}\s*from\s*'date-fns'/

function handWrittenDates(file: string, text: string): string[] {
  if (HOMES.has(file)) return []
  const allowed = MACHINE_STAMPS.get(file) ?? []
  const lines = text
    .split('\n')
    .flatMap((line, i) =>
      PATTERNS.filter(([name, re]) => !allowed.includes(name) && re.test(line)).map(
        () => `${file}:${i + 1}: ${line.trim()}`,
      ),
    )
  const imports = !allowed.includes('format(') && DATE_FNS_FORMAT.test(text)
  return imports ? [...lines, `${file}: imports format or parse from date-fns`] : lines
}

describe('dates and times of day are written in one place', () => {
  it('no source outside days.ts, months.ts and locale-format.ts writes a date or time by hand', () => {
    const offenders = sourceFiles().flatMap((file) =>
      handWrittenDates(file, readFileSync(join(ROOT, file), 'utf8')),
    )
    expect(offenders).toEqual([])
  })

  it('catches the shapes it is for', () => {
    const caught = (line: string) => handWrittenDates('src/x.ts', line).length
    expect(caught("return format(parseDay(day), 'd MMM')")).toBe(1)
    expect(caught('format(at, "yyyy-MM-dd\'T\'HH-mm-ss")')).toBe(1)
    expect(caught('const day = new Date().toISOString().slice(0, 10)')).toBe(1)
    expect(caught("formatClock(`${String(h).padStart(2, '0')}:00`)")).toBe(1)
    expect(caught("import {\n  addDays,\n  format,\n} from 'date-fns'")).toBe(1)
    expect(caught("import { addMinutes } from 'date-fns'")).toBe(0)
    expect(caught('formatDayShort(day)')).toBe(0)
    expect(caught('<SideAxis format={String} />')).toBe(0)
  })
})
