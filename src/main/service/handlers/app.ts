import type { HandlerMap } from '../router'
import { listLimits, listRemedies, listTriggers } from '../../db/repositories/catalog'
import { getSettings, updateSettings } from '../../db/repositories/settings'

export const appHandlers: HandlerMap<
  'app:info' | 'catalog:get' | 'settings:get' | 'settings:update'
> = {
  'app:info': (_input, ctx) => ctx.facts(),
  'catalog:get': (_input, ctx) => {
    const db = ctx.db()
    return { triggers: listTriggers(db), remedies: listRemedies(db), limits: listLimits(db) }
  },
  'settings:get': (_input, ctx) => getSettings(ctx.db()),
  'settings:update': (patch, ctx) => updateSettings(ctx.db(), patch),
}
