/**
 * Number formatting shared by takeaways, tables and the report, so they always agree. The
 * separators are the locale's (locale-format.ts); the rounding is decided here.
 */
import { formatDecimal, formatWhole } from '../locale-format'

/**
 * The number oneDecimal prints, as a number: half away from zero, never -0. Differences and
 * comparisons in sentences and tables are made from these, so that the numbers a reader sees add
 * up ("1.0 … 0.4 … 0.6 lower").
 */
export function asPrinted(value: number): number {
  const rounded = Math.sign(value) * Math.round(Math.abs(value) * 10)
  return rounded === 0 ? 0 : rounded / 10
}

/** One decimal, half away from zero, never `-0.0`: 1.25 → '1.3', -0.04 → '0.0'. */
export function oneDecimal(value: number): string {
  return formatDecimal(asPrinted(value), 1)
}

/** `a - b` as a reader would work it out from the two printed numbers. */
export function printedDifference(a: number, b: number): number {
  return asPrinted(asPrinted(a) - asPrinted(b))
}

/** A signed change: '+1.2', '-0.8', '0.0'. */
export function signedOneDecimal(value: number): string {
  return asPrinted(value) > 0 ? `+${oneDecimal(value)}` : oneDecimal(value)
}

/** Whole numbers with the locale's thousands separators: 1200 → '1,200'. */
export function wholeNumber(value: number): string {
  return formatWhole(value)
}

/** 0.4567 → '46%'. */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`
}

/**
 * A count and its word, the one way every screen and the report writes one: the number with the
 * locale's separators, the word singular for exactly 1. "1 day", "1,204 check-ins".
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${wholeNumber(n)} ${n === 1 ? one : many}`
}
