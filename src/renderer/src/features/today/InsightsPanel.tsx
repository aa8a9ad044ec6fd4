/**
 * Below the check-in form on Today: the current episode in plain words, the flags that are not
 * told elsewhere (the warning-sign notice and the doctor-visit banner say theirs above), and the
 * guidance for this stage of the episode with the standing line that it is general information,
 * not medical advice. Each fact is said once, here or above (DESIGN.md section 3, "One voice").
 */
import { MEDICINE_DISCLAIMER } from '../../../../shared/catalog'
import { GUIDANCE_DISCLAIMER } from '../../../../shared/guidance'
import type { FlagKind } from '../../../../shared/flags-types'
import type { Insights } from '../../../../shared/insights-schema'
import { Notice } from '../../components/Notice'
import { useApiQuery } from '../../queries'
import { episodeSentence, flagNumbers } from './insights-words'
import './insights.css'

interface Props {
  /** The journal day to look from (today). */
  asOf: string
}

/** Told above the form: the warning-sign notice, the banner and its quiet line. */
const TOLD_ABOVE: ReadonlySet<FlagKind> = new Set(['red-flag', 'long-episode', 'seen-doctor'])
const MEDICINE_FLAGS: ReadonlySet<FlagKind> = new Set([
  'medication',
  'anti-inflammatories-together',
  'acetaminophen-high',
])

export function InsightsPanel({ asOf }: Props) {
  const { data: insights, error } = useApiQuery('insights:get', { asOf })
  if (error) {
    return (
      <div className="alert" role="alert">
        <strong>Could not work out your current episode.</strong> {error}
      </div>
    )
  }
  // Nothing until the first answer: a placeholder would only flicker.
  if (!insights) return null
  // While a warning sign waits for a doctor, advice on rest and movement waits too.
  const flags = insights.flags.filter(
    (f) => !TOLD_ABOVE.has(f.kind) && !(insights.warning && f.level === 'info'),
  )
  return (
    <div className="insights" data-testid="insights-panel">
      <EpisodeCard insights={insights} />
      {flags.length > 0 && <Flags flags={flags} />}
      {insights.episode && <GuidanceCard insights={insights} />}
    </div>
  )
}

function EpisodeCard({ insights }: { insights: Insights }) {
  const { episode, asOf } = insights
  const quiet = insights.flags.length === 0 && insights.warning === null
  return (
    <section className="card insights-episode" aria-labelledby="insights-episode-heading">
      <h2 id="insights-episode-heading">Your current episode</h2>
      {episode === null ? (
        <p className="insights-calm">
          You are not in an episode of back pain right now.
          {quiet && ' Nothing here needs your attention.'}
        </p>
      ) : (
        <p className="insights-episode-line">{episodeSentence(episode, asOf)}</p>
      )}
    </section>
  )
}

function Flags({ flags }: { flags: Insights['flags'] }) {
  return (
    <section className="insights-flags" aria-label="Flags">
      {flags.map((flag) => (
        <Notice key={flag.kind} severity={flag.level} title={flag.title}>
          <p>{flag.reason}</p>
          <dl className="insights-numbers" aria-label="The numbers behind it">
            {flagNumbers(flag.numbers).map(({ label, value }) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd className="num">{value}</dd>
              </div>
            ))}
          </dl>
        </Notice>
      ))}
      {flags.some((f) => MEDICINE_FLAGS.has(f.kind)) && (
        <p className="insights-disclaimer">{MEDICINE_DISCLAIMER}</p>
      )}
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
      <p className="insights-when">
        <strong>When to see a doctor:</strong> {guidance.doctorLine}
      </p>
      <p className="insights-disclaimer">{GUIDANCE_DISCLAIMER}</p>
    </section>
  )
}
