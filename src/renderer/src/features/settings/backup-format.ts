/** Words for the backups list: dates as people say them, sizes in KB or MB. */
import { formatDecimal, formatWhole } from '../../../../shared/locale-format'

export function backupSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatWhole(Math.max(1, Math.round(bytes / 1024)))} KB`
  return `${formatDecimal(bytes / (1024 * 1024), 1)} MB`
}
