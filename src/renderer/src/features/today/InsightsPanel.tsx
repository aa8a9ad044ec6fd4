/**
 * Below the check-in form on Today: the current episode in plain words, its level, any flags
 * (a red flag always first) with the numbers behind them, and the guidance for this stage of the
 * episode with the standing line that it is general information, not medical advice.
 */
import { weeksInWords } from '../../../../shared/days'
import { GUIDANCE_DISCLAIMER } from '../../../../shared/guidance'
import type { Insights } from '../../../../shared/insights-schema'
import { Notice } from '../../components/Notice'
import { useJournal } from '../../journal-context'
import {
  EPISODE_LEVEL_WORDS,
  episodeSentence,
  flagNumbers,
  levelExplanation,
} from './insights-words'
import { useInsights } from './use-insights'
import './insights.css'

interface Props {
  /** The journal day to look from (today). */
  asOf: string
  /** Anything that changes identity after a save (today's check-ins): the panel then refreshes. */
  refreshKey?: unknown
}

export function InsightsPanel({ asOf, refreshKey }: Props) {
  const { insights, error } = useInsights(asOf, refreshKey)
  if (error) {
    return (
      <div className="alert" role="alert">
        <strong>Could not work out your current episode.</strong> {error}
      </div>
    )
  }
  // Nothing until the first answer: a placeholder would only flicker.
  if (!insights) return null
  // The long-episode flag is what the episode card's level line already says (and the banner
  // above the form asks to act on); showing it a third time would only repeat it.
  const flags = insights.flags.filter((f) => f.kind !== 'long-episode')
  return (
    <div className="insights" data-testid="insights-panel">
      <EpisodeCard insights={insights} />
      {flags.length > 0 && <Flags flags={flags} asOf={insights.asOf} />}
      {insights.episode && <GuidanceCard insights={insights} />}
    </div>
  )
}

function EpisodeCard({ insights }: { insights: Insights }) {
  const { watchDays, doctorDays } = useJournal().settings.episodeRules
  const { episode, asOf } = insights
  return (
    <section className="card insights-episode" aria-labelledby="insights-episode-heading">
      <h2 id="insights-episode-heading">Your current episode</h2>
      {episode === null ? (
        <p className="insights-calm">
          You are not in an episode of back pain right now.
          {insights.flags.length === 0 && ' Nothing here needs your attention.'}
        </p>
      ) : (
        <>
          <p className="insights-episode-line">{episodeSentence(episode, asOf)}</p>
          <p className={`insights-level insights-level-${episode.level}`}>
            <span className="insights-level-word">
              Level: {EPISODE_LEVEL_WORDS[episode.level]}.
            </span>{' '}
            {levelExplanation(episode.level, weeksInWords(watchDays), weeksInWords(doctorDays))}
          </p>
        </>
      )}
    </section>
  )
}

function Flags({ flags, asOf }: { flags: Insights['flags']; asOf: string }) {
  return (
    <section className="insights-flags" aria-label="Flags">
      {flags.map((flag) => (
        <Notice key={flag.kind} level={flag.level} title={flag.title}>
          <p>{flag.reason}</p>
          <dl className="insights-numbers" aria-label="The numbers behind it">
            {flagNumbers(flag.numbers, asOf).map(({ label, value }) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd className="num">{value}</dd>
              </div>
            ))}
          </dl>
        </Notice>
      ))}
    </section>
  )
}

function GuidanceCard({ insights }: { insights: Insights }) {
  const { guidance } = insights
  return (
    <section
      className="card insights-guidance"
      aria-labelledby="insights-guidance-heading"
      data-stage={guidance.stage}
    >
      <p className="insights-kicker">What helps at this stage</p>
      <h2 id="insights-guidance-heading">{guidance.heading}</h2>
      <ul className="insights-guidance-list">
        {guidance.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p className="insights-disclaimer">{GUIDANCE_DISCLAIMER}</p>
    </section>
  )
}
