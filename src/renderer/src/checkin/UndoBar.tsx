/** "Deleted the check-in at 09:05 (pain 6)." with Undo, which takes the focus when it appears. */
import { useEffect, useRef } from 'react'
import { formatStampClock } from '../../../shared/locale-format'
import type { DeleteWithUndo } from './use-delete-with-undo'

export function UndoBar({ state }: { state: DeleteWithUndo }) {
  const button = useRef<HTMLButtonElement>(null)
  const { deleted } = state
  useEffect(() => {
    if (deleted) button.current?.focus()
  }, [deleted])
  return (
    <>
      {deleted && (
        <div className="undo-bar" role="status">
          <span>
            Deleted the check-in at {formatStampClock(deleted.at)} (pain {deleted.pain}).
          </span>
          <button
            ref={button}
            type="button"
            className="button small"
            onClick={() => void state.undo()}
            disabled={state.busy}
          >
            Undo
          </button>
        </div>
      )}
      {state.error && (
        <div className="alert" role="alert">
          <strong>Something went wrong.</strong> {state.error}
        </div>
      )}
    </>
  )
}
