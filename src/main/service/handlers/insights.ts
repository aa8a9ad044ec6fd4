import type { HandlerMap } from '../router'
import { currentEpisode, episodeDayNumber } from '../../../shared/episodes'
import { guidanceFor } from '../../../shared/guidance'
import { RED_FLAG_WINDOW_DAYS, warningSigns } from '../../../shared/flags'
import { addDaysToDay } from '../../../shared/days'
import type { InsightsEpisode } from '../../../shared/insights-schema'
import { remediesTried } from '../../db/repositories/remedies-tried'
import { analyse } from '../../analysis/analysis'

export const insightsHandlers: HandlerMap<'insights:get'> = {
  'insights:get': ({ asOf }, ctx) => {
    const db = ctx.db()
    const { episodes, flags, input, visits } = analyse(db, asOf)
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
    const signs = warningSigns(
      input.redFlags,
      visits,
      asOf,
      addDaysToDay(asOf, -(RED_FLAG_WINDOW_DAYS - 1)),
    )
    return {
      asOf,
      episode,
      flags,
      warning: signs.raised,
      lastVisit: visits.at(-1) ?? null,
      guidance: guidanceFor(current, asOf, { flags }),
      remediesTried: current === null ? [] : remediesTried(db, current.start, asOf),
    }
  },
}
