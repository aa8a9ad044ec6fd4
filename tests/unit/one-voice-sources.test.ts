/**
 * Each rule, fact and wording of the flags said in one place in src/ (issue 16, "one voice"): a
 * copy written somewhere else drifts from it (a flag that calls a medicine by its key, an
 * episode length in words that ignores the person's rules). Each pattern below may appear in
 * its home only; comments are not read.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, sourceFiles } from '../support/sources'

const COMMENT = /^\s*(\/\/|\/?\*)/

/** The lines of src/ outside `homes` that match `pattern`, comments left out. */
function outside(pattern: RegExp, homes: readonly string[]): string[] {
  return sourceFiles()
    .filter((file) => !homes.includes(file))
    .flatMap((file) =>
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          !COMMENT.test(line) && pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
        ),
    )
}

/** The built-in catalog, and the migration and sample data that are written from it. */
const CATALOG = [
  'src/shared/catalog.ts',
  'src/main/db/migrations/001-initial.ts',
  'src/shared/sample-remedies.ts',
  'src/shared/sample-timeline.ts',
]

describe('one voice in the sources', () => {
  it('names the medicines only through the catalog, never in a sentence of their own', () => {
    expect(outside(/ibuprofen|naproxen|paracetamol/i, CATALOG)).toEqual([])
  })

  it('decides whether a limit is the label maximum in catalog.ts only', () => {
    expect(outside(/DEFAULT_DAILY_LIMITS_MG\[[^\]]*\]\s*===|label maximum/i, CATALOG)).toEqual([])
  })

  it('compares a dose or a day with a limit in isOverLimit only (stats/remedies.ts)', () => {
    expect(
      outside(/>=?\s*(\w+\.)?(limit|limitMg|dailyLimitMg|ACETAMINOPHEN_LIVER_MG)\b/, [
        'src/shared/stats/remedies.ts',
      ]),
    ).toEqual([])
  })

  it('works out the warning-sign window in flags-warning.ts, once per analysis', () => {
    expect(
      outside(/RED_FLAG_WINDOW_DAYS\s*[-+)]|warningSigns\(/, [
        'src/shared/flags-warning.ts',
        'src/shared/flags.ts',
      ]),
    ).toEqual([])
  })

  it('counts each warning sign once a day in redFlagDays (stats/part.ts) only', () => {
    expect(outside(/\$\{\w+\.day\} \$\{flag\}/, ['src/shared/stats/part.ts'])).toEqual([])
  })

  it('writes milligrams with formatMg (locale-format.ts) only', () => {
    expect(
      outside(/\} mg\b|\} mg a day/, [
        'src/shared/locale-format.ts',
        // A RangeError naming the bad value as it was given, for the log, not for people.
        'src/shared/flags-uses.ts',
      ]),
    ).toEqual([])
  })

  it('says the medicine disclaimer and the stats key rule in one place each', () => {
    expect(outside(/not advice/, ['src/shared/catalog.ts', 'src/shared/guidance.ts'])).toEqual([])
    expect(
      outside(/`(trigger|remedy)-\$\{/, ['src/main/db/repositories/analysis-input.ts']).filter(
        // The screens' element ids are not statistics keys.
        (line) => !line.startsWith('src/renderer/'),
      ),
    ).toEqual([])
  })

  it('takes the severity a screen says about a rule from the rule, never as a literal', () => {
    expect(outside(/<SeverityWord severity="/, [])).toEqual([])
  })

  it('says episode lengths and the six-to-eight-weeks fact in episodes.ts only', () => {
    expect(
      outside(/\d\+ weeks|(six|eight)[- ]weeks?|\? rules\.(watchDays|doctorDays)/i, [
        'src/shared/episodes.ts',
      ]),
    ).toEqual([])
  })

  it('rounds to one decimal with oneDecimal only, and never reads printed words back', () => {
    expect(
      outside(/formatDecimal\(|Math\.abs\(\w+\) \* 10\)/, [
        'src/shared/locale-format.ts',
        'src/shared/stats/format.ts',
        // File sizes in MB: a measure of its own, not a score.
        'src/renderer/src/features/settings/backup-format.ts',
      ]),
    ).toEqual([])
  })
})
