/**
 * The one notice for warning signs, at the top of the app (DESIGN.md sections 2 and 3). On Today
 * it shows while any sign of the last 30 days waits for a doctor; on the other screens only while
 * a sign recorded today has not been read ("I have read this" records a 'red-flags'
 * acknowledgement for the day). A sign recorded in this session shows it at once, announced,
 * even if an earlier one was acknowledged today. "I have seen a doctor about this" answers it.
 */
import { useEffect, useRef, useState } from 'react'
import { RedFlagNotice } from '../../components/RedFlagNotice'
import { useJournalToday } from '../../journal-today'
import { useApiQuery } from '../../queries'
import { useSave } from '../../use-save'
import { useLastWrite, useWrite } from '../../writes'
import { SeenDoctor } from './SeenDoctor'

export const RED_FLAGS_ACKNOWLEDGEMENT = 'red-flags'

export function TodayWarningSigns({ onToday }: { onToday: boolean }) {
  const day = useJournalToday()
  const { data: insights } = useApiQuery('insights:get', { asOf: day })
  const acknowledgements = useApiQuery('acknowledgements:list', { day })
  const write = useWrite()
  const acknowledgement = useSave()
  const acknowledging = acknowledgement.state.busy
  const error = acknowledgement.state.error
  // Hides "I have read this" as soon as it is pressed, before the answer arrives.
  const [acknowledgedDay, setAcknowledgedDay] = useState<string | null>(null)
  const noticeRef = useRef<HTMLDivElement>(null)
  const broughtIntoView = useRef<number | null>(null)

  // A check-in with a warning sign saved (or brought back) in this window: shown at once,
  // announced, until a doctor visit is recorded or removed or the notice is read, or that
  // check-in is corrected to hold no sign (or another day) or deleted.
  const [fresh, setFresh] = useState<number | null>(null)
  const [heard, setHeard] = useState(0)
  const saved = latest(useLastWrite('checkins:save'), useLastWrite('checkins:restore'))
  const deleted = useLastWrite('checkins:delete')
  const visit = latest(useLastWrite('visits:add'), useLastWrite('visits:delete'))
  const news = latest(latest(saved, deleted), visit)
  if (news && news.seq > heard) {
    // Adjusted while rendering (React's way for state that follows a change), once per write.
    setHeard(news.seq)
    if (news === visit) setFresh(null)
    else if (news === deleted) {
      if (deleted.output.id === fresh) setFresh(null)
    } else if (saved?.output.day === day && saved.output.redFlags.length > 0)
      setFresh(saved.output.id)
    else if (saved?.output.id === fresh) setFresh(null)
  }

  const warning = insights?.asOf === day ? insights.warning : null
  const recordedToday = warning?.signs.some((s) => s.lastDay === day) ?? false
  const acknowledged =
    acknowledgedDay === day || acknowledgements.data?.includes(RED_FLAGS_ACKNOWLEDGEMENT) !== false
  const prominent = warning !== null && (fresh !== null || (recordedToday && !acknowledged))

  // A warning sign just recorded may be far below the top: bring the notice into view.
  useEffect(() => {
    if (fresh !== null && fresh !== broughtIntoView.current && warning && noticeRef.current) {
      broughtIntoView.current = fresh
      // The notice is the first thing on the page: show the page from its top.
      window.scrollTo({ top: 0 })
      noticeRef.current.scrollIntoView({ block: 'nearest' })
      noticeRef.current.focus({ preventScroll: true })
    }
  }, [fresh, warning])

  if (warning === null || (!onToday && !prominent)) return null

  const acknowledge = async () => {
    const read = await acknowledgement.run(() =>
      write('acknowledgements:add', { day, kind: RED_FLAGS_ACKNOWLEDGEMENT }),
    )
    if (read) {
      setFresh(null)
      setAcknowledgedDay(day)
    }
  }

  return (
    <RedFlagNotice
      ref={noticeRef}
      warning={warning}
      asOf={day}
      prominent={prominent}
      onAcknowledge={() => void acknowledge()}
      acknowledging={acknowledging}
      error={error}
      visit={
        <SeenDoctor
          key={warning.lastDay}
          asOf={day}
          from={warning.lastDay}
          fromWhat={
            warning.signs.length === 1 ? 'the warning sign you recorded' : 'the latest warning sign'
          }
        />
      }
    />
  )
}

/** The later of two writes. */
function latest<A extends { seq: number }, B extends { seq: number }>(
  a: A | undefined,
  b: B | undefined,
): A | B | undefined {
  return (a?.seq ?? 0) >= (b?.seq ?? 0) ? (a ?? b) : b
}
