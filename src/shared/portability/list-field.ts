/**
 * Several values in one CSV field (docs/csv-format.md): items are separated by `|`, the parts of
 * a remedy item by `;`, and a backslash makes the next character plain text (`\|`, `\;`, `\\`),
 * so any name a person can type survives a round trip.
 */

const SPECIAL = /[\\|;]/g

export function escapeItem(value: string): string {
  return value.replace(SPECIAL, (c) => `\\${c}`)
}

export function joinItems(items: readonly string[]): string {
  return items.join('|')
}

/** Splits on `sep` where it is not escaped; escapes are kept for the next level. */
export function splitRaw(text: string, sep: '|' | ';'): string[] {
  const parts: string[] = []
  let current = ''
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '\\' && i + 1 < text.length) {
      current += ch + text[i + 1]
      i++
    } else if (ch === sep) {
      parts.push(current)
      current = ''
    } else {
      current += ch
    }
  }
  parts.push(current)
  return parts
}

/** Removes the escapes; null when the text ends in a lone backslash. */
export function unescapeItem(raw: string): string | null {
  let out = ''
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]
    if (ch === '\\') {
      if (i + 1 >= raw.length) return null
      out += raw[i + 1]
      i++
    } else {
      out += ch
    }
  }
  return out
}

/** The items of a list field, unescaped; an empty field is an empty list. */
export function splitItems(text: string): { items: string[] } | { error: string } {
  if (text === '') return { items: [] }
  const items: string[] = []
  for (const raw of splitRaw(text, '|')) {
    const item = unescapeItem(raw)
    if (item === null) return { error: 'ends with a lone backslash (\\)' }
    if (item.trim() === '') return { error: 'has an empty item (two | in a row, or one at an end)' }
    items.push(item)
  }
  return { items }
}
