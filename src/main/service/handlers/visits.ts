/** Doctor visits: "I have seen a doctor about this" (DESIGN.md section 2). */
import { DomainError } from '../../../shared/domain-error'
import { futureDayProblem } from '../../../shared/not-future'
import { getSettings } from '../../db/repositories/settings'
import {
  addDoctorVisit,
  deleteDoctorVisit,
  listDoctorVisits,
} from '../../db/repositories/doctor-visits'
import type { HandlerMap } from '../router'

export const visitHandlers: HandlerMap<'visits:list' | 'visits:add' | 'visits:delete'> = {
  'visits:list': (_input, ctx) => listDoctorVisits(ctx.db()),
  'visits:add': ({ day, note }, ctx) => {
    const now = ctx.now()
    // A visit is in the past or today, by the rule every day in the journal follows.
    const future = futureDayProblem(day, now, getSettings(ctx.db()).dayStartHour)
    if (future !== null) throw new DomainError('validation', future, 'day')
    return addDoctorVisit(ctx.db(), { day, note }, now.toISOString())
  },
  'visits:delete': ({ id }, ctx) => {
    deleteDoctorVisit(ctx.db(), id)
    return { id }
  },
}
