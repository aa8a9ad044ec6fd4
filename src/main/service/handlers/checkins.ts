import { journalDayOf } from '../../../shared/journal-day'
import { futureCheckinProblem } from '../../../shared/not-future'
import type { HandlerMap } from '../router'
import type { Db } from '../../db/open'
import { deleteCheckin, restoreCheckin, saveCheckin } from '../../db/repositories/checkins'
import { getCheckin, listCheckins } from '../../db/repositories/checkins-read'
import { getSettings } from '../../db/repositories/settings'
import { DomainError } from '../../../shared/domain-error'
import { keepCheckinsAfterWrite } from '../../analysis/analysis'
import { dataVersion } from '../../db/data-version'

function mustGet(db: Db, id: number) {
  const found = getCheckin(db, id)
  if (!found) throw new DomainError('not-found', `Check-in ${id} does not exist`, 'id')
  return found
}

/**
 * The journal day a saved check-in counts for: from its moment and the day-start hour, except
 * for a correction that leaves the moment as it was, which stays on the day it was recorded for.
 * Check-ins keep their days when the day-start hour changes; correcting the pain of one from
 * before the change must not move it to another day.
 */
function dayFor(db: Db, input: { id?: number | undefined; at: string }): string {
  const stored = input.id === undefined ? null : getCheckin(db, input.id)
  if (stored?.at === input.at) return stored.day
  return journalDayOf(input.at, getSettings(db).dayStartHour)
}

export const checkinHandlers: HandlerMap<
  'checkins:save' | 'checkins:list' | 'checkins:delete' | 'checkins:restore'
> = {
  'checkins:save': (input, ctx) => {
    const future = futureCheckinProblem(input.at, ctx.now())
    if (future !== null) throw new DomainError('validation', future, 'at')
    const db = ctx.db()
    const before = dataVersion(db)
    const id = saveCheckin(db, input, dayFor(db, input), ctx.now().toISOString())
    keepCheckinsAfterWrite(db, before, id)
    return mustGet(db, id)
  },
  'checkins:list': ({ from, to }, ctx) => listCheckins(ctx.db(), from, to),
  'checkins:delete': ({ id }, ctx) => {
    const db = ctx.db()
    const before = dataVersion(db)
    deleteCheckin(db, id, ctx.now().toISOString())
    keepCheckinsAfterWrite(db, before, id)
    return { id }
  },
  'checkins:restore': ({ id }, ctx) => {
    const db = ctx.db()
    const before = dataVersion(db)
    restoreCheckin(db, id)
    keepCheckinsAfterWrite(db, before, id)
    return mustGet(db, id)
  },
}
