/**
 * The flags of DESIGN.md section 3: what the journal says plainly needs attention, each with its
 * severity (severity.ts), one sentence to the person, one to the clinician, and the numbers
 * behind it. Pure: the caller gathers the rows.
 *
 * Every window is a run of calendar days ending with `asOf` and including it: "the last 30 days"
 * is asOf-29 … asOf, "the 365 days up to asOf" is asOf-364 … asOf.
 *
 * A recorded doctor visit steps the flags that send the person to a doctor down to one quiet
 * line ("seen-doctor"): warning signs recorded before it, a long episode that had reached its
 * length by then, a dose taken before it, and so on (`answeredFrom`). Anything new after the
 * visit raises its flag again. Information-only flags (bed rest) stay as they are.
 */
import { BED_REST_KEY, nameFrom } from './catalog'
import {
  addDaysToDay,
  compareDays,
  dayFromNumber,
  dayNumber,
  formatDayLong,
  formatDayShort,
} from './days'
import {
  currentEpisode,
  detectEpisodes,
  resolveEpisodeRules,
  type Episode,
  type EpisodeRules,
} from './episodes'
import {
  NOT_IMPROVING_MIN_DAYS,
  levelSince,
  longEpisodeFlag,
  notImprovingFlag,
  recurringFlag,
} from './flags-episode'
import {
  acetaminophenFlag,
  antiInflammatoriesTogetherFlag,
  MEDICATION_WINDOW_DAYS,
  medicationFlag,
} from './flags-medication'
import { checkedUses, useRunsReaching, usesBetween, type Uses } from './flags-uses'
import type { Flag, FlagInput, FlagKind, VisitRecord } from './flags-types'
import { redFlagFlag, visitAnswers, warningSigns, type WarningSigns } from './flags-warning'
import { SEVERITY_RANK } from './severity'

export * from './flags-types'
export {
  NOT_IMPROVING_MIN_DAYS,
  NOT_IMPROVING_MIN_LOGGED,
  RECURRING_MIN_EPISODES,
  RECURRING_WINDOW_DAYS,
  levelSince,
} from './flags-episode'
export {
  ANTI_INFLAMMATORY_MAX_DAYS,
  MEDICINE_FLAG_LEVELS,
  medicineRules,
  MEDICATION_WINDOW_DAYS,
  medicationOverLimitDays,
  type MedicationDayTotal,
} from './flags-medication'
export {
  checkedUses,
  consecutiveUseRuns,
  longestConsecutiveUse,
  useRunsReaching,
} from './flags-uses'
export {
  RED_FLAG_WINDOW_DAYS,
  WARNING_ACTION,
  warningSigns,
  type WarningSign,
  type WarningSigns,
  type WarningState,
} from './flags-warning'

export const BED_REST_MIN_DAYS = 3
export const BED_REST_WINDOW_DAYS = 7

/** What the quiet line tells after a doctor visit, in these words wherever it shows. */
export const AFTER_VISIT_ADVICE =
  'see a doctor again if it gets worse or a new warning sign appears'

/** All flags that apply on `asOf`, most serious first; within a severity, in the order below. */
export function computeFlags(input: FlagInput): Flag[] {
  return flagsAndSigns(input).flags
}

/**
 * computeFlags, with the warning signs they were worked out from: Today's notice shows these,
 * so it and the red-flag flag cannot disagree about the window or a visit.
 */
export function flagsAndSigns(input: FlagInput): { flags: Flag[]; signs: WarningSigns } {
  const rules = resolveEpisodeRules(input.rules)
  const episodes = input.episodes ?? detectEpisodes(input.days, input.asOf, rules)
  const asOfN = dayNumber(input.asOf)
  const visits = (input.visits ?? []).filter((v) => v.day <= input.asOf)
  const current = currentEpisode(episodes)
  const nameOf = nameFrom(input.names)

  const signs = warningSigns(input.redFlags, visits, input.asOf)
  const answered: { about: string; visit: VisitRecord }[] = []
  if (signs.answered) answered.push({ about: 'the warning sign', visit: signs.answered.visit })
  /** Keeps a flag a visit has not answered yet; notes the one it has. */
  const unlessSeen = (flag: Flag | null): Flag | null => {
    const since = flag && answeredFrom(flag, current, rules)
    const visit = since ? visits.filter((v) => visitAnswers(v, since)).at(-1) : undefined
    if (!flag || !visit) return flag
    answered.push({ about: ABOUT[flag.kind], visit })
    return null
  }

  // Every remedy row checked once here, not once per flag below.
  const uses = checkedUses(input.remedyDays)
  // The 30-day flags read the rows of their window only (the 3-day one lies inside it).
  const recent = usesBetween(uses, dayFromNumber(asOfN - MEDICATION_WINDOW_DAYS + 1), input.asOf)
  const flags = [
    signs.raised && redFlagFlag(signs.raised),
    unlessSeen(acetaminophenFlag(recent, input.asOf, nameOf)),
    unlessSeen(longEpisodeFlag(current, input.asOf, rules)),
    unlessSeen(recurringFlag(episodes, asOfN)),
    unlessSeen(notImprovingFlag(input.days, current, asOfN)),
    unlessSeen(medicationFlag(uses, input.dailyLimitsMg, input.asOf, nameOf)),
    unlessSeen(antiInflammatoriesTogetherFlag(recent, input.asOf, nameOf)),
    bedRestFlag(uses, asOfN),
    seenDoctorFlag(answered),
  ].filter((f): f is Flag => f !== null)
  // Stable sort: within a severity, flags keep the order above.
  return { flags: flags.sort((a, b) => SEVERITY_RANK[a.level] - SEVERITY_RANK[b.level]), signs }
}

/** What the quiet line says a visit was about, per flag it answered. */
const ABOUT: Readonly<Record<FlagKind, string>> = {
  'red-flag': 'the warning sign',
  'acetaminophen-high': 'the acetaminophen taken',
  'long-episode': 'this long episode',
  recurring: 'the episodes coming back',
  'not-improving': 'the pain not easing',
  medication: 'the medicines taken',
  'anti-inflammatories-together': 'the medicines taken',
  'long-bed-rest': 'the bed rest',
  'seen-doctor': '',
}

/**
 * The first day a doctor visit answers a flag: the day of the latest thing it names (a dose, the
 * start of the latest episode), or the day the episode reached its length or stopped easing. A
 * visit from then on steps it down; something new after the visit raises it again.
 */
function answeredFrom(flag: Flag, ep: Episode | null, rules: EpisodeRules): string | null {
  const n = flag.numbers
  const latest = (...keys: string[]) =>
    keys
      .map((k) => n[k])
      .filter((v): v is string => typeof v === 'string')
      .sort()
      .at(-1) ?? null
  switch (flag.kind) {
    case 'acetaminophen-high':
      return latest('day')
    case 'long-episode':
      return ep && levelSince(ep, rules)
    case 'recurring':
      return latest('latestStart')
    case 'not-improving':
      return ep && addDaysToDay(ep.start, NOT_IMPROVING_MIN_DAYS - 1)
    case 'medication':
      return latest('lastOverLimitDay', 'consecutiveEnd')
    case 'anti-inflammatories-together':
      return latest('lastDay')
    default:
      return null
  }
}

function seenDoctorFlag(answered: readonly { about: string; visit: VisitRecord }[]): Flag | null {
  const latest = [...answered].sort((a, b) => compareDays(a.visit.day, b.visit.day)).at(-1)
  if (latest === undefined) return null
  const day = latest.visit.day
  const about = [...new Set(answered.map((a) => a.about))]
  return {
    kind: 'seen-doctor',
    level: 'info',
    title: 'Seen by a doctor',
    reason: `Seen on ${formatDayLong(day)} — ${AFTER_VISIT_ADVICE}.`,
    forClinician: `Seen by a doctor on ${formatDayShort(day)} about ${about.join(' and ')} (as recorded by the patient).`,
    numbers: { visitDay: day },
  }
}

/**
 * The seed: more than a day or two in bed does not help; moving sooner helps recovery. Only bed
 * rest (lying down most of the day) counts; a short rest is part of the first days' advice.
 */
function bedRestFlag(uses: Uses, asOfN: number): Flag | null {
  const from = dayFromNumber(asOfN - BED_REST_WINDOW_DAYS + 1)
  const runs = useRunsReaching(uses, [BED_REST_KEY], from, dayFromNumber(asOfN))
  const run = runs.findLast((r) => r.days >= BED_REST_MIN_DAYS)
  if (run === undefined) return null
  return {
    kind: 'long-bed-rest',
    level: 'info',
    title: 'Several days of bed rest in a row',
    reason:
      `You recorded bed rest ${run.days} days in a row, up to ${formatDayLong(run.end)}. More ` +
      'than a day or two in bed does not help a bad back; getting up and moving around gently, ' +
      'a little at a time, helps most people recover sooner.',
    forClinician:
      `Bed rest (lying down most of the day) recorded ${run.days} days in a row, up to ` +
      `${formatDayShort(run.end)}.`,
    numbers: { consecutiveDays: run.days, start: run.start, end: run.end },
  }
}
