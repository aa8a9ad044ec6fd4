/**
 * History: a month of day summaries for the calendar, and the episode list. Episodes come from
 * the shared analysis (the same rules and settings as Today and the report), worked out as of
 * the day the renderer calls today.
 */
import type { Episode } from '../../../shared/episodes'
import { daysOfMonth, firstDayOfMonth, lastDayOfMonth } from '../../../shared/months'
import { dayAggregates } from '../../db/repositories/history'
import { analyse } from '../../analysis/analysis'
import type { HandlerMap } from '../router'

/**
 * Whether a day lies inside an episode: from its first to its last pain day, and for an
 * ongoing episode on up to `asOf`, since it has not stopped (Today counts those days too).
 */
function episodeSpans(episodes: Episode[], asOf: string): [string, string][] {
  return episodes.map((e) => [e.start, e.status === 'ongoing' ? asOf : e.end])
}

export const historyHandlers: HandlerMap<'history:month' | 'episodes:list'> = {
  'history:month': ({ month, asOf }, ctx) => {
    const db = ctx.db()
    const byDay = new Map(
      dayAggregates(db, firstDayOfMonth(month), lastDayOfMonth(month)).map((a) => [a.day, a]),
    )
    const spans = episodeSpans(analyse(db, asOf).episodes, asOf)
    return daysOfMonth(month).map((day) => {
      const found = byDay.get(day)
      return {
        day,
        worst: found?.worst ?? null,
        average: found?.average ?? null,
        count: found?.count ?? 0,
        spasm: found?.spasm ?? false,
        redFlag: found?.redFlag ?? null,
        inEpisode: spans.some(([start, end]) => start <= day && day <= end),
      }
    })
  },
  'episodes:list': ({ asOf }, ctx) => analyse(ctx.db(), asOf).episodes,
}
