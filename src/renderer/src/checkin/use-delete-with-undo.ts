/**
 * Deleting a check-in, with Undo: the delete is real at once (checkins:delete), and Undo brings
 * the check-in back whole (checkins:restore). The same on Today's list and in History. Both are
 * writes (writes.ts), so each list, the insights and the warning-signs notice read again.
 */
import { useState } from 'react'
import type { Checkin } from '../../../shared/domain'
import { useSave } from '../use-save'
import { useWrite } from '../writes'
import { formatStampClock } from '../../../shared/locale-format'

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

/** `onBack` is told of the check-in Undo brought back (the list gives it the focus). */
export function useDeleteWithUndo({
  onBack,
}: { onBack?: (checkin: Checkin) => void } = {}): DeleteWithUndo {
  const [deleted, setDeleted] = useState<Checkin | null>(null)
  // What failed, said before the reason: the save hook holds the reason.
  const [failed, setFailed] = useState<string | null>(null)
  const write = useWrite()
  const save = useSave()
  const { busy, status } = save.state
  const error = save.state.error === null ? null : `${failed} ${save.state.error}`

  const remove = async (c: Checkin) => {
    setFailed(`The check-in at ${formatStampClock(c.at)} was not deleted.`)
    await save.run(async () => {
      await write('checkins:delete', { id: c.id })
      setDeleted(c)
    })
  }

  const undo = async () => {
    if (!deleted) return
    setFailed('The check-in could not be brought back.')
    await save.run(
      async () => {
        const back = await write('checkins:restore', { id: deleted.id })
        setDeleted(null)
        onBack?.(back)
        return back
      },
      (back) => `Brought back the check-in at ${formatStampClock(back.at)}.`,
    )
  }

  const clear = () => {
    setDeleted(null)
    save.reset()
  }

  return { deleted, busy, error, status, remove, undo, clear }
}
