/**
 * The doctor-visit banner at the top of Today: at six weeks a calm "consider booking a visit",
 * at eight weeks "see a doctor about this episode" with a short visit-prep checklist. "Not today"
 * hides it for the journal day (an acknowledgement in the database); it is back the next day
 * for as long as the episode holds.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { weeksInWords } from '../../../../shared/days'
import { VISIT_PREP_CHECKLIST } from '../../../../shared/guidance'
import type { Insights } from '../../../../shared/insights-schema'
import { api, messageOf, unwrap } from '../../api'
import { Notice } from '../../components/Notice'
import { useJournal } from '../../journal-context'
import { rangeInWords, remedySentence, shortDay } from './insights-words'
import { useInsights } from './use-insights'
import './insights.css'

interface Props {
  asOf: string
  /** Anything that changes identity after a save (today's check-ins). */
  refreshKey?: unknown
}

type BannerLevel = 'watch' | 'doctor'
const kindOf = (level: BannerLevel) => `banner-${level}`

export function DoctorBanner({ asOf, refreshKey }: Props) {
  const { insights } = useInsights(asOf, refreshKey)
  const [dismissed, setDismissed] = useState<{ day: string; kinds: string[] } | null>(null)
  const [justHidden, setJustHidden] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const hiddenNote = useRef<HTMLParagraphElement>(null)

  useEffect(() => {
    let live = true
    unwrap(api.listAcknowledgements({ day: asOf })).then(
      (kinds) => live && setDismissed({ day: asOf, kinds }),
      // Without the list, show the banner: better once too often than hidden by an error.
      () => live && setDismissed({ day: asOf, kinds: [] }),
    )
    return () => {
      live = false
    }
  }, [asOf])

  useEffect(() => {
    if (justHidden) hiddenNote.current?.focus()
  }, [justHidden])

  const episode = insights?.episode
  if (!insights || !episode || dismissed?.day !== asOf) return null
  if (justHidden) {
    return (
      <p className="banner-hidden" role="status" tabIndex={-1} ref={hiddenNote}>
        Hidden for today. It will be back tomorrow while this episode lasts.
      </p>
    )
  }
  if (episode.level === 'none' || dismissed.kinds.includes(kindOf(episode.level))) return null
  const level = episode.level

  const notToday = async () => {
    setError(null)
    try {
      const kinds = await unwrap(api.acknowledge({ day: asOf, kind: kindOf(level) }))
      setDismissed({ day: asOf, kinds })
      setJustHidden(true)
    } catch (e) {
      setError(messageOf(e))
    }
  }
  return (
    <BannerNotice insights={insights} level={level} onNotToday={() => void notToday()}>
      {error && (
        <p className="field-error" role="alert">
          Could not hide it for today: {error}
        </p>
      )}
    </BannerNotice>
  )
}

interface BannerProps {
  insights: Insights
  level: BannerLevel
  onNotToday: () => void
  children?: ReactNode
}

function BannerNotice({ insights, level, onNotToday, children }: BannerProps) {
  const { settings, navigate } = useJournal()
  const { watchDays, doctorDays } = settings.episodeRules
  const episode = insights.episode
  if (!episode) return null
  const since = `Day ${episode.dayNumber} of this episode (it started ${shortDay(episode.start, insights.asOf)}).`
  const actions = (
    <>
      <button type="button" className="button" onClick={() => navigate('report')}>
        Open the Report screen
      </button>
      <button type="button" className="button" onClick={onNotToday}>
        Not today
      </button>
    </>
  )
  if (level === 'watch') {
    return (
      <Notice level="watch" title="Consider booking a doctor visit" actions={actions}>
        <p>
          {since} Even severe episodes usually ease within {rangeInWords(watchDays, doctorDays)}, so
          now is a good time to book a visit. Take the report from the Report screen with you.
        </p>
        {children}
      </Notice>
    )
  }
  return (
    <Notice level="doctor" title="See a doctor about this episode" actions={actions}>
      <p>
        {since} Back pain that lasts {weeksInWords(doctorDays)} or more should be checked by a
        doctor, so please make an appointment.
      </p>
      <VisitChecklist insights={insights} />
      {children}
    </Notice>
  )
}

/**
 * Folded by default: the banner sits above the check-in form, and a person in pain should reach
 * the form without scrolling past seven bullet points every day. One click (or Enter) opens it.
 */
function VisitChecklist({ insights }: { insights: Insights }) {
  return (
    <details className="visit-prep">
      <summary>
        <span>Prepare for your visit: a short checklist</span>
      </summary>
      <h3 id="visit-prep-heading">Before your visit</h3>
      <ul className="visit-prep-list" aria-labelledby="visit-prep-heading">
        {VISIT_PREP_CHECKLIST.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h3 id="visit-remedies-heading">What you have tried in this episode</h3>
      {insights.remediesTried.length === 0 ? (
        <p className="muted">
          No remedies logged in this episode yet. Add them to a check-in so the doctor can see what
          you tried.
        </p>
      ) : (
        <ul className="visit-prep-remedies" aria-labelledby="visit-remedies-heading">
          {insights.remediesTried.map((r) => (
            <li key={r.remedyId}>{remedySentence(r)}</li>
          ))}
        </ul>
      )}
    </details>
  )
}
