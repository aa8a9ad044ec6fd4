/**
 * Warning signs in two tiers, each with its own notice, and the step-down after a recorded
 * doctor visit (DESIGN.md sections 2 and 3, issue 14).
 */
import { describe, expect, it } from 'vitest'
import { flagsOn } from '../support/flags'
import { renderedHtml, textOf } from '../support/render'
import { addDaysToDay, eachDay } from '../../src/shared/days'
import {
  OFFERED_RED_FLAGS,
  RED_FLAGS,
  RED_FLAG_CATALOGUE,
  RED_FLAG_LABELS,
  redFlagTier,
  type RedFlag,
} from '../../src/shared/domain'
import {
  AFTER_VISIT_ADVICE,
  WARNING_ACTION,
  warningSigns,
  type FlagInput,
  type FlagKind,
  type VisitRecord,
} from '../../src/shared/flags'
import { guidanceFor } from '../../src/shared/guidance'
import { currentEpisode, detectEpisodes } from '../../src/shared/episodes'

const AS_OF = '2026-06-30'
const ago = (n: number): string => addDaysToDay(AS_OF, -n)
const visit = (day: string, time = '12:00:00'): VisitRecord => ({
  day,
  recordedAt: new Date(`${day}T${time}Z`).toISOString(),
})

const flagsFor = (input: Partial<FlagInput>) => flagsOn(AS_OF, input)
const kinds = (input: Partial<FlagInput>): FlagKind[] => flagsFor(input).map((f) => f.kind)
const flagOf = (kind: FlagKind, input: Partial<FlagInput>) =>
  flagsFor(input).find((f) => f.kind === kind)

const EMERGENCY: RedFlag[] = [
  'bladder-bowel',
  'saddle-numbness',
  'both-legs',
  'sexual-function',
  'chest-pain',
  'serious-accident',
]
const TODAY: RedFlag[] = [
  'fever',
  'weight-loss',
  'cancer-history',
  'night-pain',
  'fall-or-accident',
  'immune-steroids',
  'upper-back',
  'back-shape',
  'cough-sneeze',
]

describe('the catalogue', () => {
  it('puts each sign the issue lists in its tier, and offers every one', () => {
    for (const flag of EMERGENCY) expect(redFlagTier(flag)).toBe('emergency')
    for (const flag of TODAY) expect(redFlagTier(flag)).toBe('today')
    expect(OFFERED_RED_FLAGS).toEqual([...EMERGENCY, ...TODAY])
  })

  it('keeps every key ever stored readable; a retired one is read, not offered', () => {
    for (const old of [
      'bladder-bowel',
      'saddle-numbness',
      'leg-weakness',
      'fever',
      'weight-loss',
      'fall-or-accident',
      'cancer-history',
      'night-pain',
    ] as const) {
      expect(RED_FLAGS).toContain(old)
      expect(RED_FLAG_LABELS[old].length).toBeGreaterThan(10)
    }
    expect(RED_FLAG_CATALOGUE['leg-weakness']).toMatchObject({ offered: false, tier: 'emergency' })
  })

  it('labels every sign without "you", so the report can quote it to a clinician', () => {
    for (const flag of RED_FLAGS) {
      expect(RED_FLAG_LABELS[flag]).toMatch(/^[A-Z]/)
      expect(RED_FLAG_LABELS[flag]).not.toMatch(/\byou(r)?\b/i)
    }
  })
})

describe('the check-in form’s checklist', () => {
  it('says what to do for each tier in the words of that tier’s notice, under its severity word', async () => {
    const text = textOf(
      await renderedHtml('src/renderer/src/checkin/WarningSigns.tsx', 'WarningSigns', {
        selected: [],
        onToggle: () => {},
      }),
    )
    expect(text).toContain('Emergency: go to an emergency department now')
    expect(text).toContain('See a doctor today: contact a doctor today')
    expect(text).not.toContain('the same day')
  })
})

describe('each tier has its own notice', () => {
  it('the emergency one sends to the emergency department or the emergency number, and never says wait', () => {
    const { title, text } = WARNING_ACTION.emergency
    expect(title).toBe('Go to an emergency department now')
    expect(text).toMatch(/emergency department now/)
    expect(text).toMatch(/emergency number/)
    expect(`${title} ${text}`).not.toMatch(/wait/i)
  })

  it('the see-today one asks for a doctor today, not the emergency department', () => {
    const { title, text } = WARNING_ACTION.today
    expect(title).toBe('Contact a doctor today')
    expect(text).toMatch(/today/)
    expect(`${title} ${text}`).not.toMatch(/emergency|wait/i)
  })

  it('raises the flag at the tier of the most serious sign in the window', () => {
    for (const flag of TODAY) {
      expect(flagOf('red-flag', { redFlags: [{ day: ago(3), flag }] })?.level).toBe('today')
    }
    for (const flag of EMERGENCY) {
      expect(flagOf('red-flag', { redFlags: [{ day: ago(3), flag }] })?.level).toBe('emergency')
    }
    const both = flagOf('red-flag', {
      redFlags: [
        { day: ago(1), flag: 'fever' },
        { day: ago(20), flag: 'bladder-bowel' },
      ],
    })
    expect(both?.level).toBe('emergency')
    expect(both?.title).toBe(WARNING_ACTION.emergency.title)
    expect(both?.reason).toContain(WARNING_ACTION.emergency.text)
  })
})

describe('after "I have seen a doctor about this"', () => {
  const sign = (day: string, flag: RedFlag = 'fever', time = '09:00:00') => ({
    day,
    flag,
    at: `${day}T${time}+00:00`,
  })

  it('steps the warning sign down to one quiet line', () => {
    const input = { redFlags: [sign(ago(5))], visits: [visit(ago(2))] }
    expect(kinds(input)).toEqual(['seen-doctor'])
    const quiet = flagOf('seen-doctor', input)
    expect(quiet?.level).toBe('info')
    expect(quiet?.reason).toBe(`Seen on 28 June 2026 — ${AFTER_VISIT_ADVICE}.`)
    expect(quiet?.reason).toBe(
      'Seen on 28 June 2026 — see a doctor again if it gets worse or a new warning sign appears.',
    )
    expect(quiet?.forClinician).toBe(
      'Seen by a doctor on 28 Jun 2026 about the warning sign (as recorded by the patient).',
    )
  })

  it('a visit the same day answers the signs recorded before it, not those after', () => {
    const day = ago(1)
    const seenAtNoon = [visit(day, '12:00:00')]
    expect(kinds({ redFlags: [sign(day, 'fever', '09:00:00')], visits: seenAtNoon })).toEqual([
      'seen-doctor',
    ])
    const later = flagsFor({ redFlags: [sign(day, 'both-legs', '18:00:00')], visits: seenAtNoon })
    expect(later.map((f) => [f.kind, f.level])).toEqual([['red-flag', 'emergency']])
    // Without a time stamp, the visit that day counts as after it.
    expect(kinds({ redFlags: [{ day, flag: 'fever' }], visits: seenAtNoon })).toEqual([
      'seen-doctor',
    ])
  })

  it('a new warning sign after the visit raises the notice again, naming only what is new', () => {
    const flags = flagsFor({
      redFlags: [sign(ago(10), 'bladder-bowel'), sign(ago(1), 'night-pain')],
      visits: [visit(ago(5))],
    })
    expect(flags.map((f) => f.kind)).toEqual(['red-flag'])
    expect(flags[0]?.level).toBe('today')
    expect(flags[0]?.reason).toContain('constant pain at night')
    expect(flags[0]?.reason).not.toContain('bladder')
  })

  it('a visit before the sign, or in the future, answers nothing', () => {
    expect(kinds({ redFlags: [sign(ago(3))], visits: [visit(ago(4))] })).toEqual(['red-flag'])
    expect(kinds({ redFlags: [sign(ago(3))], visits: [visit(addDaysToDay(AS_OF, 1))] })).toEqual([
      'red-flag',
    ])
  })

  it('the quiet line lasts as long as the sign would have, then goes', () => {
    const visits = [visit(ago(25))]
    expect(kinds({ redFlags: [sign(ago(29))], visits })).toEqual(['seen-doctor'])
    expect(kinds({ redFlags: [sign(ago(30))], visits })).toEqual([])
  })

  const longEpisode = (n: number) => eachDay(ago(n - 1), AS_OF).map((day) => ({ day, worst: 6 }))

  it('steps a long episode down once seen after it reached its length', () => {
    // Day 47: six weeks were reached on day 42, five days ago.
    expect(kinds({ days: longEpisode(47), visits: [visit(ago(5))] })).toEqual(['seen-doctor'])
    expect(
      flagOf('seen-doctor', { days: longEpisode(47), visits: [visit(ago(5))] })?.forClinician,
    ).toBe(
      'Seen by a doctor on 25 Jun 2026 about this long episode and the pain not easing (as ' +
        'recorded by the patient).',
    )
    expect(kinds({ days: longEpisode(47), visits: [visit(ago(6))] })).toContain('long-episode')
  })

  it('raises it again when the episode reaches eight weeks after a visit at six', () => {
    // Seen on day 45; day 56 is eight weeks.
    const visits = [visit(ago(15))]
    expect(kinds({ days: longEpisode(55), visits: [visit(ago(10))] })).toEqual(['seen-doctor'])
    const flags = flagsFor({ days: longEpisode(60), visits })
    expect(flags.map((f) => f.kind)).toEqual(['long-episode', 'seen-doctor'])
    expect(flags[0]?.title).toBe('Book a doctor visit for this episode')
  })

  it('one visit answers the sign and the long episode in one line', () => {
    const flags = flagsFor({
      days: longEpisode(60),
      redFlags: [sign(ago(3))],
      visits: [visit(ago(1))],
    })
    expect(flags.map((f) => f.kind)).toEqual(['seen-doctor'])
    expect(flags[0]?.forClinician).toContain('about the warning sign and this long episode')
  })
})

describe('warningSigns', () => {
  it('lists each sign once, most serious first, with its latest day', () => {
    const { raised, answered } = warningSigns(
      [
        { day: ago(9), flag: 'fever' },
        { day: ago(2), flag: 'fever' },
        { day: ago(6), flag: 'chest-pain' },
      ],
      [],
      AS_OF,
    )
    expect(answered).toBeNull()
    expect(raised).toEqual({
      tier: 'emergency',
      signs: [
        { flag: 'chest-pain', tier: 'emergency', lastDay: ago(6) },
        { flag: 'fever', tier: 'today', lastDay: ago(2) },
      ],
      lastDay: ago(2),
      records: 3,
    })
  })
})

describe('guidance while a warning sign waits for a doctor', () => {
  const episode = currentEpisode(
    detectEpisodes(
      eachDay(ago(4), AS_OF).map((day) => ({ day, worst: 6 })),
      AS_OF,
    ),
  )

  it('holds back every piece of advice on exercise and on how long it lasts', () => {
    const held = guidanceFor(episode, AS_OF, { flags: [{ kind: 'red-flag' }] })
    expect(held.stage).toBe('on-hold')
    const text = [held.heading, ...held.items, held.doctorLine].join(' ')
    expect(text).not.toMatch(/exercise|stretch|walk|usual|weeks/i)
    expect(guidanceFor(episode, AS_OF, { flags: [{ kind: 'seen-doctor' }] }).stage).toBe(
      'first-weeks',
    )
  })
})
