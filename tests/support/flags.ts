/**
 * The flags' pure rules run on a journal with nothing in it but what a test gives: no days, no
 * warning signs, no remedies, the built-in daily limits. Shared by the flag unit tests.
 */
import { DEFAULT_DAILY_LIMITS_MG } from '../../src/shared/catalog'
import { computeFlags, type Flag, type FlagInput } from '../../src/shared/flags'

export function flagsOn(asOf: string, input: Partial<FlagInput>): Flag[] {
  return computeFlags({
    asOf,
    days: [],
    redFlags: [],
    remedyDays: [],
    dailyLimitsMg: DEFAULT_DAILY_LIMITS_MG,
    ...input,
  })
}
