import { futureDayProblem } from '../../../shared/not-future'
import { DomainError } from '../../../shared/domain-error'
import type { HandlerMap } from '../router'
import { getDayRecord, saveDayRecord } from '../../db/repositories/days'
import { getSettings } from '../../db/repositories/settings'

export const dayHandlers: HandlerMap<'days:get' | 'days:save'> = {
  'days:get': ({ day }, ctx) => getDayRecord(ctx.db(), day),
  'days:save': (record, ctx) => {
    const future = futureDayProblem(record.day, ctx.now(), getSettings(ctx.db()).dayStartHour)
    if (future !== null) throw new DomainError('validation', future, 'day')
    saveDayRecord(ctx.db(), record, ctx.now().toISOString())
    return record
  },
}
