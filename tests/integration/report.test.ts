import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadJournal } from '../../src/main/db/repositories/journal-loader'
import { gatherReport } from '../../src/main/report/report-data'
import { reliefWords } from '../../src/shared/domain'
import { oneDecimal, ROLLING_NAME } from '../../src/shared/stats'
import type { TrendsResult } from '../../src/shared/trends-schema'
import { eachDay, formatDayShort } from '../../src/shared/days'
import { DEFAULT_SECTIONS, reportHtml } from '../../src/shared/report/options'
import { tempRunningJournal } from '../support/temp-journal'
import { call } from '../support/portability'
import { EPISODE_LENGTH, REPORT_FROM, REPORT_TO, reportJournal } from '../fixtures/report-journal'
import { checkinsFromWorst } from '../fixtures/journal'

type J = Awaited<ReturnType<typeof tempRunningJournal>>
let journal: J
beforeEach(async () => {
  journal = await tempRunningJournal({ now: () => new Date('2026-03-01T12:00:00') })
  loadJournal(journal.db(), reportJournal(), '2026-03-01T12:00:00Z')
})
afterEach(() => journal.cleanup())

const options = (sections = {}) => ({
  from: REPORT_FROM,
  to: REPORT_TO,
  patientName: 'Ana <Test> Müller',
  dateOfBirth: '1980-05-17',
  sections: { ...DEFAULT_SECTIONS, ...sections },
})

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')

describe('the doctor report', () => {
  it('shows the period, days logged, average and worst pain worked out by hand', async () => {
    const sample = reportJournal().checkins.filter((c) => c.day >= REPORT_FROM)
    const mean = sample.reduce((s, c) => s + c.pain, 0) / sample.length
    const doc = await call<{ body: string }>(journal, 'report:preview', options())
    const t = text(doc.body)
    expect(t).toContain('Period: 2 Dec 2025 – 1 Mar 2026 (90 days)')
    expect(t).toContain('Days logged: 90 of 90')
    expect(t).toContain('Pain rated by the patient 0 (no pain) – 10 (worst pain imaginable)')
    expect(t).toContain(`${mean.toFixed(1)} / 10`)
    expect(t).toContain('Worst pain 6 / 10 on 11 Jan 2026')
    expect(t).toContain(`Current episode Day ${EPISODE_LENGTH} since 11 Jan 2026`)
    // The chart's line is named as on the Trends screen.
    expect(t).toContain(`${ROLLING_NAME} episode`)
  })

  it('lists every flag in the third person with its severity, the warning sign first', async () => {
    const doc = await call<{ body: string }>(journal, 'report:preview', options())
    const t = text(doc.body)
    const order = [
      'See a doctor today Warning signs recorded in the last 30 days, not yet seen by a doctor',
      'Book a visit Current episode on day 50',
      'Book a visit Not easing',
      'Book a visit Above the daily limit on 1 day',
    ]
    const positions = order.map((title) => t.indexOf(title))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(t).toContain('25 Feb 2026, Ibuprofen 1,600 mg (limit 1,200 mg)')
    expect(t).toContain('mg each day taken: 25 Feb 1,600 (over limit)')
    expect(t).toContain('20 Feb 2026 · See a doctor today · Constant pain at night')
  })

  it('lists doctor visits of the period, their notes only with the notes', async () => {
    await call(journal, 'visits:add', { day: '2026-02-24', note: 'Physio <referral>' })
    await call(journal, 'visits:add', { day: '2025-11-01', note: 'Before the period' })
    const without = text((await call<{ body: string }>(journal, 'report:preview', options())).body)
    expect(without).toContain('Doctor visits recorded 24 Feb 2026 Recorded by the patient')
    expect(without).not.toContain('1 Nov 2025')
    expect(without).not.toContain('Physio')
    // After the warning sign of 20 February: the flag steps down in the report too.
    expect(without).not.toContain('not yet seen by a doctor')
    expect(without).toContain('Seen by a doctor on 24 Feb 2026 about the warning sign')
    const withNotes = await call<{ body: string }>(
      journal,
      'report:preview',
      options({ notes: true }),
    )
    // Escaped, and set in its own writing direction (dir="auto").
    expect(withNotes.body).toContain(
      '24 Feb 2026</strong>: <span dir="auto">Physio &lt;referral&gt;</span>',
    )
  })

  it('adds the day record by week, where it hurts, spasms and the situations', async () => {
    const t = text((await call<{ body: string }>(journal, 'report:preview', options())).body)
    const inPeriod = reportJournal().checkins.filter((c) => c.day >= REPORT_FROM)
    const days = (test: (c: (typeof inPeriod)[number]) => boolean) =>
      new Set(inPeriod.filter(test).map((c) => c.day)).size
    expect(t).toContain('Sleep, interference and walking: weekly means')
    expect(t).toContain(
      `Spread to the buttock or leg on ${days((c) => c.regions.includes('buttock-leg-left'))} of 90 logged days`,
    )
    expect(t).toContain(`Spasms recorded on ${days((c) => c.spasm === true)} of 90 logged days`)
    const waking = inPeriod.filter((c) => c.context === 'waking')
    const mean = waking.reduce((s, c) => s + c.pain, 0) / waking.length
    expect(t).toContain(`on waking ${waking.length} (mean pain ${mean.toFixed(1)})`)
    // Mean pain of the period, the last 7 days and the current episode, side by side.
    expect(t).toMatch(/Mean pain [0-9.]+ \/ 10 last 7 days 6\.0 \/ 10; this episode 6\.0 \/ 10/)
  })

  it('puts the name and "page X of Y" in the page margins, escaped so a name cannot break out', async () => {
    const doc = await call<{ css: string }>(journal, 'report:preview', {
      ...options(),
      patientName: 'Ana "</style><script>x</script>',
    })
    expect(doc.css).toContain('"Page " counter(page) " of " counter(pages)')
    expect(doc.css).not.toMatch(/<\/style|<script/i)
    expect(doc.css).toMatch(/@bottom-left \{ content: "Ana\\000020\\000022\\00003c/)
  })

  it('escapes what the person typed and leaves notes out unless asked', async () => {
    const without = await call<{ body: string }>(journal, 'report:preview', options())
    expect(without.body).not.toContain('Moved the sofa')
    expect(without.body).toContain('Ana &lt;Test&gt; Müller')
    const withNotes = await call<{ body: string }>(
      journal,
      'report:preview',
      options({ notes: true }),
    )
    expect(withNotes.body).toContain('Moved the sofa &lt;b&gt;alone&lt;/b&gt;.')
    expect(withNotes.body).not.toMatch(/<script|style=/i)
  })

  it('makes one whole HTML page for the PDF, with its styles inline and no script', async () => {
    const doc = await call<{ title: string; css: string; body: string }>(
      journal,
      'report:preview',
      options(),
    )
    const html = reportHtml(doc)
    expect(html).toMatch(/^<!doctype html>/)
    // The title a PDF viewer shows writes its days as the report does, never as YYYY-MM-DD.
    expect(doc.title).toBe(
      `Back pain report, ${formatDayShort(REPORT_FROM)} – ${formatDayShort(REPORT_TO)}`,
    )
    expect(html).toContain('<style>')
    expect(html).not.toContain('<script')
    expect(html).toContain("Generated by Pain Journal from the patient's own records")
  })

  it('names and counts every trigger and remedy as Trends does for the same period', async () => {
    // The person's own trigger and remedy beside the built-in ones the fixture uses.
    const trigger = await call<{ id: number }>(journal, 'catalog:add-trigger', {
      name: 'Cold rain',
    })
    const remedy = await call<{ id: number }>(journal, 'catalog:add-remedy', {
      name: 'Warm bath',
      kind: 'self-care',
    })
    for (const day of ['2026-02-10', '2026-02-12', '2026-02-14', '2026-02-16']) {
      await call(journal, 'checkins:save', {
        at: `${day}T18:00:00+00:00`,
        pain: 5,
        triggerIds: [trigger.id],
        remedies: [{ remedyId: remedy.id, relief: 1 }],
      })
    }
    const trends = await call<TrendsResult>(journal, 'trends:get', {
      from: REPORT_FROM,
      to: REPORT_TO,
      asOf: REPORT_TO,
    })
    const report = gatherReport(journal.db(), options(), REPORT_TO)
    const named = <T extends { key: string }>(rows: readonly T[]) =>
      rows.map((r) => ({ ...r, name: trends.names[r.key] }))
    expect(report.triggers.map((t) => t.name)).toContain('Cold rain')
    expect(report.remedies.map((r) => r.name)).toContain('Warm bath')
    expect(report.triggers).toEqual(named(trends.triggers))
    expect(report.remedies).toEqual(named(trends.remedies))
    // The mean rating in the scale's own words (domain.ts), as the check-in form says them.
    const doc = await call<{ body: string }>(journal, 'report:preview', options())
    expect(text(doc.body)).toContain(`Warm bath 4 4 ${oneDecimal(1)} (${reliefWords(1)})`)
    expect(reliefWords(1)).toBe('helped a little')
  })

  it('Today, Trends and the report name a medicine the same way, by the name it has now', async () => {
    // A renamed built-in (ibuprofen, over its limit on 25 Feb in the fixture) and the person's
    // own medicine with a limit, over it on 27 Feb: its key is remedy-<id>, never said.
    const catalog = await call<{ remedies: { id: number; key: string | null }[] }>(
      journal,
      'catalog:get',
    )
    const ibuprofenId = catalog.remedies.find((r) => r.key === 'ibuprofen')?.id
    // Asked once before the rename: what the main process remembers must not outlive it.
    const before = await call<{ flags: { kind: string; reason: string }[] }>(
      journal,
      'insights:get',
      { asOf: REPORT_TO },
    )
    expect(before.flags.find((f) => f.kind === 'medication')?.reason).toContain('Ibuprofen')
    await call(journal, 'catalog:rename', { list: 'remedy', id: ibuprofenId, name: 'Nurofen' })
    const own = await call<{ id: number }>(journal, 'catalog:add-remedy', {
      name: 'Co-codamol',
      kind: 'medication',
    })
    await call(journal, 'catalog:set-limit', { remedyId: own.id, dailyLimitMg: 600 })
    await call(journal, 'checkins:save', {
      at: '2026-02-27T18:00:00+00:00',
      pain: 4,
      remedies: [{ remedyId: own.id, relief: 1, doseMg: 900 }],
    })
    const insights = await call<{
      flags: { kind: string; reason: string; forClinician: string }[]
    }>(journal, 'insights:get', { asOf: REPORT_TO })
    const flag = insights.flags.find((f) => f.kind === 'medication')
    expect(flag?.reason).toContain('900 mg of Co-codamol')
    expect(flag?.reason).toContain('limit 600 mg')
    const trends = await call<TrendsResult>(journal, 'trends:get', {
      from: REPORT_FROM,
      to: REPORT_TO,
      asOf: REPORT_TO,
    })
    expect(trends.names[`remedy-${own.id}`]).toBe('Co-codamol')
    expect(trends.names['ibuprofen']).toBe('Nurofen')
    const doc = await call<{ body: string }>(journal, 'report:preview', options())
    const t = text(doc.body)
    expect(t).toContain(flag?.forClinician)
    expect(t).toContain('Nurofen')
    expect(t).toContain('Co-codamol')
    expect(`${t} ${JSON.stringify(insights.flags)}`).not.toMatch(/remedy-\d|ibuprofen/i)
  })

  it("says an episode's length by the person's episode rules, as History and Today do", async () => {
    // The fixture's episode is 50 days long at the end of the period: at the default rules, six
    // weeks or more; with the visit thresholds moved to 4 and 7 weeks, seven weeks or more.
    const at = async () =>
      text((await call<{ body: string }>(journal, 'report:preview', options())).body)
    expect(await at()).toContain('ongoing, six weeks or more; peak')
    await call(journal, 'settings:update', {
      episodeRules: {
        painDayMin: 2,
        separationDays: 30,
        settleDays: 7,
        watchDays: 28,
        doctorDays: 49,
      },
    })
    const t = await at()
    expect(t).toContain('ongoing, seven weeks or more; peak')
    expect(t).not.toMatch(/six weeks|\d\+ weeks/)
    const insights = await call<{ flags: { kind: string; reason: string }[] }>(
      journal,
      'insights:get',
      { asOf: REPORT_TO },
    )
    expect(insights.flags.find((f) => f.kind === 'long-episode')?.reason).toContain(
      'gone on for seven weeks or more (day 50)',
    )
  })

  it('refuses a period that ends before it starts', async () => {
    const result = await journal.router.handle('report:preview', {
      ...options(),
      from: '2026-03-02',
    })
    expect(result.ok).toBe(false)
  })
})

/** Journals of a test's own, closed after it. */
const owned: J[] = []
afterEach(() => {
  for (const own of owned.splice(0)) own.cleanup()
})

async function ownJournal(now: string): Promise<J> {
  const own = await tempRunningJournal({ now: () => new Date(now) })
  owned.push(own)
  return own
}

/** A journal of its own: one check-in a day with the given worst pain. */
async function reportOf(days: { day: string; worst: number }[], now: string): Promise<J> {
  const own = await ownJournal(now)
  loadJournal(own.db(), { checkins: checkinsFromWorst(days), dayRecords: [] }, `${now}Z`)
  return own
}

const periodOptions = (from: string, to: string) => ({ ...options(), from, to })

describe('the report of a period shorter than a week', () => {
  it('says the mean of the last 7 days over seven days, not only those in the period', async () => {
    const own = await reportOf(
      [
        ...eachDay('2026-02-14', '2026-02-19').map((day) => ({ day, worst: 8 })),
        { day: '2026-02-20', worst: 2 },
      ],
      '2026-02-20T12:00:00',
    )
    const doc = await call<{ body: string }>(
      own,
      'report:preview',
      periodOptions('2026-02-20', '2026-02-20'),
    )
    expect(text(doc.body)).toContain('last 7 days 7.1 / 10')
  })

  it("draws the 7-day average from the period's first day, as Trends does", async () => {
    const [from, to] = ['2026-02-10', '2026-02-28']
    const own = await reportOf(
      [
        ...eachDay('2026-02-03', '2026-02-09').map((day) => ({ day, worst: 8 })),
        ...eachDay(from, to).map((day) => ({ day, worst: 2 })),
      ],
      '2026-02-28T12:00:00',
    )
    const trends = await call<TrendsResult>(own, 'trends:get', { from, to, asOf: to })
    const report = gatherReport(own.db(), periodOptions(from, to), to)
    expect(trends.pain[0]?.mean).toBeCloseTo(50 / 7)
    expect(report.series.map((p) => p.rolling)).toEqual(trends.pain.map((p) => p.mean))
  })
})

describe('a settling episode in the report', () => {
  it('is said by how long it lasted, as the episodes table says it', async () => {
    const own = await reportOf(
      [
        ...eachDay('2026-01-01', '2026-02-07').map((day) => ({ day, worst: 5 })),
        ...eachDay('2026-02-08', '2026-02-19').map((day) => ({ day, worst: 0 })),
      ],
      '2026-02-19T12:00:00',
    )
    const doc = await call<{ body: string }>(
      own,
      'report:preview',
      periodOptions('2025-11-22', '2026-02-19'),
    )
    const t = text(doc.body)
    expect(t).toContain('Current episode Settling lasted 38 days, 1 Jan 2026 – 7 Feb 2026')
    expect(t).not.toMatch(/Current episode Day \d+/)
    expect(t).toContain('1 Jan 2026 – 7 Feb 2026 38 38 5 settling under six weeks')
  })

  it('after a period with no pain, is listed in the episodes table the summary names it from', async () => {
    const own = await reportOf(
      eachDay('2026-01-01', '2026-02-10').map((day) => ({ day, worst: 6 })),
      '2026-03-01T12:00:00',
    )
    const doc = await call<{ body: string }>(
      own,
      'report:preview',
      periodOptions('2026-02-15', '2026-03-01'),
    )
    const t = text(doc.body)
    expect(t).toContain('Current episode Settling lasted 41 days, 1 Jan 2026 – 10 Feb 2026')
    expect(t).not.toContain('No episode in this period.')
    expect(t).toMatch(/1 Jan 2026 – 10 Feb 2026 41/)
  })
})

describe('the report of a period of one day, or of more than a year', () => {
  it('names a one-day period as Trends does, in the header, the title and the margins', async () => {
    const own = await reportOf([{ day: '2026-02-20', worst: 3 }], '2026-02-20T12:00:00')
    const doc = await call<{ body: string; title: string }>(
      own,
      'report:preview',
      periodOptions('2026-02-20', '2026-02-20'),
    )
    expect(text(doc.body)).toContain('Period: 20 Feb 2026 (1 day)')
    expect(doc.body).not.toContain('20 Feb 2026 – 20 Feb 2026')
    expect(doc.title).toBe('Back pain report, 20 Feb 2026')
  })

  it('gives each day of the medication log its year when the same date comes twice', async () => {
    const own = await ownJournal('2026-03-01T12:00:00')
    const checkins = ['2025-01-18', '2026-01-18'].map((day, i) => ({
      ...checkinsFromWorst([{ day, worst: 4 }])[0]!,
      remedies: [{ key: 'ibuprofen', doseMg: 400 + i * 200, minutes: null, relief: 1 as const }],
    }))
    loadJournal(own.db(), { checkins, dayRecords: [] }, '2026-03-01T12:00:00Z')
    const doc = await call<{ body: string }>(
      own,
      'report:preview',
      periodOptions('2025-01-10', '2026-03-01'),
    )
    expect(text(doc.body)).toContain('mg each day taken: 18 Jan 2025 400 · 18 Jan 2026 600')
  })
})

describe('the medication log lists every day of its period that a medicine rule finds', () => {
  const withMedicines = (day: string, remedies: { key: string; doseMg: number | null }[]) => ({
    ...checkinsFromWorst([{ day, worst: 4 }])[0]!,
    remedies: remedies.map((r) => ({ ...r, minutes: null, relief: 1 as const })),
  })

  it('two anti-inflammatories on one day, acetaminophen above 4,000 mg, a long run: not only the last 30 days', async () => {
    const own = await ownJournal('2026-03-01T12:00:00')
    const catalog = await call<{ remedies: { id: number; key: string | null }[] }>(
      own,
      'catalog:get',
    )
    const acetaminophen = catalog.remedies.find((r) => r.key === 'acetaminophen')!.id
    await call(own, 'catalog:set-limit', { remedyId: acetaminophen, dailyLimitMg: 5000 })
    const checkins = [
      // A run of 12 days of ibuprofen, doses not recorded, ending 45 days before the period ends.
      ...eachDay('2026-01-04', '2026-01-15').map((day) =>
        withMedicines(day, [{ key: 'ibuprofen', doseMg: null }]),
      ),
      withMedicines('2026-01-15', [{ key: 'naproxen', doseMg: 220 }]),
      withMedicines('2026-01-20', [{ key: 'acetaminophen', doseMg: 4500 }]),
      withMedicines('2026-02-25', [
        { key: 'naproxen', doseMg: 220 },
        { key: 'ibuprofen', doseMg: 400 },
      ]),
    ]
    loadJournal(own.db(), { checkins, dayRecords: [] }, '2026-03-01T12:00:00Z')
    const doc = await call<{ body: string }>(
      own,
      'report:preview',
      periodOptions('2025-12-02', '2026-03-01'),
    )
    const t = text(doc.body)
    expect(t).toContain(
      'Acetaminophen (paracetamol) above 4,000 mg in a day (a risk to the liver, whatever the limit set): 20 Jan 2026, 4,500 mg.',
    )
    expect(t).toMatch(
      /Two anti-inflammatories \(Ibuprofen and Naproxen sodium\) on the same day ?, on 2 days: 15 Jan 2026, 25 Feb 2026\./,
    )
    expect(t).toMatch(
      /An anti-inflammatory on more than 10 days in a row ?: 4 Jan 2026 – 15 Jan 2026 \(12 days\)\./,
    )
  })
})

describe('the days a medicine was taken', () => {
  it('are the same in the medication log as in the remedies table, doses recorded or not', async () => {
    const own = await ownJournal('2026-03-01T12:00:00')
    const checkins = ['2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23', '2026-02-24'].map(
      (day, i) => ({
        ...checkinsFromWorst([{ day, worst: 4 }])[0]!,
        remedies: [
          { key: 'ibuprofen', doseMg: i < 2 ? 400 : null, minutes: null, relief: 1 as const },
        ],
      }),
    )
    loadJournal(own.db(), { checkins, dayRecords: [] }, '2026-03-01T12:00:00Z')
    const report = gatherReport(own.db(), periodOptions('2025-12-02', '2026-03-01'), '2026-03-01')
    expect(report.remedies.find((r) => r.key === 'ibuprofen')?.daysUsed).toBe(5)
    expect(report.medicines.find((m) => m.key === 'ibuprofen')).toMatchObject({
      daysTaken: 5,
      totalMg: 800,
    })
    const trends = await call<TrendsResult>(own, 'trends:get', {
      from: '2025-12-02',
      to: '2026-03-01',
      asOf: '2026-03-01',
    })
    expect(trends.medicines.summaries[0]).toMatchObject({ key: 'ibuprofen', daysTaken: 5 })
  })
})
