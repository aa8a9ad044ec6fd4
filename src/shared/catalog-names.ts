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
 * The key two names clash on: what the database's unique name check compares (SQLite's NOCASE,
 * which folds A–Z only), after the trim every name gets when it is saved. The one fold of
 * names: the pickers, Settings and a CSV import match names with it.
 */
export function clashKey(name: string): string {
  return name.trim().replace(/[A-Z]/g, (c) => c.toLowerCase())
}

/** The entry already called `name` (ignoring case as the journal does), if there is one. */
export function findByName<T extends { name: string }>(
  entries: readonly T[],
  name: string,
): T | undefined {
  const key = clashKey(name)
  return entries.find((e) => clashKey(e.name) === key)
}
