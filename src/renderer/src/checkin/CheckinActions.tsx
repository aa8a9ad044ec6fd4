/** Edit and Delete beside a check-in in a list, named by its time for screen readers. */
import type { Checkin } from '../../../shared/domain'
import { formatStampClock } from '../../../shared/locale-format'

interface Props {
  checkin: Checkin
  onEdit: () => void
  onDelete: () => void
  busy: boolean
}

export function CheckinActions({ checkin, onEdit, onDelete, busy }: Props) {
  const time = formatStampClock(checkin.at)
  return (
    <span className="checkin-actions">
      <button
        type="button"
        className="button small edit-checkin"
        onClick={onEdit}
        disabled={busy}
        aria-label={`Edit the check-in at ${time}`}
      >
        Edit
      </button>
      <button
        type="button"
        className="button small"
        onClick={onDelete}
        disabled={busy}
        aria-label={`Delete the check-in at ${time}`}
      >
        Delete
      </button>
    </span>
  )
}
