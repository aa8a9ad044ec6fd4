/**
 * Writes a whole generated journal (src/shared/sample-data.ts) into a database in one
 * transaction: for the "Explore with sample data" journal, the test fixtures and the benchmark.
 * Catalog entries are referred to by key and resolved here.
 */
import type { Database } from 'better-sqlite3'
import type { SampleJournal } from '../../../shared/sample-data'
import { DomainError } from '../../../shared/domain-error'
import { checkinWriter } from './checkins'
import { dayRecordWriter } from './days'

function idsByKey(db: Database, table: 'triggers' | 'remedies'): Map<string, number> {
  const rows = db.prepare(`SELECT key, id FROM ${table} WHERE key IS NOT NULL`).all() as {
    key: string
    id: number
  }[]
  return new Map(rows.map((r) => [r.key, r.id]))
}

export function loadJournal(db: Database, journal: SampleJournal, now: string): void {
  const triggers = idsByKey(db, 'triggers')
  const remedies = idsByKey(db, 'remedies')
  const idOf = (map: Map<string, number>, key: string, what: string) => {
    const id = map.get(key)
    if (id === undefined) throw new DomainError('validation', `Unknown ${what} "${key}"`)
    return id
  }
  const checkins = checkinWriter(db)
  const writeDay = dayRecordWriter(db)
  db.transaction(() => {
    for (const c of journal.checkins) {
      checkins.insert(
        {
          ...c,
          triggerIds: c.triggerKeys.map((t) => idOf(triggers, t, 'trigger')),
          remedies: c.remedies.map((r) => ({ ...r, remedyId: idOf(remedies, r.key, 'remedy') })),
        },
        now,
      )
    }
    for (const d of journal.dayRecords) writeDay(d, now)
  })()
}
