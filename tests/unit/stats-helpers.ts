import type { StatsCheckin } from '../../src/shared/stats'

/** A check-in with only what a test cares about. */
export function ci(day: string, pain: number, extra: Partial<StatsCheckin> = {}): StatsCheckin {
  return { day, pain, context: null, regions: [], triggerKeys: [], remedies: [], ...extra }
}

export function use(key: string, relief: number | null = null, doseMg: number | null = null) {
  return { key, doseMg, minutes: null, relief }
}
