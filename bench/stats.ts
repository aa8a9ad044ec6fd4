/** Small helpers for the benchmark: timing, median and p95, the table and the JSON file. */
export interface Figure {
  name: string
  unit: string
  median: number
  p95?: number
  budget?: number
  ratioToFloor?: number
  withinBudget?: boolean
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
  options: { budget?: number; budgetOn?: 'median' | 'p95'; withP95?: boolean; floor?: readonly number[]; note?: string } = {},
): Figure {
  const m = median(samples)
  const f: Figure = { name, unit, median: round(m) }
  if (options.withP95 || options.budgetOn === 'p95') f.p95 = round(p95(samples))
  if (options.budget !== undefined) {
    f.budget = options.budget
    const measured = options.budgetOn === 'p95' ? p95(samples) : m
    f.withinBudget = measured <= options.budget
  }
  if (options.floor) {
    // The same statistic on both sides: a p95 budget is read against the floor's p95.
    const stat = options.budgetOn === 'p95' ? p95 : median
    f.ratioToFloor = round(stat(samples) / stat(options.floor))
  }
  if (options.note) f.note = options.note
  return f
}

export function round(n: number): number {
  return Math.round(n * 100) / 100
}

export function table(figures: readonly Figure[]): string {
  const rows = [
    ['figure', 'median', 'p95', 'budget', 'ratio to floor', 'result'],
    ...figures.map((f) => [
      f.name,
      `${f.median} ${f.unit}`,
      f.p95 === undefined ? '' : `${f.p95} ${f.unit}`,
      f.budget === undefined ? '' : `${f.budget} ${f.unit}`,
      f.ratioToFloor === undefined ? '' : `${f.ratioToFloor}×`,
      f.withinBudget === undefined ? 'info' : f.withinBudget ? 'pass' : 'OVER',
    ]),
  ]
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)))
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
  return [line(rows[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n')
}
