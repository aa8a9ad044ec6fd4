/**
 * The one way a number typed into a field is read (a dose, minutes, a daily limit, an episode
 * rule): what a person types is digits with at most one decimal separator, their locale's or a
 * point, perhaps a minus in front, with spaces around it. `Number()` would also take `1e2`,
 * `0x10`, `Infinity` and `''` (as 0), none of which anyone means; a regular expression per field
 * would read "2,5" one way here and another way there. The range is the field's schema's to check, not this reader's: a
 * typed "-5" is read as -5 so the schema can say what the field takes ("more than 0 mg").
 */

const decimalSeparators = new Map<string, string>()

/** The locale's decimal separator: '.' in English, ',' in German and French. */
export function decimalSeparator(locale?: string): string {
  const key = locale ?? ''
  let sep = decimalSeparators.get(key)
  if (sep === undefined) {
    const parts = new Intl.NumberFormat(locale).formatToParts(1.5)
    sep = parts.find((p) => p.type === 'decimal')?.value ?? '.'
    decimalSeparators.set(key, sep)
  }
  return sep
}

/** The number typed, or null when the text is not one (empty, `1e2`, `0x10`, `+3`, `1.2.3`). */
export function readTypedNumber(text: string, locale?: string): number | null {
  const trimmed = text.trim()
  const sep = decimalSeparator(locale)
  // At most one separator, either the locale's or a point, with digits on at least one side.
  const match = /^(-?)(\d*)(?:(\D)(\d*))?$/.exec(trimmed)
  if (!match) return null
  const [, minus, whole = '', mark, fraction = ''] = match
  if (mark !== undefined && mark !== '.' && mark !== sep) return null
  if (whole === '' && fraction === '') return null
  return Number(`${minus}${whole === '' ? '0' : whole}.${fraction === '' ? '0' : fraction}`)
}

/**
 * For a field that may be left empty: null when it is, the number when one was typed, and NaN
 * when something else was, so the field's schema refuses it with its own words.
 */
export function readOptionalNumber(text: string, locale?: string): number | null {
  if (text.trim() === '') return null
  return readTypedNumber(text, locale) ?? Number.NaN
}
