/** Words for the backups list: dates as people say them, sizes in KB or MB. */
import { formatClock, formatWhole } from '../../../../shared/locale-format'
import { format, parse } from 'date-fns'
import { oneDecimal } from '../../../../shared/stats/format'

export function backupDate(at: string): string {
  const date = parse(at, "yyyy-MM-dd'T'HH:mm:ss", new Date())
  return Number.isNaN(date.getTime())
    ? at
    : `${format(date, 'EEEE d MMMM yyyy')} at ${formatClock(date)}`
}

export function backupSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatWhole(Math.max(1, Math.round(bytes / 1024)))} KB`
  return `${oneDecimal(bytes / (1024 * 1024))} MB`
}
