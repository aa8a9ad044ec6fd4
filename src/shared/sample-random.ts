/**
 * A tiny seeded PRNG and the few draws the sample data generator needs. Only integer-exact
 * operations, so every engine produces the same sequence.
 */

export type Rng = () => number

/**
 * mulberry32 (Tommy Ettinger, public domain): 32 bits of state, uniform in [0, 1), fast and
 * good enough for sample data. Any number is accepted as a seed; it is taken modulo 2^32.
 */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export const chance = (rng: Rng, p: number): boolean => rng() < p

/** An integer in [lo, hi], both included. */
export const between = (rng: Rng, lo: number, hi: number): number =>
  lo + Math.floor(rng() * (hi - lo + 1))

export const clampInt = (x: number, lo: number, hi: number): number =>
  Math.min(hi, Math.max(lo, Math.round(x)))

export function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[Math.floor(rng() * items.length)]
  if (item === undefined) throw new RangeError('pick needs a non-empty list')
  return item
}

/** One item, with probability proportional to its weight. */
export function weighted<T>(rng: Rng, items: readonly (readonly [T, number])[]): T {
  let total = 0
  for (const [, w] of items) total += w
  let r = rng() * total
  let last: T | undefined
  for (const [item, w] of items) {
    last = item
    r -= w
    if (r < 0) return item
  }
  if (last === undefined) throw new RangeError('weighted needs a non-empty list')
  return last
}
