import type { HandlerMap } from '../router'
import { lastCheckin, lastDoses } from '../../db/repositories/recent'

export const recentHandlers: HandlerMap<'checkins:last' | 'remedies:last-doses'> = {
  'checkins:last': (_input, ctx) => lastCheckin(ctx.db(), ctx.now()),
  'remedies:last-doses': (_input, ctx) => lastDoses(ctx.db(), ctx.now()),
}
