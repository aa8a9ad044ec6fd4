/**
 * Below the heading of Today, the doctor-visit banner for a long episode: its words are the
 * long-episode flag's (shared/flags.ts), at six weeks and at eight, with a short visit-prep
 * checklist. "Not today" hides it for the journal day (an acknowledgement in the database); it
 * is back the next day for as long as the episode holds. "I have seen a doctor about this" steps
 * it down to one quiet line, which also tells of a warning sign a visit answered. While a warning
 * sign waits for a doctor, its notice at the top says what to do, and this stays quiet.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { VISIT_PREP_CHECKLIST } from '../../../../shared/guidance'
import type { Insights, InsightsFlag } from '../../../../shared/insights-schema'
import { useFocusWhenReady } from '../../components/focus-first-invalid'
import { Notice, SeverityWord } from '../../components/Notice'
import { useJournal } from '../../journal-context'
import { useApiQuery } from '../../queries'
import { useSave } from '../../use-save'
import { useWrite } from '../../writes'
import { remedySentence } from './insights-words'
import { SeenDoctor, wasJustRecorded } from './SeenDoctor'
import './insights.css'

interface Props {
  asOf: string
}

const kindOf = (level: string) => `banner-${level}`

/**
 * Where the focus goes once a visit is removed and the line with the button goes with it: the
 * warning notice that is back (the first thing on the page), or else the banner's button to
 * record a visit again.
 */
const WHAT_THE_VISIT_ANSWERED = '[data-testid="red-flag-notice"], .seen-doctor-open'

export function DoctorBanner({ asOf }: Props) {
  const { data: insights } = useApiQuery('insights:get', { asOf })
  const acknowledged = useApiQuery('acknowledgements:list', { day: asOf })
  // Without the list, show the banner: better once too often than hidden by an error.
  const dismissed = acknowledged.loading
    ? null
    : { day: asOf, kinds: acknowledged.error ? [] : (acknowledged.data ?? []) }
  const [justHidden, setJustHidden] = useState(false)
  const write = useWrite()
  const hide = useSave()
  const error = hide.state.error
  const hiddenNote = useRef<HTMLParagraphElement>(null)
  // Stays here, drawn or not, to give the focus back once what took the seen line's place is in.
  const focusBack = useFocusWhenReady({ onlyIfLost: true })

  useEffect(() => {
    if (justHidden) hiddenNote.current?.focus()
  }, [justHidden])

  if (!insights || insights.warning !== null || dismissed?.day !== asOf) return null
  const long = insights.flags.find((f) => f.kind === 'long-episode')
  const seen = insights.flags.find((f) => f.kind === 'seen-doctor')
  const level = insights.episode?.level ?? 'none'
  if (justHidden) {
    return (
      <p className="banner-hidden" role="status" tabIndex={-1} ref={hiddenNote}>
        Hidden for today. It will be back tomorrow while this episode lasts.
      </p>
    )
  }
  if (long && level !== 'none' && !dismissed.kinds.includes(kindOf(level))) {
    const notToday = async () => {
      if (await hide.run(() => write('acknowledgements:add', { day: asOf, kind: kindOf(level) }))) {
        setJustHidden(true)
      }
    }
    return (
      <BannerNotice insights={insights} flag={long} onNotToday={() => void notToday()}>
        {error && (
          <p className="field-error" role="alert">
            Could not hide it for today: {error}
          </p>
        )}
      </BannerNotice>
    )
  }
  return seen && insights.lastVisit ? (
    <SeenLine
      flag={seen}
      visitId={insights.lastVisit.id}
      onRemoved={() => focusBack(WHAT_THE_VISIT_ANSWERED)}
    />
  ) : null
}

interface BannerProps {
  insights: Insights
  flag: InsightsFlag
  onNotToday: () => void
  children?: ReactNode
}

function BannerNotice({ insights, flag, onNotToday, children }: BannerProps) {
  const { navigate } = useJournal()
  const { levelSince, levelWeeks } = flag.numbers
  return (
    <Notice
      severity={flag.level}
      title={flag.title}
      actions={
        <>
          <button type="button" className="button" onClick={() => navigate('report')}>
            Open the Report screen
          </button>
          <button type="button" className="button" onClick={onNotToday}>
            Not today
          </button>
          <SeenDoctor
            asOf={insights.asOf}
            from={String(levelSince)}
            fromWhat={`when this episode reached ${String(levelWeeks)}`}
          />
        </>
      }
    >
      <p>{flag.reason}</p>
      <VisitChecklist insights={insights} />
      {children}
    </Notice>
  )
}

/** After a visit: one quiet line, and a way to take back a visit recorded by mistake. */
interface SeenLineProps {
  flag: InsightsFlag
  visitId: number
  onRemoved: () => void
}

function SeenLine({ flag, visitId, onRemoved }: SeenLineProps) {
  const line = useRef<HTMLDivElement>(null)
  const write = useWrite()
  const removal = useSave()
  const error = removal.state.error
  useEffect(() => {
    // Saving the visit removed the form the focus was in: it moves to what took its place.
    if (wasJustRecorded(visitId)) line.current?.focus()
  }, [visitId])
  const remove = () =>
    removal.run(async () => {
      await write('visits:delete', { id: visitId })
      onRemoved()
    })
  return (
    <div className="seen-line" ref={line} tabIndex={-1} data-testid="seen-doctor-line">
      <p>
        <SeverityWord severity={flag.level} /> <span>{flag.reason}</span>
      </p>
      <button type="button" className="button small" onClick={() => void remove()}>
        Remove this visit
      </button>
      {error && (
        <p className="field-error" role="alert">
          Not removed. {error}
        </p>
      )}
    </div>
  )
}

/**
 * Folded by default: the banner sits above the check-in form, and a person in pain should reach
 * the form without scrolling past seven bullet points every day. One click (or Enter) opens it.
 * What it holds is made only once it is open: folded, nobody sees or hears it, and Today, which
 * shows the banner on every start in a long episode, draws that much less before it is ready
 * (25 of about 250 elements on the benchmark's ten-year journal).
 */
function VisitChecklist({ insights }: { insights: Insights }) {
  const [open, setOpen] = useState(false)
  return (
    <details
      className="visit-prep"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        <span>Prepare for your visit: a short checklist</span>
      </summary>
      {open && <VisitChecklistBody insights={insights} />}
    </details>
  )
}

function VisitChecklistBody({ insights }: { insights: Insights }) {
  return (
    <>
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
    </>
  )
}
