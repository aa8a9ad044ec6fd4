import { plural } from '../../../../shared/stats/format'

/** What an import writes, in words: "3 check-ins", "2 day records", or both joined by "and". */
export function importedWhat(checkins: number, dayRecords: number): string {
  const parts: string[] = []
  if (checkins > 0 || dayRecords === 0) parts.push(plural(checkins, 'check-in'))
  if (dayRecords > 0) parts.push(plural(dayRecords, 'day record'))
  return parts.join(' and ')
}
