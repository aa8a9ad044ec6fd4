import type { HandlerMap } from '../router'
import { currentEpisode, episodeDayNumber } from '../../../shared/episodes'
import { guidanceFor } from '../../../shared/guidance'
import type { InsightsEpisode } from '../../../shared/insights-schema'
import { remediesTried } from '../../db/repositories/remedies-tried'
import { analyse } from '../../analysis/analysis'

export const insightsHandlers: HandlerMap<'insights:get'> = {
  'insights:get': ({ asOf }, ctx) => {
    const db = ctx.db()
    const { episodes, flags, warning, visits } = analyse(db, asOf)
    const current = currentEpisode(episodes)
    const episode: InsightsEpisode | null =
      current === null || current.status === 'ended'
        ? null
        : {
            start: current.start,
            end: current.end,
            dayNumber: episodeDayNumber(current, asOf),
            durationDays: current.durationDays,
            painDays: current.painDays,
            peak: current.peak,
            status: current.status,
            level: current.level,
          }
    return {
      asOf,
      episode,
      flags,
      warning,
      lastVisit: visits.at(-1) ?? null,
      guidance: guidanceFor(current, asOf, { flags }),
      remediesTried: current === null ? [] : remediesTried(db, current.start, asOf),
    }
  },
}
