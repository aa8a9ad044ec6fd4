/** Words for the backups list: sizes in KB or MB, with the locale’s separators. */
import { formatWhole } from '../../../../shared/locale-format'
import { oneDecimal } from '../../../../shared/stats/format'

export function backupSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatWhole(Math.max(1, Math.round(bytes / 1024)))} KB`
  return `${oneDecimal(bytes / (1024 * 1024))} MB`
}
