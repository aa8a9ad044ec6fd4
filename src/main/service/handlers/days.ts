import type { HandlerMap } from '../router'
import { getDayRecord, saveDayRecord } from '../../db/repositories/days'

export const dayHandlers: HandlerMap<'days:get' | 'days:save'> = {
  'days:get': ({ day }, ctx) => getDayRecord(ctx.db(), day),
  'days:save': (record, ctx) => {
    saveDayRecord(ctx.db(), record, ctx.now().toISOString())
    return record
  },
}
