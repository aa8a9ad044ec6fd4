/**
 * How a limit is said in a message: the one wording of a range ("from 0 to 1,440") and of a
 * ceiling ("up to 20,000"), built from the limit's own constant and written with the locale's
 * digits (locale-format.ts). Call these when a message is worded, not when a schema is built:
 * the first number format loads the locale's data, which the main process's start does not need.
 */
import { formatWhole } from './locale-format'

/** "from 0 to 10": the whole numbers a field takes, both ends included. */
export function fromTo(min: number, max: number, locale?: string): string {
  return `from ${formatWhole(min, locale)} to ${formatWhole(max, locale)}`
}

/** "up to 20,000": a ceiling, included. */
export function upTo(max: number, locale?: string): string {
  return `up to ${formatWhole(max, locale)}`
}
