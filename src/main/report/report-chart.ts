/**
 * The report's pain chart as a static SVG string: no script, no styles beyond presentation
 * attributes, so it prints the same everywhere and reads in black and white — bars for each
 * day's worst pain, a line for the rolling average (ROLLING_NAME), episodes as a light grey band.
 */
import { dayNumber, dayOfMonth, formatDayNoYear } from '../../shared/days'
import type { Episode } from '../../shared/episodes'
import { PAIN_AXIS, PAIN_TICKS, PAIN_RANGE } from '../../shared/pain-scale'
import { linearScale, linePath } from '../../shared/plot-paths'
import { ROLLING_NAME, type DailyPoint } from '../../shared/stats'
import { formatMonthName, monthOfDay } from '../../shared/months'
import { escapeHtml } from './escape'

const W = 700
const H = 190
const LEFT = 30
const RIGHT = 8
const TOP = 10
const BOTTOM = 26

export function painChartSvg(series: readonly DailyPoint[], episodes: readonly Episode[]): string {
  if (series.length === 0) return ''
  const first = dayNumber(series[0]!.day)
  const n = series.length
  const plotW = W - LEFT - RIGHT
  const plotH = H - TOP - BOTTOM
  const step = plotW / n
  const x = (day: string) => LEFT + (dayNumber(day) - first) * step
  const y = linearScale(PAIN_AXIS, [TOP + plotH, TOP])
  const parts: string[] = []

  const last = series[n - 1]!.day
  for (const e of episodes) {
    const start = e.start < series[0]!.day ? series[0]!.day : e.start
    const end = e.end > last ? last : e.end
    if (start > end) continue
    const x0 = x(start)
    const width = x(end) + step - x0
    parts.push(
      `<rect x="${x0.toFixed(1)}" y="${TOP}" width="${width.toFixed(1)}" height="${plotH}" fill="#e4e4e4"/>`,
    )
  }
  for (const v of PAIN_TICKS) {
    const yy = y(v).toFixed(1)
    parts.push(
      `<line x1="${LEFT}" x2="${W - RIGHT}" y1="${yy}" y2="${yy}" stroke="${v === 0 ? '#444' : '#bbb'}" stroke-width="${v === 0 ? 1 : 0.5}"/>`,
      `<text x="${LEFT - 5}" y="${(y(v) + 3.5).toFixed(1)}" text-anchor="end" font-size="10" fill="#222">${v}</text>`,
    )
  }
  const barW = Math.max(1, step * 0.7)
  for (const p of series) {
    if (p.worst === null || p.worst === 0) continue
    const top = y(p.worst)
    parts.push(
      `<rect x="${(x(p.day) + (step - barW) / 2).toFixed(1)}" y="${top.toFixed(1)}" width="${barW.toFixed(1)}" height="${(y(0) - top).toFixed(1)}" fill="#7a7a7a"/>`,
    )
  }
  const path = linePath(
    series.map((p) => x(p.day) + step / 2),
    series.map((p) => p.rolling),
    y,
  )
  if (path) parts.push(`<path d="${path}" fill="none" stroke="#000" stroke-width="1.8"/>`)

  // Month labels at the first day of each month (and at the start).
  for (const p of series) {
    const isFirst = p.day === series[0]!.day
    if (!isFirst && !p.day.endsWith('-01')) continue
    if (isFirst && step * (32 - dayOfMonth(p.day)) < 40 && n > 40) continue
    const label = p.day.endsWith('-01')
      ? formatMonthName(monthOfDay(p.day))
      : formatDayNoYear(p.day)
    const xx = x(p.day)
    // A label that would run off the right edge is left out rather than cut.
    if (xx + 26 > W) continue
    parts.push(
      `<line x1="${xx.toFixed(1)}" x2="${xx.toFixed(1)}" y1="${H - BOTTOM}" y2="${H - BOTTOM + 4}" stroke="#444" stroke-width="0.8"/>`,
      `<text x="${(xx + 2).toFixed(1)}" y="${H - BOTTOM + 15}" font-size="10" fill="#222">${escapeHtml(label)}</text>`,
    )
  }
  parts.push(
    `<text x="4" y="${TOP + plotH / 2}" font-size="10" fill="#222" transform="rotate(-90 9 ${TOP + plotH / 2})" text-anchor="middle">pain ${PAIN_RANGE}</text>`,
  )
  const label = `Chart of daily worst pain with a line for the ${ROLLING_NAME}; episodes shaded.`
  return `<svg class="r-chart-svg" viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="${label}" xmlns="http://www.w3.org/2000/svg" font-family="Helvetica, Arial, sans-serif">${parts.join('')}</svg>`
}
