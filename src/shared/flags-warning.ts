/**
 * Warning signs as of a day (DESIGN.md sections 2 and 3): the signs of the last 30 days that no
 * recorded doctor visit has answered yet, at the tier of the most serious of them. A visit
 * answers the signs recorded before it — on an earlier day, or earlier the same day — so a sign
 * recorded after the visit raises the notice again.
 */
import { addDaysToDay, assertDay, compareDays, formatDayLong, formatDayShort } from './days'
import { RED_FLAG_LABELS, redFlagTier, type RedFlag } from './domain'
import type { Flag, RedFlagRecord, VisitRecord } from './flags-types'
import { SEVERITY_RANK, type WarningTier } from './severity'

export const RED_FLAG_WINDOW_DAYS = 30

export interface WarningSign {
  flag: RedFlag
  tier: WarningTier
  /** The latest day it was recorded in the window. */
  lastDay: string
}

export interface WarningState {
  /** The tier of the most serious sign. */
  tier: WarningTier
  /** Each sign once, most serious first, then most recent first. */
  signs: WarningSign[]
  /** The latest day any of them was recorded. */
  lastDay: string
  records: number
}

export interface WarningSigns {
  /** Signs no visit has answered: the notice shows. */
  raised: WarningState | null
  /** Signs a visit answered, and the latest such visit: the quiet line shows. */
  answered: { state: WarningState; visit: VisitRecord } | null
}

/**
 * True when `visit` came after a sign recorded on `day` (at `at`, when known). A visit recorded
 * before the moment of the sign never answers it, whatever day it names: one dated by the
 * calendar after midnight (as before 3 December 2026) named a journal day later than a sign
 * recorded in the same night.
 */
export function visitAnswers(visit: VisitRecord, day: string, at?: string): boolean {
  if (at !== undefined && Date.parse(visit.recordedAt) < Date.parse(at)) return false
  return visit.day >= day
}

/**
 * The warning signs in the 30 days up to `asOf` (asOf-29 … asOf), split by whether a visit
 * answered them: the one place the window is worked out. computeFlags returns the result with
 * the flags (flagsAndSigns), so Today's notice and the red-flag flag read the same signs.
 */
export function warningSigns(
  redFlags: readonly RedFlagRecord[],
  visits: readonly VisitRecord[],
  asOf: string,
): WarningSigns {
  const fromDay = addDaysToDay(asOf, -(RED_FLAG_WINDOW_DAYS - 1))
  const seen = visits.filter((v) => v.day <= asOf)
  const recent = redFlags.filter((r) => {
    assertDay(r.day, 'red flag day')
    return r.day >= fromDay && r.day <= asOf
  })
  const answeredBy = (r: RedFlagRecord) =>
    seen
      .filter((v) => visitAnswers(v, r.day, r.at))
      .sort(byDay)
      .at(-1)
  const open = recent.filter((r) => answeredBy(r) === undefined)
  const answered = recent.filter((r) => answeredBy(r) !== undefined)
  const lastVisit = answered
    .map(answeredBy)
    .filter((v): v is VisitRecord => v !== undefined)
    .sort(byDay)
    .at(-1)
  return {
    raised: stateOf(open),
    answered:
      lastVisit !== undefined && open.length === 0
        ? { state: stateOf(answered)!, visit: lastVisit }
        : null,
  }
}

const byDay = (a: VisitRecord, b: VisitRecord) =>
  compareDays(a.day, b.day) || Date.parse(a.recordedAt) - Date.parse(b.recordedAt)

function stateOf(records: readonly RedFlagRecord[]): WarningState | null {
  if (records.length === 0) return null
  const latest = new Map<RedFlag, string>()
  for (const r of records) {
    if ((latest.get(r.flag) ?? '') < r.day) latest.set(r.flag, r.day)
  }
  const signs = [...latest]
    .map(([flag, lastDay]) => ({ flag, tier: redFlagTier(flag), lastDay }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.tier] - SEVERITY_RANK[b.tier] ||
        compareDays(b.lastDay, a.lastDay) ||
        a.flag.localeCompare(b.flag),
    )
  return {
    tier: signs[0]!.tier,
    signs,
    lastDay: signs.reduce((d, s) => (s.lastDay > d ? s.lastDay : d), ''),
    records: records.length,
  }
}

/** What to do, per tier: the notice on Today says this, and the check-in's checklist says its title. */
export const WARNING_ACTION: Readonly<Record<WarningTier, { title: string; text: string }>> = {
  emergency: {
    title: 'Go to an emergency department now',
    text:
      'With back pain, this can mean pressure on the nerves at the base of the ' +
      'spine, which needs treatment within hours. Go to the nearest emergency department now, ' +
      'or call your local emergency number (such as 999, 112 or 911) if you cannot get there ' +
      'safely.',
  },
  today: {
    title: 'Contact a doctor today',
    text:
      'With back pain, this can point to a cause a doctor should check the same ' +
      "day. Call your doctor's practice for an appointment today, or an urgent care service " +
      '(such as 111 in the UK) if they cannot see you today.',
  },
}

const quote = (flag: RedFlag) => {
  const label = RED_FLAG_LABELS[flag]
  return `“${label.charAt(0).toLowerCase()}${label.slice(1)}”`
}

/** The red-flag flag for signs no visit has answered. */
export function redFlagFlag(state: WarningState): Flag {
  const named = state.signs.map((s) => `${quote(s.flag)} (${formatDayLong(s.lastDay)})`)
  const action = WARNING_ACTION[state.tier]
  return {
    kind: 'red-flag',
    level: state.tier,
    title: action.title,
    reason: `You recorded ${named.join(', ')}. ${action.text}`,
    forClinician:
      `Warning signs recorded in the last ${RED_FLAG_WINDOW_DAYS} days, not yet seen by a ` +
      `doctor: ${state.signs
        .map((s) => `${RED_FLAG_LABELS[s.flag].toLowerCase()} (${formatDayShort(s.lastDay)})`)
        .join('; ')}.`,
    numbers: {
      records: state.records,
      lastDay: state.lastDay,
      signs: state.signs.map((s) => RED_FLAG_LABELS[s.flag]).join('; '),
    },
  }
}
