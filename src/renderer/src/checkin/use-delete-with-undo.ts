/**
 * Deleting a check-in, with Undo: the delete is real at once (checkins:delete), and Undo brings
 * the check-in back whole (checkins:restore). The same on Today's list and in History. Every
 * change is announced, so each list, the insights and the warning-signs notice read again.
 */
import { useState } from 'react'
import type { Checkin } from '../../../shared/domain'
import { api, messageOf, unwrap } from '../api'
import { announceCheckinsChanged } from '../journal-events'
import { clockTimeOf } from '../../../shared/timestamp'

export interface DeleteWithUndo {
  /** The check-in just deleted, while its Undo is offered. */
  deleted: Checkin | null
  busy: boolean
  error: string | null
  status: string | null
  remove: (checkin: Checkin) => Promise<void>
  undo: () => Promise<void>
  /** Forgets the Undo (another change was made) and any message. */
  clear: () => void
}

export function useDeleteWithUndo(): DeleteWithUndo {
  const [deleted, setDeleted] = useState<Checkin | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [status, setStatus] = useState<string | null>(null)

  const remove = async (c: Checkin) => {
    setBusy(true)
    setError(null)
    setStatus(null)
    try {
      await unwrap(api.deleteCheckin({ id: c.id }))
      setDeleted(c)
      announceCheckinsChanged()
    } catch (e) {
      setError(`The check-in at ${clockTimeOf(c.at)} was not deleted. ${messageOf(e)}`)
    } finally {
      setBusy(false)
    }
  }

  const undo = async () => {
    if (!deleted) return
    setBusy(true)
    setError(null)
    try {
      const back = await unwrap(api.restoreCheckin({ id: deleted.id }))
      setDeleted(null)
      setStatus(`Brought back the check-in at ${clockTimeOf(back.at)}.`)
      announceCheckinsChanged({ saved: back })
    } catch (e) {
      setError(`The check-in could not be brought back. ${messageOf(e)}`)
    } finally {
      setBusy(false)
    }
  }

  const clear = () => {
    setDeleted(null)
    setError(null)
    setStatus(null)
  }

  return { deleted, busy, error, status, remove, undo, clear }
}
