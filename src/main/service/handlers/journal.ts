import type { HandlerMap } from '../router'

export const journalHandlers: HandlerMap<
  'journal:status' | 'journal:open-sample' | 'journal:open-real'
> = {
  'journal:status': (_input, ctx) => {
    const count = ctx
      .db()
      .prepare('SELECT COUNT(*) FROM checkins WHERE deleted_at IS NULL')
      .pluck()
      .get() as number
    return { journal: ctx.facts().journal, checkinCount: count }
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
