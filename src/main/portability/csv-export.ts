/**
 * The journal as CSV (docs/csv-format.md). Deleted check-ins are left out; a day record on a day
 * without any check-in gets a row of its own, so nothing written down is lost on the way.
 */
import type { Database } from 'better-sqlite3'
import { compareDays } from '../../shared/days'
import type { DayRecord } from '../../shared/domain'
import { writeCsv } from '../../shared/portability/csv'
import { CSV_COLUMNS } from '../../shared/portability/csv-format'
import { checkinRow, dayRecordRow, type CsvCatalog } from '../../shared/portability/csv-write'
import { listRemedies, listTriggers } from '../db/repositories/catalog'
import { listCheckins } from '../db/repositories/checkins-read'
import { listDayRecords } from '../db/repositories/days'

export const ALL_DAYS = { from: '0001-01-01', to: '9999-12-31' } as const

/** A UTF-8 byte order mark: spreadsheet programs need it to read the file as UTF-8. */
export const BOM = '\uFEFF'

export function journalCatalog(db: Database): CsvCatalog {
  const triggers = new Map(listTriggers(db).map((t) => [t.id, t.name]))
  const remedies = new Map(listRemedies(db).map((r) => [r.id, r]))
  return {
    triggerName: (id) => triggers.get(id) ?? `Trigger ${id}`,
    remedy: (id) => remedies.get(id) ?? { name: `Remedy ${id}`, kind: 'self-care' },
  }
}

export function exportCsv(db: Database, range: { from: string; to: string } = ALL_DAYS): string {
  const catalog = journalCatalog(db)
  const days = new Map<string, DayRecord>(
    listDayRecords(db, range.from, range.to).map((d) => [d.day, d]),
  )
  const checkins = listCheckins(db, range.from, range.to)
  const rows = checkins.map((c) => ({
    day: c.day,
    fields: checkinRow(c, days.get(c.day), catalog),
  }))
  const checkinDays = new Set(checkins.map((c) => c.day))
  for (const d of days.values()) {
    if (!checkinDays.has(d.day)) rows.push({ day: d.day, fields: dayRecordRow(d) })
  }
  // In day order; a stable sort keeps each day's check-ins in time order.
  rows.sort((a, b) => compareDays(a.day, b.day))
  return BOM + writeCsv([[...CSV_COLUMNS], ...rows.map((r) => r.fields)])
}
