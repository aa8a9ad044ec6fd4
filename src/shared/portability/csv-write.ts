/**
 * Writing a journal as CSV rows, in the layout of csv-format.ts (docs/csv-format.md): the same
 * journal gives the same bytes, whatever ids it gave its own entries or the machine it runs on.
 */
import type { Checkin, DayRecord, RemedyKind } from '../domain'
import { CHECKIN_COLUMNS } from './csv-format'
import { escapeItem, joinItems } from './list-field'

export interface CsvCatalog {
  triggerName: (id: number) => string
  remedy: (id: number) => { name: string; kind: RemedyKind }
}

/** Plain code-unit order, the same on every machine and in every locale. */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * A number as the reader takes it back (readTypedNumber): digits and a point, never the exponent
 * `String` gives below a millionth (`1e-7`), with the same digits.
 */
export function plainNumber(n: number): string {
  const text = String(n)
  const m = /^(-?)(\d)(?:\.(\d+))?e-(\d+)$/.exec(text)
  if (!m) return text
  const [, minus, first, rest = '', exponent] = m
  return `${minus}0.${'0'.repeat(Number(exponent) - 1)}${first}${rest}`
}

const num = (n: number | null): string => (n === null ? '' : plainNumber(n))

function remedyItem(name: string, kind: RemedyKind, use: Checkin['remedies'][number]): string {
  const parts = [escapeItem(name), `kind=${kind}`]
  if (use.doseMg !== null) parts.push(`dose_mg=${plainNumber(use.doseMg)}`)
  if (use.minutes !== null) parts.push(`minutes=${use.minutes}`)
  if (use.relief !== null) parts.push(`relief=${use.relief}`)
  return parts.join(';')
}

/** The fields of one check-in's row, in CSV_COLUMNS order. */
export function checkinRow(c: Checkin, day: DayRecord | undefined, catalog: CsvCatalog): string[] {
  const remedies = c.remedies.map((u) => {
    const r = catalog.remedy(u.remedyId)
    return remedyItem(r.name, r.kind, u)
  })
  return [
    c.day,
    c.at,
    String(c.pain),
    c.spasm === null ? '' : c.spasm ? 'yes' : 'no',
    c.context ?? '',
    joinItems(c.regions),
    // By name, not id: the order must not depend on the ids a journal gave its own entries, so
    // that export → import → export gives the same bytes.
    joinItems(c.triggerIds.map(catalog.triggerName).sort(byText).map(escapeItem)),
    joinItems(remedies),
    joinItems(c.redFlags),
    c.note,
    num(day?.sleepQuality ?? null),
    num(day?.enjoymentInterference ?? null),
    num(day?.activityInterference ?? null),
    num(day?.minutesWalked ?? null),
    day?.note ?? '',
  ]
}

/** The fields of a day record's own row (a day without check-ins), in CSV_COLUMNS order. */
export function dayRecordRow(day: DayRecord): string[] {
  return [
    day.day,
    ...CHECKIN_COLUMNS.map(() => ''),
    num(day.sleepQuality),
    num(day.enjoymentInterference),
    num(day.activityInterference),
    num(day.minutesWalked),
    day.note,
  ]
}
