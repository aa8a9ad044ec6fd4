/** Small helpers for the benchmark: timing, median and p95, the table and the JSON file. */
export interface Figure {
  name: string
  /** The journal it was measured on (see JOURNALS in bench.spec.ts); none if it has no bearing. */
  journal?: string
  unit: string
  median: number
  p95?: number
  budget?: number
  ratioToFloor?: number
  /** A budget on the ratio to the floor: the same work done the barest way, on the same machine. */
  ratioBudget?: number
  withinBudget?: boolean
  note?: string
}

export interface FigureOptions {
  budget?: number
  budgetOn?: 'median' | 'p95'
  withP95?: boolean
  floor?: readonly number[]
  ratioBudget?: number
  note?: string
}

export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const pos = (sorted.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo)
}

export const median = (values: readonly number[]) => quantile(values, 0.5)
export const p95 = (values: readonly number[]) => quantile(values, 0.95)

/** Runs `fn` `warmup` times unmeasured, then `runs` times, and returns the durations in ms. */
export async function timeRuns(
  fn: () => unknown,
  runs: number,
  warmup = 1,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await fn()
    times.push(performance.now() - start)
  }
  return times
}

export function figure(
  name: string,
  unit: string,
  samples: readonly number[],
  options: FigureOptions = {},
): Figure {
  const m = median(samples)
  const f: Figure = { name, unit, median: round(m) }
  if (options.withP95 || options.budgetOn === 'p95') f.p95 = round(p95(samples))
  const within: boolean[] = []
  if (options.budget !== undefined) {
    f.budget = options.budget
    const measured = options.budgetOn === 'p95' ? p95(samples) : m
    within.push(measured <= options.budget)
  }
  if (options.floor) {
    // The same statistic on both sides: a p95 budget is read against the floor's p95.
    const stat = options.budgetOn === 'p95' ? p95 : median
    const ratio = stat(samples) / stat(options.floor)
    f.ratioToFloor = round(ratio)
    if (options.ratioBudget !== undefined) {
      f.ratioBudget = options.ratioBudget
      within.push(ratio <= options.ratioBudget)
    }
  }
  // Within budget only when every budget it has holds.
  if (within.length > 0) f.withinBudget = within.every(Boolean)
  if (options.note) f.note = options.note
  return f
}

/** The same figures, each marked with the journal it was measured on. */
export function onJournal(journal: string, figures: readonly Figure[]): Figure[] {
  return figures.map((f) => ({ ...f, journal }))
}

export function round(n: number): number {
  return Math.round(n * 100) / 100
}

/**
 * One row per figure, one group of columns per journal: the same figure on each journal side by
 * side. A figure measured without a journal (the bundle) shows the same value in every group.
 */
export function table(figures: readonly Figure[]): string {
  const journals = [...new Set(figures.flatMap((f) => (f.journal === undefined ? [] : [f.journal])))]
  const groups = journals.length > 0 ? journals : ['']
  const names = [...new Set(figures.map((f) => f.name))]
  const cells = (f: Figure | undefined) =>
    f === undefined
      ? ['', '', '', '']
      : [
          `${f.median} ${f.unit}`,
          f.p95 === undefined ? '' : `${f.p95} ${f.unit}`,
          f.ratioToFloor === undefined ? '' : `${f.ratioToFloor}×`,
          f.withinBudget === undefined ? 'info' : f.withinBudget ? 'pass' : 'OVER',
        ]
  const budgetOf = (f: Figure) =>
    [f.budget === undefined ? '' : `${f.budget} ${f.unit}`, f.ratioBudget === undefined ? '' : `${f.ratioBudget}× floor`]
      .filter(Boolean)
      .join(', ')
  const rows = [
    ['figure', 'budget', ...groups.flatMap((j) => [`${j} median`.trim(), 'p95', '× floor', 'result'])],
    ...names.map((name) => {
      const of = figures.filter((f) => f.name === name)
      const shared = of.find((f) => f.journal === undefined)
      return [
        name,
        budgetOf(of[0]!),
        ...groups.flatMap((j) => cells(shared ?? of.find((f) => f.journal === j))),
      ]
    }),
  ]
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)))
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
  return [line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n')
}
