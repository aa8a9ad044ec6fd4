/**
 * Past and current episodes (DESIGN.md section 3), newest first: dates, length, peak, status
 * and level in words. Each row can show its first month in the calendar.
 */
import { weeksInWords } from '../../../../shared/days'
import {
  EPISODE_STATUS_WORDS,
  episodeDaysWords,
  episodeLengthWords,
  episodeSpanWords,
  type EpisodeLevel,
} from '../../../../shared/episodes'
import { painScoreWords } from '../../../../shared/pain-scale'
import { PainChip } from '../../components/PainChip'
import { useJournal } from '../../journal-context'
import { useApiQuery } from '../../queries'
import { formatDayShort } from '../../../../shared/days'

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

interface Props {
  today: string
  onShowDay: (day: string) => void
}

export function EpisodeList({ today, onShowDay }: Props) {
  const rules = useJournal().settings.episodeRules
  const { painDayMin, separationDays } = rules
  const query = useApiQuery('episodes:list', { asOf: today })
  const episodes = [...(query.data ?? [])].reverse()
  // How long it lasted, against the rules: a length, not advice (Today says what to do).
  const lengthWords = (level: EpisodeLevel) => capitalise(episodeLengthWords(level, rules))

  return (
    <section className="card" aria-labelledby="episodes-heading">
      <h2 id="episodes-heading">Episodes</h2>
      <p className="field-hint">
        An episode runs from the first day your worst pain reaches {painDayMin} until{' '}
        {weeksInWords(separationDays)} pass without such a day.
      </p>
      {query.error && (
        <div className="alert" role="alert">
          <strong>Episodes could not be worked out.</strong> {query.error}
        </div>
      )}
      {query.data && episodes.length === 0 && (
        <p className="empty">
          No episodes yet. When a stretch of pain days begins, it will be listed here.
        </p>
      )}
      {episodes.length > 0 && (
        <div className="table-scroll">
          <table className="episode-table">
            <caption className="visually-hidden">Episodes, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Dates</th>
                <th scope="col">Days</th>
                <th scope="col">Peak</th>
                <th scope="col">Status</th>
                <th scope="col">Length</th>
                <th scope="col">
                  <span className="visually-hidden">Calendar</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {episodes.map((e) => (
                <tr key={e.start} data-episode-start={e.start}>
                  <th scope="row" className="num">
                    {episodeSpanWords(e)}
                  </th>
                  <td className="num">{episodeDaysWords(e)}</td>
                  <td>
                    <PainChip score={e.peak} label={`Peak pain ${painScoreWords(e.peak)}`} />
                  </td>
                  <td>{EPISODE_STATUS_WORDS[e.status]}</td>
                  <td className={`episode-level level-${e.level}`}>{lengthWords(e.level)}</td>
                  <td>
                    <button
                      type="button"
                      className="button small"
                      onClick={() => onShowDay(e.start)}
                      aria-label={`Show the episode from ${formatDayShort(e.start)} in the calendar`}
                    >
                      Show
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
