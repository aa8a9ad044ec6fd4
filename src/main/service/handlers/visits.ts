/** Doctor visits: "I have seen a doctor about this" (DESIGN.md section 2). */
import { formatDay, formatDayLong } from '../../../shared/days'
import { DomainError } from '../../../shared/domain-error'
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
    // A visit is in the past or today, on the person's own calendar.
    if (day > formatDay(now)) {
      throw new DomainError(
        'validation',
        `${formatDayLong(day)} is still to come: record a visit once it has happened.`,
        'day',
      )
    }
    return addDoctorVisit(ctx.db(), { day, note }, now.toISOString())
  },
  'visits:delete': ({ id }, ctx) => {
    deleteDoctorVisit(ctx.db(), id)
    return { id }
  },
}
