/**
 * How triggers and remedies are named and ordered wherever a person picks or manages them
 * (Today's pickers, Settings' lists, the medicine limits): one rule, so two screens never
 * disagree.
 */

/**
 * By name, as people read a list: letters before their accents and case, numbers by value
 * ("Trigger 2" before "Trigger 10"). A new entry lands where one would look for it, whoever
 * added it and when.
 */
let readingOrder: Intl.Collator | undefined

export function inCatalogOrder<T extends { name: string }>(entries: readonly T[]): T[] {
  // Made on first use: a collator loads the locale's collation data (about 10 ms), which the
  // main process would otherwise pay at start for a CSV import that may never come.
  readingOrder ??= new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })
  const order = readingOrder
  return [...entries].sort((a, b) => order.compare(a.name, b.name))
}

/**
 * Invisible characters a paste can bring into a name: format characters (a zero-width space, a
 * soft hyphen, a direction mark, a byte-order mark) other than the joiners that hold an emoji or
 * a script's letters together.
 */
const INVISIBLE = /(?![\u200C\u200D])\p{Cf}/gu
/** Any run of spaces of any kind (a no-break space, a tab, a line break) or control characters. */
const SPACING = /[\s\p{Cc}]+/gu

/**
 * A name as it is kept: composed (an accented letter typed or pasted as one character or two is
 * the same name), without invisible characters, with each run of spaces one plain space, and
 * trimmed. Every name a person gives is kept this way (the `catalogName` schema).
 */
export function tidyName(name: string): string {
  return name.normalize('NFC').replace(INVISIBLE, '').replace(SPACING, ' ').trim()
}

/**
 * The key two names clash on: two names that read the same in a list are the same entry. The
 * tidy name without joiners, with compatibility forms (a full-width letter, a ligature) as their
 * plain letters, in lower case in every alphabet ("Élan" and "élan", "Ärger" and "ärger"). The
 * one fold of names: the pickers, Settings, the journal's own check before it keeps a name and a
 * CSV import all match names with it. (The database's unique index folds A–Z only; this folds
 * more, so it always speaks first.)
 */
export function clashKey(name: string): string {
  return tidyName(name)
    .replace(/\p{Cf}/gu, '')
    .normalize('NFKC')
    .toLowerCase()
}

/** The entry already called `name` (ignoring case as the journal does), if there is one. */
export function findByName<T extends { name: string }>(
  entries: readonly T[],
  name: string,
): T | undefined {
  const key = clashKey(name)
  return entries.find((e) => clashKey(e.name) === key)
}
