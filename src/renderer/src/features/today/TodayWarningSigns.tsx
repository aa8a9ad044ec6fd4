/**
 * The one notice for warning signs, at the top of the app (DESIGN.md sections 2 and 3). On Today
 * it shows while any sign of the last 30 days waits for a doctor; on the other screens only while
 * a sign recorded today has not been read ("I have read this" records a 'red-flags'
 * acknowledgement for the day). A sign recorded in this session shows it at once, announced,
 * even if an earlier one was acknowledged today. "I have seen a doctor about this" answers it.
 */
import { useEffect, useRef, useState } from 'react'
import { journalDayAt } from '../../../../shared/journal-day'
import { api, messageOf, unwrap } from '../../api'
import { RedFlagNotice } from '../../components/RedFlagNotice'
import { useQuery } from '../../hooks'
import { useCheckinsChanged, useVisitsChanged } from '../../journal-events'
import { useJournal } from '../../journal-context'
import { SeenDoctor } from './SeenDoctor'
import { useInsights } from './use-insights'

export const RED_FLAGS_ACKNOWLEDGEMENT = 'red-flags'

export function TodayWarningSigns({ onToday }: { onToday: boolean }) {
  const { dayStartHour } = useJournal().settings
  const day = journalDayAt(new Date(), dayStartHour)
  const { insights } = useInsights(day, undefined)
  const [version, setVersion] = useState(0)
  // A check-in with a warning sign saved in this session: shown at once, announced.
  const [fresh, setFresh] = useState<number | null>(null)
  const [acknowledging, setAcknowledging] = useState(false)
  const [error, setError] = useState<string | null>(null)
  // Hides "I have read this" as soon as it is pressed, before the re-read arrives.
  const [acknowledgedDay, setAcknowledgedDay] = useState<string | null>(null)
  const noticeRef = useRef<HTMLDivElement>(null)
  const broughtIntoView = useRef<number | null>(null)

  const acknowledgements = useQuery(
    () => unwrap(api.listAcknowledgements({ day })),
    `${day}#${version}`,
    messageOf,
  )
  useCheckinsChanged(({ saved }) => {
    if (saved && saved.day === day && saved.redFlags.length > 0) setFresh(saved.id)
  })
  useVisitsChanged(() => setFresh(null))

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
    setAcknowledging(true)
    setError(null)
    try {
      await unwrap(api.acknowledge({ day, kind: RED_FLAGS_ACKNOWLEDGEMENT }))
      setFresh(null)
      setAcknowledgedDay(day)
      setVersion((v) => v + 1)
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setAcknowledging(false)
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
