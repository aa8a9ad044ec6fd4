import type { HandlerMap } from '../router'
import * as catalog from '../../db/repositories/catalog'

const tableOf = (list: 'trigger' | 'remedy') => (list === 'trigger' ? 'triggers' : 'remedies')

export const catalogHandlers: HandlerMap<
  | 'catalog:add-trigger'
  | 'catalog:add-remedy'
  | 'catalog:rename'
  | 'catalog:archive'
  | 'catalog:set-limit'
> = {
  'catalog:add-trigger': ({ name }, ctx) => {
    const id = catalog.addTrigger(ctx.db(), name)
    return { id, key: null, name, archived: false }
  },
  'catalog:add-remedy': ({ name, kind }, ctx) => {
    const id = catalog.addRemedy(ctx.db(), name, kind)
    return { id, key: null, name, kind, archived: false }
  },
  'catalog:rename': ({ list, id, name }, ctx) => {
    catalog.renameEntry(ctx.db(), tableOf(list), id, name)
    return { id }
  },
  'catalog:archive': ({ list, id, archived }, ctx) => {
    catalog.setArchived(ctx.db(), tableOf(list), id, archived)
    return { id }
  },
  'catalog:set-limit': ({ remedyId, dailyLimitMg }, ctx) => {
    catalog.setDailyLimit(ctx.db(), remedyId, dailyLimitMg)
    return { remedyId, dailyLimitMg }
  },
}
