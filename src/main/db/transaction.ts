/**
 * Several repository calls as one unit: all of them are kept, or — when one throws — none. For
 * the code above db/ (an import writes catalog entries, check-ins and day records together), so
 * that it composes repositories rather than reaching for the driver.
 */
import type { Database } from 'better-sqlite3'

export function inTransaction<T>(db: Database, work: () => T): T {
  return db.transaction(work)()
}
