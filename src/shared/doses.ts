/**
 * Doses in milligrams: how they are written for people, the hard ceiling past which a number is
 * a typing slip rather than a dose, and which doses are unusual enough to ask about before saving.
 */
import { isOverLimit } from './stats/remedies'

/**
 * No tablet, capsule or liquid taken for back pain comes near 10 g in one dose: a larger number is
 * a slip (an extra zero, grams for milligrams, `1e5`), refused rather than saved.
 */
export const MAX_DOSE_MG = 10_000

/**
 * The highest daily limit a medicine can be given: ten times the dose ceiling. Label maximums
 * are a few grams; a larger number is a slip, refused wherever a limit comes in (Settings, the
 * IPC contract, a restored backup) by the one schema, `dailyLimitMg` (schemas.ts).
 */
export const MAX_DAILY_LIMIT_MG = 100_000

export interface UnusualDose {
  remedyId: number
  doseMg: number
  dailyLimitMg: number
}

/**
 * The doses that are above their medicine's whole daily limit in a single dose: possible (a
 * prescription may allow it), but worth a calm question before they become the record.
 */
export function unusualDoses(
  uses: readonly { remedyId: number; doseMg?: number | null }[],
  limits: readonly { remedyId: number; dailyLimitMg: number }[],
): UnusualDose[] {
  const limitOf = new Map(limits.map((l) => [l.remedyId, l.dailyLimitMg]))
  const out: UnusualDose[] = []
  for (const use of uses) {
    const limit = limitOf.get(use.remedyId)
    if (use.doseMg != null && limit !== undefined && isOverLimit(use.doseMg, limit)) {
      out.push({ remedyId: use.remedyId, doseMg: use.doseMg, dailyLimitMg: limit })
    }
  }
  return out
}
