/**
 * One plain sentence per chart, computed from its numbers, so the chart can be understood
 * without reading it ("Pain was 1.8 points higher on days with Poor posture — 24 days with,
 * 61 without"). Small samples are said to be small rather than read as findings. Every
 * difference and every "higher", "shorter" or "about the same" is worked out from the rounded
 * numbers the sentence prints, so its arithmetic reads right.
 */
import { BODY_REGION_LABELS, RELIEF_MAX, reliefWords, type PainContext } from '../domain'
import { bandScores, PAIN_MAX, PAIN_MIN } from '../pain-scale'
import { formatMg } from '../locale-format'
import { mean, type DailyPoint } from './daily'
import type { EpisodeBar, EpisodeTrend } from './episodes'
import { oneDecimal, percent, plural, printedDifference, wholeNumber } from './format'
import type { ContextStat, RegionStat, WeekdayStat } from './patterns'
import type { MedicineSummary, RemedyStat } from './remedies'
import { MIN_DAYS, type TriggerComparison } from './triggers'

export type NameOf = (key: string) => string

/** Differences smaller than this are described as "about the same". */
export const SAME_WITHIN = 0.5

const NOTHING = 'Nothing was logged in this period.'

function change(value: number): string {
  const abs = oneDecimal(Math.abs(value))
  if (abs === '0.0') return 'did not change'
  return value < 0 ? `fell by ${abs}` : `rose by ${abs}`
}

function changeNoun(value: number): string {
  const abs = oneDecimal(Math.abs(value))
  if (abs === '0.0') return 'no change'
  return value < 0 ? `a fall of ${abs}` : `a rise of ${abs}`
}

/** First half of the logged days against the second half, on the daily worst. */
export function painTakeaway(series: readonly DailyPoint[]): string {
  const mid = Math.floor(series.length / 2)
  const first: number[] = []
  const second: number[] = []
  series.forEach((p, i) => {
    if (p.worst !== null) (i < mid ? first : second).push(p.worst)
  })
  const logged = first.length + second.length
  if (logged === 0) return NOTHING
  const a = mean(first)
  const b = mean(second)
  if (a === null || b === null || first.length < MIN_DAYS || second.length < MIN_DAYS) {
    return `You logged ${plural(logged, 'day')} in this period, too few to see a trend yet.`
  }
  const counts = `${wholeNumber(first.length)} and ${wholeNumber(second.length)} days logged`
  const d = printedDifference(b, a)
  if (Math.abs(d) < SAME_WITHIN) {
    return `Your worst pain was about the same in both halves of this period (${oneDecimal(a)} then ${oneDecimal(b)} on average, ${counts}).`
  }
  return `Your worst pain averaged ${oneDecimal(b)} in the second half of this period, ${oneDecimal(Math.abs(d))} points ${d < 0 ? 'lower' : 'higher'} than in the first half (${oneDecimal(a)}; ${counts}).`
}

/** Days logged, and how many had no or mild pain and how many severe or worse (PAIN_BANDS). */
export function calendarTakeaway(series: readonly DailyPoint[]): string {
  const logged = series.filter((p) => p.worst !== null)
  if (logged.length === 0) return NOTHING
  const mild = bandScores('mild')
  const severe = bandScores('severe')
  const high = logged.filter((p) => (p.worst ?? 0) >= severe.from).length
  const low = logged.filter((p) => (p.worst ?? 0) <= mild.to).length
  return `You logged ${wholeNumber(logged.length)} of ${plural(series.length, 'day')}: ${wholeNumber(low)} with no or mild pain (${PAIN_MIN}–${mild.to}) and ${wholeNumber(high)} with severe pain or worse (${severe.from}–${PAIN_MAX}).`
}

/** The trigger with the largest difference that has enough days on both sides. */
export function triggerTakeaway(rows: readonly TriggerComparison[], nameOf: NameOf): string {
  if (rows.length === 0) return 'No triggers were recorded in this period.'
  const shown = rows.filter((r) => r.difference !== null)
  if (shown.length === 0) {
    return `No trigger was recorded on enough days to compare yet: that needs at least ${MIN_DAYS} days with it and ${MIN_DAYS} without.`
  }
  const top = shown.reduce((best, r) =>
    Math.abs(r.difference ?? 0) > Math.abs(best.difference ?? 0) ? r : best,
  )
  const d = top.difference ?? 0
  const name = nameOf(top.key)
  const counts = `${wholeNumber(top.daysWith)} days with, ${wholeNumber(top.daysWithout)} without`
  if (oneDecimal(Math.abs(d)) === '0.0') {
    return `Pain was no different on days with ${name} — ${counts}.`
  }
  return `Pain was ${oneDecimal(Math.abs(d))} points ${d > 0 ? 'higher' : 'lower'} on days with ${name} — ${counts}.`
}

/** The remedy rated most helpful, among those rated at least MIN_DAYS times. */
export function reliefTakeaway(rows: readonly RemedyStat[], nameOf: NameOf): string {
  if (rows.length === 0) return 'No remedies were recorded in this period.'
  const rated = rows.filter((r) => r.rated >= MIN_DAYS && r.meanRelief !== null)
  if (rated.length === 0) {
    return `No remedy has been rated at least ${MIN_DAYS} times yet, so there is no average relief to show.`
  }
  const top = rated.reduce((best, r) => ((r.meanRelief ?? 0) > (best.meanRelief ?? 0) ? r : best))
  return `By your own ratings, ${nameOf(top.key)} helped most: ${oneDecimal(top.meanRelief ?? 0)} on average over ${plural(top.rated, 'rated use')} (${RELIEF_MAX} means "${reliefWords(RELIEF_MAX)}", 0 "${reliefWords(0)}").`
}

/** The remedy after which the next day's pain fell most, compared with days without it. */
export function nextDayTakeaway(rows: readonly RemedyStat[], nameOf: NameOf): string {
  const shown = rows.filter((r) => r.nextDay.difference !== null)
  if (shown.length === 0) {
    return `No remedy was used on enough days followed by a logged day to compare yet (at least ${MIN_DAYS} with it and ${MIN_DAYS} without).`
  }
  const top = shown.reduce((best, r) =>
    (r.nextDay.difference ?? 0) < (best.nextDay.difference ?? 0) ? r : best,
  )
  const n = top.nextDay
  return `The day after ${nameOf(top.key)}, your worst pain ${change(n.meanWith ?? 0)} on average, against ${changeNoun(n.meanWithout ?? 0)} after days without it — ${wholeNumber(n.daysWith)} days with, ${wholeNumber(n.daysWithout)} without.`
}

/** The medicine taken on most days, its highest daily total and days over its limit. */
export function medicineTakeaway(rows: readonly MedicineSummary[], nameOf: NameOf): string {
  const top = rows[0]
  if (!top) return 'No medicine doses were recorded in this period.'
  const limit =
    top.limitMg === null
      ? ''
      : top.daysOverLimit === 0
        ? `; no day went over its daily limit of ${formatMg(top.limitMg)}`
        : `; ${plural(top.daysOverLimit, 'day')} went over its daily limit of ${formatMg(top.limitMg)}`
  return `You took ${nameOf(top.key)} on ${plural(top.daysTaken, 'day')}, at most ${formatMg(top.highestDayMg)} in a day${limit}.`
}

/** The situations as they read inside a sentence ("Pain was highest on waking"). */
const CONTEXT_PHRASES: Record<PainContext, string> = {
  waking: 'on waking',
  sitting: 'when sitting',
  standing: 'when standing',
  activity: 'during activity',
  lying: 'when lying down or at night',
}

export function contextTakeaway(rows: readonly ContextStat[]): string {
  const enough = rows.filter((r) => r.checkins >= MIN_DAYS && r.meanPain !== null)
  if (enough.length < 2) {
    return `Record what you were doing on at least ${MIN_DAYS} check-ins in two situations to compare them.`
  }
  const hi = enough.reduce((b, r) => ((r.meanPain ?? 0) > (b.meanPain ?? 0) ? r : b))
  const lo = enough.reduce((b, r) => ((r.meanPain ?? 0) < (b.meanPain ?? 0) ? r : b))
  if (printedDifference(hi.meanPain ?? 0, lo.meanPain ?? 0) < SAME_WITHIN) {
    return `Pain was much the same in every situation you recorded (${oneDecimal(lo.meanPain ?? 0)} to ${oneDecimal(hi.meanPain ?? 0)} on average).`
  }
  return `Pain was highest ${CONTEXT_PHRASES[hi.context]} (${oneDecimal(hi.meanPain ?? 0)} on average, ${plural(hi.checkins, 'check-in')}) and lowest ${CONTEXT_PHRASES[lo.context]} (${oneDecimal(lo.meanPain ?? 0)}, ${plural(lo.checkins, 'check-in')}).`
}

export function weekdayTakeaway(rows: readonly WeekdayStat[]): string {
  const enough = rows.filter((r) => r.days >= MIN_DAYS && r.meanWorst !== null)
  if (enough.length < 7) {
    return `Each day of the week needs at least ${MIN_DAYS} logged days before they can be compared.`
  }
  const hi = enough.reduce((b, r) => ((r.meanWorst ?? 0) > (b.meanWorst ?? 0) ? r : b))
  const lo = enough.reduce((b, r) => ((r.meanWorst ?? 0) < (b.meanWorst ?? 0) ? r : b))
  const h = hi.meanWorst ?? 0
  const l = lo.meanWorst ?? 0
  if (printedDifference(h, l) < SAME_WITHIN) {
    return `Your worst pain was much the same on every day of the week (${oneDecimal(l)} to ${oneDecimal(h)} on average).`
  }
  return `Your worst pain was highest on ${hi.name}s (${oneDecimal(h)} on average) and lowest on ${lo.name}s (${oneDecimal(l)}).`
}

export function regionTakeaway(rows: readonly RegionStat[], loggedDays: number): string {
  const top = rows.reduce<RegionStat | null>(
    (b, r) => (b === null || r.days > b.days ? r : b),
    null,
  )
  if (!top || top.days === 0) return 'No places were marked in this period.'
  return `${BODY_REGION_LABELS[top.region]} was where it hurt most often: on ${wholeNumber(top.days)} of ${plural(loggedDays, 'logged day')} (${percent(top.share)}).`
}

function list(values: readonly string[]): string {
  if (values.length <= 1) return values.join('')
  return `${values.slice(0, -1).join(', ')} and ${values[values.length - 1]}`
}

export function episodeTakeaway(bars: readonly EpisodeBar[], trend: EpisodeTrend | null): string {
  if (bars.length === 0) return 'There were no episodes of pain in this period.'
  if (trend) {
    const dd = Math.round(trend.laterDuration) - Math.round(trend.earlierDuration)
    const dp = printedDifference(trend.laterPeak, trend.earlierPeak)
    const length = dd === 0 ? 'about as long' : dd < 0 ? 'shorter' : 'longer'
    const peak = Math.abs(dp) < SAME_WITHIN ? 'about as bad' : dp < 0 ? 'milder' : 'worse'
    return `Your later episodes were ${length} and ${peak} at their peak: ${wholeNumber(trend.laterDuration)} days and a peak of ${oneDecimal(trend.laterPeak)} on average, against ${wholeNumber(trend.earlierDuration)} days and ${oneDecimal(trend.earlierPeak)} for the earlier ones.`
  }
  const n = plural(bars.length, 'episode')
  return `${n} in this period, lasting ${list(bars.map((b) => String(b.durationDays)))} days with ${bars.length === 1 ? 'a peak' : 'peaks'} of ${list(bars.map((b) => String(b.peak)))}.`
}
