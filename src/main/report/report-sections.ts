/**
 * The report's sections after the summary, each a piece of HTML built from ReportData. Written
 * to the clinician in the third person; every piece of the person's own text is escaped.
 */
import { formatDayNoYear, formatDayShort, periodLabel } from '../../shared/days'
import { ANTI_INFLAMMATORY_MAX_DAYS, antiInflammatoryNames } from '../../shared/flags-medication'
import {
  BODY_REGION_LABELS,
  CONTEXT_LABELS,
  RED_FLAG_LABELS,
  reliefWords,
} from '../../shared/domain'
import { episodeLengthWords, episodeSpanWords } from '../../shared/episodes'
import { formatMonthNarrow, monthOfDay, quarterName } from '../../shared/months'
import { severityWordHtml } from './report-icons'
import { formatMg as mg, formatMgNumber, formatStampClock } from '../../shared/locale-format'
import {
  ACETAMINOPHEN_KEY,
  ACETAMINOPHEN_LIVER_MG,
  LIMIT_SOURCE_FOR_CLINICIAN,
} from '../../shared/catalog'
import {
  MIN_DAYS,
  oneDecimal,
  percent,
  plural,
  signedOneDecimal,
  wholeNumber,
} from '../../shared/stats'
import type { PeriodUnit } from '../../shared/stats'
import { escapeHtml as esc } from './escape'
import type { ReportData } from './report-data'

/** How the report writes a day, the one way (days.ts). */
export const day = formatDayShort
const capitalised = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`
const or = (v: number | null, show: (v: number) => string) => (v === null ? '—' : show(v))

const section = (title: string, body: string, cls = '') =>
  `<section${cls ? ` class="${cls}"` : ''}><h2>${title}</h2>${body}</section>`
const empty = (text: string) => `<p class="r-empty">${text}</p>`

export function episodes(r: ReportData): string {
  if (r.episodes.length === 0) return section('Episodes', empty('No episode in this period.'))
  const rows = r.episodes.map(
    (e) =>
      `<tr><td>${episodeSpanWords(e)}</td><td class="r-n">${wholeNumber(e.durationDays)}</td><td class="r-n">${wholeNumber(e.painDays)}</td><td class="r-n">${e.peak}</td><td>${e.status}</td><td>${episodeLengthWords(e.level, r.episodeRules)}</td></tr>`,
  )
  return section(
    'Episodes',
    `<table><thead><tr><th>Dates</th><th class="r-n">Days</th><th class="r-n">Pain days</th><th class="r-n">Peak</th><th>Status</th><th>Length</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
  )
}

const UNIT_WORDS: Record<PeriodUnit, { title: string; column: (start: string) => string }> = {
  week: { title: 'weekly', column: formatDayNoYear },
  month: { title: 'monthly', column: (s) => formatMonthNarrow(monthOfDay(s)) },
  quarter: {
    title: 'quarterly',
    column: (s) => quarterName(monthOfDay(s)),
  },
}

/** Sleep, the two interference items and walking, as means per week (month, quarter). */
export function dayRecord(r: ReportData): string {
  const { unit, rows, recorded } = r.dayRecord
  const title = `Sleep, interference and walking: ${UNIT_WORDS[unit].title} means`
  if (recorded === 0) return section(title, empty('No day records in this period.'))
  const line = (label: string, values: string[]) =>
    `<tr><th scope="row">${label}</th>${values.map((v) => `<td class="r-n">${v}</td>`).join('')}</tr>`
  const table = `<table class="r-periods"><thead><tr><th>${unit === 'week' ? 'Week of' : 'Period'}</th>${rows
    .map((p) => `<th class="r-n">${UNIT_WORDS[unit].column(p.start)}</th>`)
    .join('')}</tr></thead><tbody>${[
    line(
      'Sleep quality (10 = very well)',
      rows.map((p) => or(p.sleep, oneDecimal)),
    ),
    line(
      'Pain in the way of enjoying life',
      rows.map((p) => or(p.enjoyment, oneDecimal)),
    ),
    line(
      'Pain in the way of usual activities',
      rows.map((p) => or(p.activity, oneDecimal)),
    ),
    line(
      'Walked, minutes a day',
      rows.map((p) => or(p.minutesWalked, wholeNumber)),
    ),
  ].join('')}</tbody></table>`
  return section(
    title,
    `${table}<p class="r-legend">Scores 0–10, rated by the patient once a day; means of the days recorded (${plural(recorded, 'day record')} in the period); — none recorded.</p>`,
  )
}

/** Where it hurts, how often it spread to the buttock or leg, spasm days, and the situations. */
export function pattern(r: ReportData): string {
  const title = 'Where it hurts, spasms, and when it comes on'
  if (r.daysLogged === 0) return section(title, empty('No check-ins in this period.'))
  const of = (n: number) => `${n} of ${r.daysLogged} logged days (${percent(n / r.daysLogged)})`
  const regions = r.regions
    .filter((g) => g.days > 0)
    .map((g) => `${BODY_REGION_LABELS[g.region].toLowerCase()} ${percent(g.share)}`)
  const contexts = r.contexts.filter((c) => c.checkins > 0)
  const named = contexts.reduce((n, c) => n + c.checkins, 0)
  const situations = contexts.map(
    (c) =>
      `${CONTEXT_LABELS[c.context].toLowerCase()} ${c.checkins} (mean pain ${or(c.meanPain, oneDecimal)})`,
  )
  return section(
    title,
    `<ul class="r-facts">
<li><strong>Where</strong> (share of logged days): ${regions.length ? `${regions.join('; ')}.` : 'not recorded.'}</li>
<li><strong>Spread to the buttock or leg</strong> on ${of(r.spreadDays)}.</li>
<li><strong>Spasms</strong> recorded on ${of(r.spasmDays)}.</li>
<li><strong>Came on</strong> (check-ins by situation): ${situations.length ? `${situations.join('; ')}` : 'not recorded'}${named < r.checkinCount ? `; not recorded for ${r.checkinCount - named}` : ''}.</li>
</ul>`,
  )
}

export function triggers(r: ReportData): string {
  const rows = r.triggers
    .slice(0, 8)
    .map(
      (t) =>
        `<tr><td>${esc(t.name)}</td><td class="r-n">${wholeNumber(t.daysWith)}</td><td class="r-n">${or(t.meanWith, oneDecimal)}</td><td class="r-n">${or(t.meanWithout, oneDecimal)}</td><td class="r-n">${or(t.difference, signedOneDecimal)}</td></tr>`,
    )
  return section(
    'Triggers',
    rows.length
      ? `<table><thead><tr><th>Trigger</th><th class="r-n">Days</th><th class="r-n">Worst with</th><th class="r-n">Without</th><th class="r-n">Diff.</th></tr></thead><tbody>${rows.join('')}</tbody></table><p class="r-legend">Mean worst pain on logged days with and without it; the difference when each side has ${MIN_DAYS}+ days.</p>`
      : empty('No triggers recorded.'),
  )
}

function meanRelief(mean: number | null): string {
  if (mean === null) return 'not rated'
  return `${oneDecimal(mean)} (${reliefWords(mean)})`
}

export function remedies(r: ReportData): string {
  const rows = r.remedies
    .slice(0, 8)
    .map(
      (m) =>
        `<tr><td>${esc(m.name)}</td><td class="r-n">${wholeNumber(m.uses)}</td><td class="r-n">${wholeNumber(m.daysUsed)}</td><td>${meanRelief(m.meanRelief)}</td></tr>`,
    )
  return section(
    'Remedies',
    rows.length
      ? `<table><thead><tr><th>Remedy</th><th class="r-n">Uses</th><th class="r-n">Days</th><th>Relief, rated −1 to 2</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
      : empty('No remedies recorded.'),
  )
}

/**
 * The days of the period each further medicine rule finds (DESIGN.md section 3): the flags say
 * only the last 30 days, the report every such day of its period. Days above a limit are in the
 * table and marked in the lines of each day.
 */
function medicineRuleDays(r: ReportData): string {
  const { acetaminophenHigh, antiInflammatoriesTogether, longAntiInflammatoryRuns } =
    r.medicineRules
  const lines: string[] = []
  if (acetaminophenHigh.length > 0) {
    lines.push(
      `<strong>${esc(r.medicineName(ACETAMINOPHEN_KEY))} above ${mg(ACETAMINOPHEN_LIVER_MG)} in a day</strong> (a risk to the liver, whatever the limit set): ${acetaminophenHigh.map((o) => `${day(o.day)}, ${mg(o.totalMg)}`).join('; ')}.`,
    )
  }
  if (antiInflammatoriesTogether.length > 0) {
    lines.push(
      `<strong>Two anti-inflammatories (${esc(antiInflammatoryNames(r.medicineName, 'and'))}) on the same day</strong>, on ${plural(antiInflammatoriesTogether.length, 'day')}: ${antiInflammatoriesTogether.map(day).join(', ')}.`,
    )
  }
  if (longAntiInflammatoryRuns.length > 0) {
    lines.push(
      `<strong>An anti-inflammatory on more than ${plural(ANTI_INFLAMMATORY_MAX_DAYS, 'day')} in a row</strong>: ${longAntiInflammatoryRuns.map((run) => `${periodLabel(run.start, run.end)} (${plural(run.days, 'day')})`).join('; ')}.`,
    )
  }
  return lines.map((line) => `<p>${line}</p>`).join('')
}

export function medication(r: ReportData): string {
  const rules = medicineRuleDays(r)
  if (r.medicines.length === 0)
    return section('Medication log', rules || empty('No medicine doses recorded.'))
  const limit = (m: ReportData['medicines'][number]) =>
    m.limitMg === null ? '—' : `${mg(m.limitMg)}${m.labelMaximum ? '*' : ''}`
  const rows = r.medicines.map(
    (m) =>
      `<tr${m.daysOverLimit > 0 ? ' class="r-over"' : ''}><td>${esc(m.name)}</td><td class="r-n">${wholeNumber(m.daysTaken)}</td><td class="r-n">${mg(m.totalMg)}</td><td class="r-n">${mg(m.highestDayMg)}</td><td class="r-n">${limit(m)}</td><td class="r-n">${wholeNumber(m.daysOverLimit)}</td></tr>`,
  )
  const over = new Set(r.overLimit.map((o) => `${o.day} ${o.medicine}`))
  // One flowing line per medicine ("18 Jan 660 · 19 Jan 440 …"): a row per day would take a
  // page on its own in a long episode, and the report must stay readable in a minute.
  // Without the year while no day and month can come twice in the period.
  const dayOf = r.periodDays > 365 ? formatDayShort : formatDayNoYear
  const perMedicine = new Map<string, string[]>()
  for (const p of r.medicineDays) {
    for (const [k, total] of Object.entries(p.totals)) {
      const text = `${dayOf(p.start)} ${formatMgNumber(total)}`
      const entry = over.has(`${p.start} ${k}`) ? `<strong>${text} (over limit)</strong>` : text
      perMedicine.set(k, [...(perMedicine.get(k) ?? []), entry])
    }
  }
  const days = [...perMedicine].map(
    ([k, entries]) =>
      `<p class="r-days"><strong>${esc(r.medicineName(k))}</strong>, mg each day taken: ${entries.join(' · ')}</p>`,
  )
  const overText = r.overLimit.length
    ? `<p><strong>Above the daily limit on ${plural(new Set(r.overLimit.map((o) => o.day)).size, 'day')}:</strong> ${r.overLimit.map((o) => `${day(o.day)}, ${esc(r.medicineName(o.medicine))} ${mg(o.totalMg)} (limit ${mg(o.limitMg)})`).join('; ')}.</p>`
    : '<p>No day above a daily limit.</p>'
  return section(
    'Medication log',
    `<table><thead><tr><th>Medicine</th><th class="r-n">Days taken</th><th class="r-n">Total</th><th class="r-n">Highest day</th><th class="r-n">Daily limit</th><th class="r-n">Days over</th></tr></thead><tbody>${rows.join('')}</tbody></table><p class="r-legend">* ${capitalised(LIMIT_SOURCE_FOR_CLINICIAN.label)}; other limits were ${LIMIT_SOURCE_FOR_CLINICIAN.patient} (for example to a prescribed dose).</p>${overText}${rules}${days.join('')}`,
  )
}

export function redFlags(r: ReportData): string {
  return section(
    'Warning signs recorded',
    r.redFlags.length
      ? `<ul class="r-list">${r.redFlags.map((f) => `<li><strong>${day(f.day)}</strong> · <span class="r-tier">${severityWordHtml(f.tier)}</span> · ${esc(RED_FLAG_LABELS[f.flag])}</li>`).join('')}</ul>`
      : empty('No warning signs recorded in this period.'),
  )
}

export function visits(r: ReportData): string {
  const withNotes = r.options.sections.notes
  return section(
    'Doctor visits recorded',
    r.visits.length
      ? `<ul class="r-list">${r.visits.map((v) => `<li><strong>${day(v.day)}</strong>${withNotes && v.note ? `: <span dir="auto">${esc(v.note)}</span>` : ''}</li>`).join('')}</ul><p class="r-legend">Recorded by the patient as “seen a doctor about this”.</p>`
      : empty('No doctor visit recorded in this period.'),
  )
}

export function notes(r: ReportData): string {
  const body = r.notes.length
    ? r.notes
        .map(
          (n) =>
            `<p class="r-note"><span class="r-note-date">${day(n.day)}${n.at ? ` ${formatStampClock(n.at)}` : ' (day)'}:</span> <span dir="auto">${esc(n.text)}</span></p>`,
        )
        .join('')
    : empty('No notes in this period.')
  return section("Notes, in the patient's words", body)
}

/** Two sections side by side when both are there, one alone otherwise. */
export function pair(a: string, b: string): string {
  const both = [a, b].filter(Boolean)
  return both.length === 2 ? `<div class="r-two">${both.join('')}</div>` : both.join('')
}
