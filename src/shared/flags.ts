/**
 * The flags of DESIGN.md section 3: what the journal says plainly needs attention, each with a
 * level, one sentence of reason and the numbers behind it. Pure: the caller gathers the rows.
 *
 * Every window is a run of calendar days ending with `asOf` and including it: "the last 30 days"
 * is asOf-29 … asOf, "the 365 days up to asOf" is asOf-364 … asOf.
 */
import { ANTI_INFLAMMATORY_KEYS, BUILTIN_REMEDIES, REST_KEY } from './catalog'
import {
  assertDay,
  consecutiveRuns,
  dayFromNumber,
  dayNumber,
  formatDayLong,
  weeksInWords,
  type DayRun,
} from './days'
import { RED_FLAG_LABELS, type RedFlag } from './domain'
import {
  currentEpisode,
  detectEpisodes,
  episodeDayNumber,
  resolveEpisodeRules,
  type DayPain,
  type Episode,
  type EpisodeRules,
} from './episodes'

export interface RemedyDay {
  day: string
  remedyKey: string | null
  doseMg: number | null
}

export interface FlagInput {
  asOf: string
  /** Each logged day's worst pain. */
  days: readonly DayPain[]
  redFlags: readonly { day: string; flag: RedFlag }[]
  /** One row per remedy use. */
  remedyDays: readonly RemedyDay[]
  /** By medicine key (ibuprofen, naproxen, acetaminophen). */
  dailyLimitsMg: Readonly<Record<string, number>>
  rules?: Partial<EpisodeRules>
  /**
   * The result of `detectEpisodes(days, asOf, rules)` when the caller already has it, so the
   * analysis does not detect episodes twice. Must come from the same days, asOf and rules.
   */
  episodes?: readonly Episode[]
}

export type FlagKind =
  'red-flag' | 'long-episode' | 'recurring' | 'not-improving' | 'long-bed-rest' | 'medication'
export type FlagLevel = 'info' | 'watch' | 'doctor' | 'urgent'

export interface Flag {
  kind: FlagKind
  level: FlagLevel
  title: string
  reason: string
  numbers: Record<string, number | string>
}

export const RED_FLAG_WINDOW_DAYS = 30
export const RECURRING_WINDOW_DAYS = 365
export const RECURRING_MIN_EPISODES = 3
export const NOT_IMPROVING_MIN_DAYS = 14
/** Each week compared by the not-improving flag needs this many logged days to mean anything. */
export const NOT_IMPROVING_MIN_LOGGED = 3
export const BED_REST_MIN_DAYS = 3
export const BED_REST_WINDOW_DAYS = 7
export const MEDICATION_WINDOW_DAYS = 30
/** Anti-inflammatories on more than this many consecutive days raise the medication flag. */
export const ANTI_INFLAMMATORY_MAX_DAYS = 10

const LEVEL_ORDER: Record<FlagLevel, number> = { urgent: 0, doctor: 1, watch: 2, info: 3 }

/** All flags that apply on `asOf`, most serious first; a red flag (the only urgent one) on top. */
export function computeFlags(input: FlagInput): Flag[] {
  const rules = resolveEpisodeRules(input.rules)
  const episodes = input.episodes ?? detectEpisodes(input.days, input.asOf, rules)
  const asOfN = dayNumber(input.asOf)
  const flags = [
    redFlagFlag(input, asOfN),
    longEpisodeFlag(currentEpisode(episodes), input.asOf, rules),
    recurringFlag(episodes, asOfN),
    notImprovingFlag(input, currentEpisode(episodes), asOfN),
    bedRestFlag(input.remedyDays, asOfN),
    medicationFlag(input, asOfN),
  ].filter((f): f is Flag => f !== null)
  // Stable sort: within a level, flags keep the order above.
  return flags.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level])
}

function redFlagFlag(input: FlagInput, asOfN: number): Flag | null {
  const from = asOfN - RED_FLAG_WINDOW_DAYS + 1
  const recent = input.redFlags.filter((r) => {
    assertDay(r.day, 'red flag day')
    const n = dayNumber(r.day)
    return n >= from && n <= asOfN
  })
  if (recent.length === 0) return null
  const lastDay = recent.reduce((d, r) => (r.day > d ? r.day : d), '')
  const labels = [...new Set(recent.map((r) => RED_FLAG_LABELS[r.flag] ?? r.flag))]
  return {
    kind: 'red-flag',
    level: 'urgent',
    title: 'Warning sign recorded: see a doctor now',
    reason:
      `In the last ${RED_FLAG_WINDOW_DAYS} days you recorded ${labels.map(quote).join(', ')} ` +
      `(most recently on ${formatDayLong(lastDay)}) — a warning sign like this needs a doctor ` +
      'urgently, so do not wait to see whether the pain settles.',
    numbers: { records: recent.length, lastDay, signs: labels.join('; ') },
  }
}

function longEpisodeFlag(ep: Episode | null, asOf: string, rules: EpisodeRules): Flag | null {
  if (ep === null || ep.level === 'none') return null
  const doctor = ep.level === 'doctor'
  const dayOfEpisode = episodeDayNumber(ep, asOf)
  const lead =
    ep.status === 'ongoing'
      ? `Day ${dayOfEpisode} of this episode`
      : `This episode lasted ${ep.durationDays} days before it began to settle`
  const tail = doctor
    ? `back pain lasting ${weeksInWords(rules.doctorDays)} or more should be checked by a doctor.`
    : `episodes lasting ${weeksInWords(rules.watchDays)} or more are worth showing a doctor.`
  return {
    kind: 'long-episode',
    level: doctor ? 'doctor' : 'watch',
    title: doctor ? 'Long episode: see a doctor' : 'Long episode: consider a doctor visit',
    reason: `${lead} — ${tail}`,
    numbers: {
      dayOfEpisode,
      durationDays: ep.durationDays,
      start: ep.start,
      status: ep.status,
      watchDays: rules.watchDays,
      doctorDays: rules.doctorDays,
    },
  }
}

/**
 * Level 'doctor', not 'watch': the seed source says spasms that occur regularly, and recurring or
 * worsening pain, should be assessed by a doctor; three episodes in a year is that pattern.
 */
function recurringFlag(episodes: readonly Episode[], asOfN: number): Flag | null {
  const from = asOfN - RECURRING_WINDOW_DAYS + 1
  const recent = episodes.filter((e) => dayNumber(e.start) >= from)
  if (recent.length < RECURRING_MIN_EPISODES) return null
  const latestStart = recent[recent.length - 1]?.start ?? ''
  return {
    kind: 'recurring',
    level: 'doctor',
    title: 'Episodes keep coming back',
    reason:
      `${recent.length} episodes began in the last 12 months (the latest on ` +
      `${formatDayLong(latestStart)}) — back pain that keeps returning is worth having a ` +
      'doctor assess.',
    numbers: { episodes: recent.length, windowDays: RECURRING_WINDOW_DAYS, latestStart },
  }
}

function notImprovingFlag(input: FlagInput, ep: Episode | null, asOfN: number): Flag | null {
  if (ep === null || ep.status !== 'ongoing' || ep.durationDays < NOT_IMPROVING_MIN_DAYS) {
    return null
  }
  const startN = dayNumber(ep.start)
  const first = meanWorst(input.days, startN, startN + 6)
  const last = meanWorst(input.days, asOfN - 6, asOfN)
  if (first.logged < NOT_IMPROVING_MIN_LOGGED || last.logged < NOT_IMPROVING_MIN_LOGGED) {
    return null
  }
  if (first.mean > last.mean) return null
  const [f, l] = [first.mean.toFixed(1), last.mean.toFixed(1)]
  return {
    kind: 'not-improving',
    level: 'watch',
    title: 'Not easing yet',
    reason:
      `Day ${ep.durationDays} of this episode and the pain has not eased: your worst pain ` +
      `averaged ${f} in its first week and ${l} in the last week.`,
    numbers: {
      dayOfEpisode: ep.durationDays,
      firstWeekMean: Number(f),
      lastWeekMean: Number(l),
      firstWeekLoggedDays: first.logged,
      lastWeekLoggedDays: last.logged,
    },
  }
}

/** Mean worst of the logged days from..to (day numbers); duplicates count once, at their max. */
function meanWorst(days: readonly DayPain[], from: number, to: number) {
  const worst = new Map<number, number>()
  for (const d of days) {
    const n = dayNumber(d.day)
    if (n >= from && n <= to) worst.set(n, Math.max(worst.get(n) ?? 0, d.worst))
  }
  let sum = 0
  for (const w of worst.values()) sum += w
  return { logged: worst.size, mean: worst.size === 0 ? 0 : sum / worst.size }
}

/** The seed: more than a day or two in bed does not help; moving sooner helps recovery. */
function bedRestFlag(remedyDays: readonly RemedyDay[], asOfN: number): Flag | null {
  const runs = consecutiveUseRuns(remedyDays, [REST_KEY], dayFromNumber(asOfN))
  const from = asOfN - BED_REST_WINDOW_DAYS + 1
  const run = runs.findLast((r) => r.days >= BED_REST_MIN_DAYS && dayNumber(r.end) >= from)
  if (run === undefined) return null
  return {
    kind: 'long-bed-rest',
    level: 'info',
    title: 'Several days of rest in a row',
    reason:
      `Rest was logged ${run.days} days in a row, up to ${formatDayLong(run.end)} — more ` +
      'than a day or two of bed rest does not usually help, and gentle movement such as short ' +
      'walks helps most people recover sooner.',
    numbers: { consecutiveDays: run.days, start: run.start, end: run.end },
  }
}

function medicationFlag(input: FlagInput, asOfN: number): Flag | null {
  const asOf = dayFromNumber(asOfN)
  const from = dayFromNumber(asOfN - MEDICATION_WINDOW_DAYS + 1)
  const over = medicationOverLimitDays(input.remedyDays, input.dailyLimitsMg, from, asOf)
  const run = longestConsecutiveUse(input.remedyDays, ANTI_INFLAMMATORY_KEYS, from, asOf)
  const longRun = run !== null && run.days > ANTI_INFLAMMATORY_MAX_DAYS ? run : null
  if (over.length === 0 && longRun === null) return null
  const parts: string[] = []
  const numbers: Record<string, number | string> = {}
  const latest = over[over.length - 1]
  if (latest !== undefined) {
    const overDays = new Set(over.map((o) => o.day)).size
    parts.push(
      `on ${overDays} ${overDays === 1 ? 'day' : 'days'} in the last ${MEDICATION_WINDOW_DAYS} ` +
        'days the total logged for a medicine was above its daily limit (most recently ' +
        `${latest.totalMg} mg of ${medicineName(latest.medicine)} on ` +
        `${formatDayLong(latest.day)}, limit ${latest.limitMg} mg)`,
    )
    Object.assign(numbers, {
      overLimitDays: overDays,
      lastOverLimitDay: latest.day,
      lastOverLimitMedicine: latest.medicine,
      lastOverLimitTotalMg: latest.totalMg,
      lastOverLimitLimitMg: latest.limitMg,
    })
  }
  if (longRun !== null) {
    parts.push(
      `an anti-inflammatory (ibuprofen or naproxen) was logged ${longRun.days} days in a row, ` +
        `up to ${formatDayLong(longRun.end)}`,
    )
    Object.assign(numbers, { consecutiveDays: longRun.days, consecutiveEnd: longRun.end })
  }
  const sentence = parts.join(', and ')
  return {
    kind: 'medication',
    level: 'watch',
    title: 'Medication above the usual limits',
    reason:
      `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)} — this is information, not ` +
      "advice: please follow your doctor's directions.",
    numbers,
  }
}

export interface MedicationDayTotal {
  day: string
  medicine: string
  totalMg: number
  limitMg: number
}

/**
 * Every (day, medicine) from..to (inclusive) whose summed logged dose is above the medicine's
 * daily limit, by day then medicine. Medicines without a limit are not checked; uses logged
 * without a dose add nothing to the total.
 */
export function medicationOverLimitDays(
  remedyDays: readonly RemedyDay[],
  dailyLimitsMg: Readonly<Record<string, number>>,
  from: string,
  to: string,
): MedicationDayTotal[] {
  assertDay(from, 'start of period')
  assertDay(to, 'end of period')
  const totals = new Map<string, MedicationDayTotal>()
  for (const { day, remedyKey: medicine, doseMg } of remedyDays.filter(checkedUseDay)) {
    const limitMg = medicine === null ? undefined : dailyLimitsMg[medicine]
    if (limitMg === undefined || medicine === null || day < from || day > to) continue
    if (!Number.isFinite(limitMg) || limitMg <= 0) {
      throw new RangeError(`Invalid daily limit for ${medicine}: ${limitMg}`)
    }
    const t = totals.get(`${day} ${medicine}`) ?? { day, medicine, totalMg: 0, limitMg }
    t.totalMg += doseMg ?? 0
    totals.set(`${day} ${medicine}`, t)
  }
  return [...totals.values()]
    .filter((t) => t.totalMg > t.limitMg)
    .sort((a, b) => a.day.localeCompare(b.day) || a.medicine.localeCompare(b.medicine))
}

/**
 * Runs of consecutive days, up to `to`, on which any of `keys` was logged, oldest first. The
 * keys count together: ibuprofen one day and naproxen the next is one anti-inflammatory run,
 * since the concern (days in a row on that class of medicine) is the same.
 */
export function consecutiveUseRuns(
  remedyDays: readonly RemedyDay[],
  keys: readonly string[],
  to: string,
): DayRun[] {
  const used = remedyDays.filter(
    (u) => checkedUseDay(u) && u.remedyKey !== null && keys.includes(u.remedyKey) && u.day <= to,
  )
  return consecutiveRuns(used.map((u) => u.day))
}

/**
 * The longest run of days on which any of `keys` was used that reaches into from..to (ending on
 * or after `from`), counted in full up to `to`, or null. On ties, the latest run.
 */
export function longestConsecutiveUse(
  remedyDays: readonly RemedyDay[],
  keys: readonly string[],
  from: string,
  to: string,
): DayRun | null {
  let best: DayRun | null = null
  for (const run of consecutiveUseRuns(remedyDays, keys, to)) {
    if (run.end >= from && (best === null || run.days >= best.days)) best = run
  }
  return best
}

/** Checks a remedy row (throwing RangeError naming the bad value); true so it can filter. */
function checkedUseDay(use: RemedyDay): true {
  assertDay(use.day, 'remedy day')
  if (use.doseMg !== null && !(Number.isFinite(use.doseMg) && use.doseMg >= 0)) {
    throw new RangeError(`Invalid dose ${use.doseMg} mg on ${use.day}`)
  }
  return true
}

function medicineName(key: string): string {
  const builtin = BUILTIN_REMEDIES.find((r) => r.key === key)
  return builtin ? builtin.name.toLowerCase() : key
}

function quote(text: string): string {
  return `“${text.charAt(0).toLowerCase()}${text.slice(1)}”`
}
