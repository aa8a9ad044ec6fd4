import { countCheckins } from '../../db/repositories/checkins-read'
import type { HandlerMap } from '../router'

export const journalHandlers: HandlerMap<
  'journal:status' | 'journal:open-sample' | 'journal:open-real'
> = {
  'journal:status': (_input, ctx) => {
    return { journal: ctx.facts().journal, checkinCount: countCheckins(ctx.db()) }
  },
  'journal:open-sample': async (_input, ctx) => {
    await ctx.journals.openSample()
    return ctx.facts()
  },
  'journal:open-real': (_input, ctx) => {
    ctx.journals.openReal()
    return ctx.facts()
  },
}
