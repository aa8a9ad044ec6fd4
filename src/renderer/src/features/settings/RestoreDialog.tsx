/**
 * Asks before a restore. A native modal <dialog>: the rest of the page is inert while it is open,
 * Tab cycles inside it, Escape closes it, and it is labelled by its heading and text.
 */
import { useEffect, useRef } from 'react'
import type { BackupEntry } from '../../../../shared/backup-schemas'
import { formatLocalDateTime } from '../../../../shared/locale-format'

interface Props {
  backup: BackupEntry | null
  busy: boolean
  onCancel: () => void
  onConfirm: (backup: BackupEntry) => void
}

export function RestoreDialog({ backup, busy, onCancel, onConfirm }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  const cancelRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (backup && !dialog.open) {
      dialog.showModal()
      // The safe choice has focus first.
      cancelRef.current?.focus()
    } else if (!backup && dialog.open) {
      dialog.close()
    }
  }, [backup])

  return (
    <dialog
      ref={ref}
      className="restore-dialog"
      aria-labelledby="restore-dialog-title"
      aria-describedby="restore-dialog-text"
      onKeyDown={(event) => {
        // A modal <dialog> makes the page inert, but Tab can still leave to the browser's own
        // controls: keep it cycling inside.
        if (event.key !== 'Tab') return
        const items = [
          ...event.currentTarget.querySelectorAll<HTMLElement>('button:not(:disabled)'),
        ]
        const first = items[0]
        const last = items[items.length - 1]
        if (!first || !last) return
        const active = document.activeElement
        if (event.shiftKey && (active === first || !event.currentTarget.contains(active))) {
          event.preventDefault()
          last.focus()
        } else if (!event.shiftKey && (active === last || !event.currentTarget.contains(active))) {
          event.preventDefault()
          first.focus()
        }
      }}
      onCancel={(event) => {
        // Escape: close through React state, so the dialog and the state agree.
        event.preventDefault()
        if (!busy) onCancel()
      }}
    >
      {backup && (
        <>
          <h2 id="restore-dialog-title">Restore this backup?</h2>
          <div id="restore-dialog-text">
            <p>
              Your journal will go back to how it was on{' '}
              <strong>{formatLocalDateTime(backup.at)}</strong>. Anything you entered after that
              will no longer be in it.
            </p>
            <p>
              First, Pain Journal backs up your journal as it is now, so you can undo this by
              restoring that copy.
            </p>
          </div>
          <div className="button-row restore-dialog-actions">
            <button
              ref={cancelRef}
              type="button"
              className="button"
              onClick={onCancel}
              disabled={busy}
            >
              Keep my journal as it is
            </button>
            <button
              type="button"
              className="button primary"
              onClick={() => onConfirm(backup)}
              disabled={busy}
            >
              {busy ? 'Restoring…' : 'Restore this backup'}
            </button>
          </div>
        </>
      )}
    </dialog>
  )
}
