/** Words for the backups list: dates as people say them, sizes in KB or MB. */
import { format, parse } from 'date-fns'

export function backupDate(at: string): string {
  const date = parse(at, "yyyy-MM-dd'T'HH:mm:ss", new Date())
  return Number.isNaN(date.getTime()) ? at : format(date, "EEEE d MMMM yyyy 'at' HH:mm")
}

export function backupSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
