/**
 * When and how a text field says how much room is left. Counted as the journal's checks count
 * (string length), so "0 characters left" is exactly the limit the save accepts.
 */
import { plural } from '../../../shared/stats/format'

/** From how many characters left the count shows: a tenth of the limit, and at least 20. */
export function nearFrom(max: number): number {
  return Math.max(20, Math.round(max / 10))
}

/**
 * How close to the limit, in steps a screen reader hears one at a time: 0 far from it, 1 once
 * the count shows, 2 at half of that, 3 at a quarter, 4 at none left, 5 over the limit.
 */
export function nearness(left: number, max: number): number {
  const near = nearFrom(max)
  if (left > near) return 0
  if (left < 0) return 5
  if (left === 0) return 4
  if (left <= near / 4) return 3
  if (left <= near / 2) return 2
  return 1
}

const characters = (n: number) => plural(n, 'character')

export function charactersLeftText(left: number): string {
  return left < 0 ? `${characters(-left)} over the limit` : `${characters(left)} left`
}
