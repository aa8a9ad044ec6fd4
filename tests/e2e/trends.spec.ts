/**
 * Trends on a deterministic two-year journal, the app's clock fixed at 1 March 2026. Expected
 * numbers are computed here from the fixture with plain loops, not with src/shared/stats.
 */
import { format } from 'date-fns'
import type { Page } from '@playwright/test'
import {
  BUILTIN_REMEDIES,
  BUILTIN_TRIGGERS,
  DEFAULT_DAILY_LIMITS_MG,
} from '../../src/shared/catalog'
import { BODY_REGIONS, BODY_REGION_LABELS } from '../../src/shared/domain'
import type { SampleCheckin } from '../../src/shared/sample-data'
import { checkinsFromWorst, twoYears } from '../fixtures/journal'
import { test, expect, seedJournal } from './harness'

const sample = twoYears()
const TODAY = '2026-03-01'

const SECTIONS = [
  'Pain over time',
  'Day by day',
  'Episodes over time',
  'Triggers: pain with and without',
  'Remedies: how much they helped',
  'Remedies: the next day',
  'Medicines: daily totals',
  'Pain by situation',
  'Pain by day of the week',
  'Where it hurts',
]

// --- independent arithmetic -------------------------------------------------------------
const DAY_MS = 86_400_000
const n = (day: string): number => Date.parse(`${day}T00:00:00Z`) / DAY_MS
const dayOf = (num: number): string => new Date(num * DAY_MS).toISOString().slice(0, 10)
const one = (x: number): string => {
  const r = Math.sign(x) * Math.round(Math.abs(x) * 10)
  return (r === 0 ? 0 : r / 10).toFixed(1)
}
const signed = (x: number): string => (one(x) === '0.0' || x < 0 ? one(x) : `+${one(x)}`)
const avg = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length
const label = (day: string): string => format(new Date(`${day}T12:00:00`), 'd MMM yyyy')

function daysOf(from: string, to: string): Map<string, SampleCheckin[]> {
  const map = new Map<string, SampleCheckin[]>()
  for (const c of sample.checkins) {
    if (c.day >= from && c.day <= to) map.set(c.day, [...(map.get(c.day) ?? []), c])
  }
  return map
}
const worst = (cs: SampleCheckin[]): number => Math.max(...cs.map((c) => c.pain))
/** The pain table's flags for a day: each medicine whose day total went over its default limit. */
const overLimit = (cs: SampleCheckin[]): string =>
  Object.entries(DEFAULT_DAILY_LIMITS_MG)
    .filter(([key, limit]) => {
      const mg = cs.flatMap((c) => c.remedies).filter((r) => r.key === key)
      return mg.reduce((sum, r) => sum + (r.doseMg ?? 0), 0) > limit
    })
    .map(([key]) => `${BUILTIN_REMEDIES.find((r) => r.key === key)?.name} over limit`)
    .join('; ')

/** A day's worst, average and 7-day mean of worst (3 logged days at least) as the app prints them. */
function painOf(day: string): { worst: string; average: string; mean: string } {
  const cs = daysOf(day, day).get(day)
  const window: number[] = []
  for (let k = n(day) - 6; k <= n(day); k++) {
    const w = daysOf(dayOf(k), dayOf(k)).get(dayOf(k))
    if (w) window.push(worst(w))
  }
  return {
    worst: cs ? String(worst(cs)) : '—',
    average: cs ? one(avg(cs.map((c) => c.pain))) : '—',
    mean: window.length >= 3 ? one(avg(window)) : '—',
  }
}

/** What the pain chart says of one day when it is read. */
function dayReadout(day: string): string {
  const p = painOf(day)
  return (
    label(day) +
    (p.worst === '—'
      ? 'Not logged'
      : `Worst of the day: ${p.worst}Average of the day: ${p.average}`) +
    (p.mean === '—' ? '' : `7-day average of the daily worst: ${p.mean}`)
  )
}

// --- page helpers ---------------------------------------------------------------------
const section = (page: Page, title: string) =>
  page
    .locator('section.trend-card')
    .filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) })

async function showTable(page: Page, title: string, caption: string): Promise<string[][]> {
  await section(page, title).getByRole('button', { name: 'Show as table' }).click()
  const table = section(page, title).getByRole('region', { name: caption, exact: true })
  await expect(table).toBeVisible()
  // Typed by hand: the tests are compiled without the DOM library.
  type Row = { children: ArrayLike<{ textContent: string | null }> }
  return table
    .locator('tbody tr')
    .evaluateAll((rows: Row[]): string[][] =>
      rows.map((r) => Array.from(r.children, (c) => (c.textContent ?? '').trim())),
    )
}

async function expectEveryChart(page: Page, without: string[] = []) {
  for (const title of SECTIONS) {
    await expect(section(page, title)).toBeVisible()
    if (without.includes(title)) continue
    // Fewer than three episodes are shown as a table (trends-layout.spec.ts).
    const drawn = section(page, title).locator(
      title === 'Episodes over time'
        ? 'svg.chart-svg, table'
        : 'svg.chart-svg, svg.calendar-svg, svg.body-diagram-svg',
    )
    await expect(drawn.first()).toBeVisible()
  }
}

async function pickRange(page: Page, name: string, summary: RegExp) {
  await page.getByRole('radio', { name }).check()
  await expect(page.getByText(summary)).toBeVisible()
  await expect(page.getByText('Updating…')).toHaveCount(0)
}

test.describe('Trends', () => {
  test.beforeEach(async ({ page, journal }) => {
    seedJournal(journal, sample)
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`))
  })

  test('every chart renders, and the pain table holds each day of the last 90', async ({
    page,
    journal,
  }) => {
    await journal.open('#trends')
    const days = daysOf('2025-12-02', TODAY)
    await expect(page.getByText(`${days.size} of 90 days logged`)).toBeVisible()
    // The sample data records triggers often enough that some can be compared in 90 days.
    const withTrigger = new Map<string, number>()
    for (const cs of days.values()) {
      for (const key of new Set(cs.flatMap((c) => c.triggerKeys))) {
        withTrigger.set(key, (withTrigger.get(key) ?? 0) + 1)
      }
    }
    const compared = [...withTrigger.values()].filter((w) => w >= 3 && days.size - w >= 3)
    expect(compared.length).toBeGreaterThan(0)
    await expectEveryChart(page)
    await journal.screenshot('trends-90-days-light')

    const rows = await showTable(page, 'Pain over time', 'Pain by day, 2 Dec 2025 – 1 Mar 2026')
    const expected: string[][] = []
    for (let d = n('2025-12-02'); d <= n(TODAY); d++) {
      const day = dayOf(d)
      const { worst, average, mean } = painOf(day)
      expected.push([label(day), worst, average, mean, overLimit(days.get(day) ?? [])])
    }
    expect(rows).toEqual(expected)
    await journal.screenshot('trends-table-pain')
  })

  test('a year: triggers with and without, remedies and weekdays match the fixture', async ({
    page,
    journal,
  }) => {
    await journal.open('#trends')
    const from = '2025-03-02'
    const days = [...daysOf(from, TODAY).entries()]
    await pickRange(page, '1 year', new RegExp(`${days.length} of 365 days logged`))
    await expectEveryChart(page)
    await journal.screenshot('trends-1-year-light')

    const triggerRows = await showTable(page, 'Triggers: pain with and without', 'Triggers')
    const expectedTriggers = BUILTIN_TRIGGERS.flatMap((t) => {
      const withT = days.filter(([, cs]) => cs.some((c) => c.triggerKeys.includes(t.key)))
      const without = days.filter(([, cs]) => !cs.some((c) => c.triggerKeys.includes(t.key)))
      if (withT.length === 0) return []
      const w = avg(withT.map(([, cs]) => worst(cs)))
      const wo = avg(without.map(([, cs]) => worst(cs)))
      const enough = withT.length >= 3 && without.length >= 3
      return [
        [
          t.name,
          String(withT.length),
          String(without.length),
          one(w),
          one(wo),
          // The difference of the two means as printed, so the row adds up.
          enough ? signed(Number(one(w)) - Number(one(wo))) : 'Under 3 days',
        ],
      ]
    })
    expect(new Set(triggerRows.map((r) => r.join('|')))).toEqual(
      new Set(expectedTriggers.map((r) => r.join('|'))),
    )
    expect(expectedTriggers.some((r) => r[5] !== 'Under 3 days')).toBe(true)
    await journal.screenshot('trends-table-triggers')

    // The chart again: each row of bars is named with its numbers, and its axis is labelled.
    const triggers = section(page, 'Triggers: pain with and without')
    await triggers.getByRole('button', { name: 'Show as chart' }).click()
    const bars = triggers.getByRole('list', { name: 'Average worst pain of the day (0–10)' })
    await expect(bars.getByRole('listitem')).toHaveCount(
      expectedTriggers.filter((r) => r[5] !== 'Under 3 days').length,
    )
    for (const [name, withDays, withoutDays, w, wo, difference] of expectedTriggers) {
      if (difference === 'Under 3 days') continue
      await expect(
        bars.getByRole('listitem', {
          name: `${name} (${withDays} / ${withoutDays} days): Days with the trigger ${w}, Days without it ${wo}`,
          exact: true,
        }),
      ).toHaveCount(1)
    }
    await expect(triggers.locator('.plot-axis text')).toContainText(['0', '2', '4', '6', '8', '10'])
    await expect(triggers.locator('.axis-title')).toHaveText('Average worst pain of the day (0–10)')

    const remedyRows = await showTable(page, 'Remedies: how much they helped', 'Remedies')
    const uses = days.flatMap(([day, cs]) =>
      cs.flatMap((c) => c.remedies.map((r) => ({ ...r, day }))),
    )
    const expectedRemedies = BUILTIN_REMEDIES.flatMap((r) => {
      const mine = uses.filter((u) => u.key === r.key)
      if (mine.length === 0) return []
      const rated = mine.flatMap((u) => (u.relief === null ? [] : [u.relief]))
      return [
        [
          r.name,
          String(mine.length),
          String(new Set(mine.map((u) => u.day)).size),
          String(rated.length),
          rated.length ? one(avg(rated)) : '—',
        ],
      ]
    })
    expect(new Set(remedyRows.map((r) => r.join('|')))).toEqual(
      new Set(expectedRemedies.map((r) => r.join('|'))),
    )
    await journal.screenshot('trends-table-remedies')

    const weekdayRows = await showTable(page, 'Pain by day of the week', 'Pain by day of the week')
    const names = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
    // 2 March 2026 is a Monday.
    const expectedWeekdays = names.map((name, i) => {
      const mine = days.filter(([day]) => (((n(day) - n('2026-03-02')) % 7) + 7) % 7 === i)
      return [name, String(mine.length), one(avg(mine.map(([, cs]) => worst(cs))))]
    })
    expect(weekdayRows).toEqual(expectedWeekdays)
    await journal.screenshot('trends-table-weekdays')

    const weekdays = section(page, 'Pain by day of the week')
    await weekdays.getByRole('button', { name: 'Show as chart' }).click()
    const columns = weekdays.getByRole('list', { name: 'Average worst pain (0–10)' })
    await expect(columns.getByRole('listitem')).toHaveText(
      expectedWeekdays.map(([, , mean]) => mean ?? ''),
    )
    for (const [name, , mean] of expectedWeekdays) {
      await expect(
        columns.getByRole('listitem', {
          name: `${name?.slice(0, 3)}: Average worst pain ${mean}`,
          exact: true,
        }),
      ).toHaveCount(1)
    }
    await expect(weekdays.locator('.plot-axis text')).toContainText([
      ...['0', '2', '4', '6', '8', '10'],
      ...names.map((d) => d.slice(0, 3)),
    ])
    await expect(weekdays.locator('.plot-title')).toHaveText('Average worst pain (0–10)')
  })

  test("the pain chart says each day's values, and its zoom strip moves by keyboard and mouse", async ({
    page,
    journal,
  }) => {
    await journal.open('#trends')
    await expect(page.getByText(/of 90 days logged/)).toBeVisible()
    const pain = section(page, 'Pain over time')
    const chart = pain.getByRole('application', { name: /^Pain over time/ })
    await expect(chart).toHaveAccessibleName(
      'Pain over time, 2 Dec 2025 – 1 Mar 2026. Use the arrow keys to read each day.',
    )
    const said = pain.getByRole('status')
    const shown = pain.locator('.zoom-readout p')
    await chart.focus()
    await expect(said).toHaveText(dayReadout(TODAY))
    await page.keyboard.press('Home')
    await expect(said).toHaveText(dayReadout('2025-12-02'))
    await page.keyboard.press('ArrowRight')
    await expect(said).toHaveText(dayReadout('2025-12-03'))
    // Every day of the period reads as its row of the fixture, logged or not.
    for (let d = n('2025-12-04'); d <= n('2025-12-20'); d++) {
      await page.keyboard.press('ArrowRight')
      await expect(said).toHaveText(dayReadout(dayOf(d)))
    }

    // The zoom strip's handles: Page Up and Down move a tenth of the 90 days (9).
    const first = pain.getByRole('slider', { name: 'First day shown' })
    const last = pain.getByRole('slider', { name: 'Last day shown' })
    await expect(shown).toHaveText('Showing 2 Dec 2025 – 1 Mar 2026')
    await first.focus()
    await page.keyboard.press('PageUp')
    await expect(first).toHaveAttribute('aria-valuetext', '11 Dec 2025')
    await last.focus()
    for (let i = 0; i < 2; i++) await page.keyboard.press('PageDown')
    await page.keyboard.press('ArrowLeft')
    await expect(last).toHaveAttribute('aria-valuetext', '10 Feb 2026')
    await expect(shown).toHaveText('Showing 11 Dec 2025 – 10 Feb 2026')
    // The first handle stops a day before the last.
    await first.focus()
    await page.keyboard.press('End')
    await expect(first).toHaveAttribute('aria-valuetext', '9 Feb 2026')
    await page.keyboard.press('Home')
    await page.keyboard.press('ArrowRight')
    await expect(shown).toHaveText('Showing 3 Dec 2025 – 10 Feb 2026')
    // The chart shows, and reads, only those days.
    await expect(chart).toHaveAccessibleName(/^Pain over time, 3 Dec 2025 – 10 Feb 2026\./)
    await chart.focus()
    await expect(said).toHaveText(dayReadout('2026-02-10'))
    await page.keyboard.press('Home')
    await expect(said).toHaveText(dayReadout('2025-12-03'))
    await chart.blur()
    await expect(said).toHaveCount(0)

    // With the mouse: the last handle dragged to the strip's right end, then the chart's right
    // edge hovered.
    const handle = (await last.boundingBox())!
    const strip = (await pain.locator('.zoom-strip').boundingBox())!
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2)
    await page.mouse.down()
    await page.mouse.move(strip.x + strip.width, handle.y + handle.height / 2, { steps: 5 })
    await page.mouse.up()
    await expect(shown).toHaveText('Showing 3 Dec 2025 – 1 Mar 2026')
    const box = (await chart.boundingBox())!
    await page.mouse.move(box.x + box.width - 16, box.y + box.height / 2)
    await expect(said).toHaveText(dayReadout(TODAY))
    await page.mouse.move(box.x + 1, box.y + box.height / 2)
    await expect(said).toHaveText(dayReadout('2025-12-03'))
    await page.mouse.move(0, 0)
    await expect(said).toHaveCount(0)

    await pain.getByRole('button', { name: 'Show the whole period' }).click()
    await expect(shown).toHaveText('Showing 2 Dec 2025 – 1 Mar 2026')
    await expect(first).toHaveAttribute('aria-valuetext', '2 Dec 2025')
  })

  test('a medicine strip and the episodes are read point by point with the keyboard', async ({
    page,
    journal,
  }) => {
    await journal.open('#trends')
    const days = daysOf('2025-03-02', TODAY)
    await pickRange(page, '1 year', new RegExp(`${days.size} of 365 days logged`))
    // Each day's naproxen in milligrams, from the fixture.
    const naproxen = [...days.entries()]
      .map(([day, cs]) => ({
        day,
        mg: cs
          .flatMap((c) => c.remedies)
          .filter((r) => r.key === 'naproxen')
          .reduce((sum, r) => sum + (r.doseMg ?? 0), 0),
        taken: cs.some((c) => c.remedies.some((r) => r.key === 'naproxen')),
      }))
      .filter((d) => d.taken)
      .sort((a, b) => (a.day < b.day ? -1 : 1))
    const mg = (x: number) => String(x).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
    const medicines = section(page, 'Medicines: daily totals')
    const strip = medicines.getByRole('application', { name: /^Naproxen sodium — mg per day/ })
    const readout = medicines.getByRole('status')
    await strip.focus()
    const last = naproxen[naproxen.length - 1]!
    await expect(readout).toHaveText(`${label(last.day)}Naproxen sodium: ${mg(last.mg)} mg`)
    await page.keyboard.press('Home')
    const firstDose = naproxen[0]!
    await expect(readout).toHaveText(
      `${label(firstDose.day)}Naproxen sodium: ${mg(firstDose.mg)} mg`,
    )
    await page.keyboard.press('ArrowRight')
    const second = naproxen[1]!
    await expect(readout).toHaveText(`${label(second.day)}Naproxen sodium: ${mg(second.mg)} mg`)
    await strip.blur()
    await expect(readout).toHaveCount(0)

    // The episodes chart says what its table says, one episode at a time.
    const rows = await showTable(page, 'Episodes over time', 'Episodes')
    const episodes = section(page, 'Episodes over time')
    await episodes.getByRole('button', { name: 'Show as chart' }).click()
    await episodes.getByRole('application', { name: /^How long each episode lasted/ }).focus()
    const said = episodes.getByRole('status')
    for (const key of ['End', 'Home']) {
      await page.keyboard.press(key)
      const [period, duration, , peak, status] = rows[key === 'End' ? rows.length - 1 : 0]!
      const lasted = `${duration} ${duration === '1' ? 'day' : 'days'}`
      const soFar = status === 'Ongoing' ? ' so far' : ''
      await expect(said).toHaveText(`${period}${lasted}${soFar}Peak pain: ${peak}${status}`)
    }
  })

  // "All" of a two-year journal is the heaviest view: what it shows is checked in three tests,
  // each a few steps long, rather than one that had to do all of it within one time limit.
  const first = sample.checkins.map((c) => c.day).sort()[0] ?? ''
  const all = daysOf(first, TODAY)
  const showAll = async (page: Page) => {
    await pickRange(page, 'All', new RegExp(`${all.size} of \\d+ days logged, shown week by week`))
  }

  test('all of it: one point a week, from the first logged day', async ({ page, journal }) => {
    await journal.open('#trends')
    await showAll(page)
    await journal.screenshot('trends-all-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await journal.screenshot('trends-all-dark')
    await page.emulateMedia({ colorScheme: 'light' })

    const weeks = await showTable(
      page,
      'Pain over time',
      `Pain by week, ${label(first)} – 1 Mar 2026`,
    )
    // Monday-to-Sunday weeks; the first one starts on the first logged day.
    const mondayOf = (d: number) => d - ((((d - n('2026-03-02')) % 7) + 7) % 7)
    const starts = new Set<number>()
    for (let d = n(first); d <= n(TODAY); d++) starts.add(Math.max(mondayOf(d), n(first)))
    expect(weeks).toHaveLength(starts.size)
    const newYear = weeks.find((r) => r[0] === '29 Dec 2025 – 4 Jan 2026')
    const nyDays = [...daysOf('2025-12-29', '2026-01-04').values()]
    expect(newYear?.slice(1, 3)).toEqual([
      String(nyDays.length),
      String(Math.max(...nyDays.map(worst))),
    ])

    // The chart reads each week as its row says, days logged included.
    const pain = section(page, 'Pain over time')
    await pain.getByRole('button', { name: 'Show as chart' }).click()
    await pain.getByRole('application', { name: /^Pain over time.* read each week\.$/ }).focus()
    for (const [key, row] of [
      ['End', weeks[weeks.length - 1]],
      ['Home', weeks[0]],
    ] as const) {
      await page.keyboard.press(key)
      const [period, logged, worstOf, average, mean] = row ?? []
      await expect(pain.getByRole('status')).toHaveText(
        `${period}Worst of the week: ${worstOf}Average of the week: ${average}` +
          `Days logged: ${logged}` +
          (mean === '—' ? '' : `Average of the daily worst: ${mean}`),
      )
    }
  })

  test('all of it: episodes with their peaks, and the calendar of 53 weeks', async ({
    page,
    journal,
  }) => {
    await journal.open('#trends')
    await showAll(page)
    const episodes = await showTable(page, 'Episodes over time', 'Episodes')
    expect(episodes.length).toBeGreaterThan(3)
    for (const row of episodes) {
      // Each row's peak is the highest worst pain logged between its first and last day (an
      // ongoing one's runs to today).
      const [start = '', end = start] = (row[0] ?? '').split(' – ')
      const last = end === 'ongoing' ? TODAY : iso(end)
      const inside = [...all.entries()].filter(([day]) => day >= iso(start) && day <= last)
      expect(row[3]).toBe(String(Math.max(...inside.map(([, cs]) => worst(cs)))))
    }
    await journal.screenshot('trends-table-episodes')

    // The calendar covers the 53 weeks (371 days) up to today.
    const calendarFrom = dayOf(n(TODAY) - 370)
    const calendar = await showTable(
      page,
      'Day by day',
      `Worst pain by day, ${label(calendarFrom)} – 1 Mar 2026`,
    )
    expect(calendar).toHaveLength(371)
    expect(calendar.map((r) => r[1])).toEqual(
      Array.from({ length: 371 }, (_, i) => {
        const cs = all.get(dayOf(n(calendarFrom) + i))
        return cs ? String(worst(cs)) : 'Not logged'
      }),
    )
    await journal.screenshot('trends-table-calendar')
  })

  test('all of it: the other tables', async ({ page, journal }) => {
    await journal.open('#trends')
    await showAll(page)
    for (const [title, caption] of [
      ['Remedies: the next day', 'Change in pain to the next day'],
      ['Medicines: daily totals', 'Medicines in this period'],
      ['Pain by situation', 'Pain by situation'],
      ['Where it hurts', 'Where it hurts'],
    ] as const) {
      const rows = await showTable(page, title, caption)
      expect(rows.length).toBeGreaterThan(0)
      await section(page, title).scrollIntoViewIfNeeded()
      await journal.screenshot(
        `trends-table-${title.split(':')[0]?.toLowerCase().replace(/ /g, '-')}`,
      )
    }
  })

  test('where it hurts: the back diagram is shaded and labelled by days marked', async ({
    page,
    journal,
  }) => {
    await journal.open('#trends')
    const days = daysOf('2025-12-02', TODAY)
    const card = section(page, 'Where it hurts')
    await expect(card.locator('svg.body-diagram-svg')).toBeVisible()
    const counts = BODY_REGIONS.map((region) => ({
      region,
      days: [...days.values()].filter((cs) => cs.some((c) => c.regions.includes(region))).length,
    }))
    const most = Math.max(...counts.map((c) => c.days))
    expect(most).toBeGreaterThan(0)
    for (const { region, days: d } of counts) {
      const row = card
        .locator('.body-diagram-readout > div')
        .filter({ has: page.getByText(BODY_REGION_LABELS[region], { exact: true }) })
      const share = d > 0 && d / days.size < 0.005 ? '<1%' : `${Math.round((d / days.size) * 100)}%`
      await expect(row.locator('dd')).toHaveText(`${d} ${d === 1 ? 'day' : 'days'} (${share})`)
      // The place marked most often is drawn darkest.
      const opacity = await card
        .locator(`g[data-region="${region}"] .body-diagram-shade`)
        .evaluate((el: { style: { fillOpacity: string } }) => Number(el.style.fillOpacity))
      expect(opacity).toBeCloseTo(d / most, 3)
    }
    await card.scrollIntoViewIfNeeded()
    await journal.screenshot('trends-where-it-hurts-light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await journal.screenshot('trends-where-it-hurts-dark')
  })

  test('the period picked is shown again on coming back to Trends', async ({ page, journal }) => {
    await journal.open('#trends')
    await pickRange(page, '1 year', /of 365 days logged/)
    await page.getByRole('link', { name: /History/ }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible()
    await page.getByRole('link', { name: /Trends/ }).click()
    await expect(page.getByRole('radio', { name: '1 year' })).toBeChecked()
    await expect(page.getByText(/of 365 days logged/)).toBeVisible()
    // A new start of the app starts again from 90 days.
    await page.reload()
    await expect(page.getByRole('radio', { name: '90 days' })).toBeChecked()
  })

  test('90 days and a year in dark mode', async ({ page, journal }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await journal.open('#trends')
    await expect(section(page, 'Pain over time')).toBeVisible()
    await journal.screenshot('trends-90-days-dark')
    await pickRange(page, '1 year', /of 365 days logged/)
    await journal.screenshot('trends-1-year-dark')
  })
})

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** '3 Mar 2025' → '2025-03-03'. */
function iso(text: string): string {
  const [d = '', m = '', y = ''] = text.split(' ')
  return `${y}-${String(MONTHS.indexOf(m) + 1).padStart(2, '0')}-${d.padStart(2, '0')}`
}

test.describe('Trends with little data', () => {
  test('ten days show sparse states instead of empty charts', async ({ page, journal }) => {
    const worsts = [1, 2, 3, 2, 1, 0, 4, 3, 2, 1]
    seedJournal(journal, {
      checkins: checkinsFromWorst(
        worsts.map((worst, i) => ({ day: dayOf(n('2026-02-20') + i), worst })),
      ),
      dayRecords: [],
    })
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`))
    await journal.open('#trends')
    await pickRange(page, '30 days', /10 of 30 days logged/)
    await expect(page.getByText('With 10 days logged in this period')).toBeVisible()
    await expect(section(page, 'Triggers: pain with and without')).toContainText(
      'No triggers were recorded in this period.',
    )
    await expect(section(page, 'Pain by day of the week')).toContainText(
      'Each day of the week needs at least 3 logged days',
    )
    const rows = await showTable(page, 'Pain over time', 'Pain by day, 31 Jan 2026 – 1 Mar 2026')
    expect(rows.filter((r) => r[1] !== '—').map((r) => Number(r[1]))).toEqual(worsts)
    await journal.screenshot('trends-sparse-light')
  })

  test('an empty journal offers to log today', async ({ page, journal }) => {
    await journal.open('#trends')
    await expect(page.getByText('Trends appear once you have logged a few days.')).toBeVisible()
    await journal.screenshot('trends-empty-light')
    await page.getByRole('button', { name: 'Log how you feel today' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible()
  })
})
