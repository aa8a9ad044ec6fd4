import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, settings } from '../../src/shared/settings-schema'
import { DEFAULT_HINTS, readHints } from '../../src/renderer/src/start-hints-read'

/** The settings schema's own answer: the rules the hand-written check in start-hints-read.ts copies. */
const bySchema = settings.pick({ dayStartHour: true, welcomeDismissed: true, theme: true })

const CASES: unknown[] = [
  { dayStartHour: 4, welcomeDismissed: false, theme: 'system' },
  { dayStartHour: 0, welcomeDismissed: true, theme: 'dark' },
  { dayStartHour: 12, welcomeDismissed: true, theme: 'light' },
  { dayStartHour: 13, welcomeDismissed: true, theme: 'light' },
  { dayStartHour: -1, welcomeDismissed: true, theme: 'light' },
  { dayStartHour: 2.5, welcomeDismissed: true, theme: 'light' },
  { dayStartHour: '4', welcomeDismissed: true, theme: 'light' },
  { dayStartHour: 4, welcomeDismissed: 'yes', theme: 'light' },
  { dayStartHour: 4, welcomeDismissed: false, theme: 'blue' },
  { dayStartHour: 4, welcomeDismissed: false },
  null,
  [],
  7,
]

describe('start hints, read without zod by the first script of the page', () => {
  it.each(CASES.map((c) => [JSON.stringify(c), c]))(
    '%s: kept as the settings schema keeps it',
    (_, value) => {
      const schema = bySchema.safeParse(value)
      expect(readHints(JSON.stringify(value))).toEqual(schema.success ? schema.data : null)
    },
  )

  it('damaged text is no hint', () => {
    expect(readHints('{"dayStartHour":')).toBeNull()
    expect(readHints(null)).toBeNull()
  })

  it('without hints, the first start guesses the default settings', () => {
    expect(DEFAULT_HINTS).toEqual({
      dayStartHour: DEFAULT_SETTINGS.dayStartHour,
      welcomeDismissed: DEFAULT_SETTINGS.welcomeDismissed,
      theme: DEFAULT_SETTINGS.theme,
    })
  })
})
