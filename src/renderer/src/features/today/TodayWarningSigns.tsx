/**
 * Sits at the top of every screen: when a check-in of today (the journal day) records a warning
 * sign and today has no 'red-flags' acknowledgement, the urgent notice shows. A warning sign
 * recorded in this session shows it at once, even if an earlier one was acknowledged today.
 */
import { useEffect, useRef, useState } from 'react'
import { RED_FLAGS, type Checkin, type RedFlag } from '../../../../shared/domain'
import { journalDayAt } from '../../../../shared/journal-day'
import { compareInstants } from '../../../../shared/timestamp'
import { api, messageOf, unwrap } from '../../api'
import { RedFlagNotice } from '../../components/RedFlagNotice'
import { useQuery } from '../../hooks'
import { useCheckinsChanged } from '../../journal-events'
import { useJournal } from '../../journal-context'

export const RED_FLAGS_ACKNOWLEDGEMENT = 'red-flags'

export function TodayWarningSigns() {
  const { dayStartHour } = useJournal().settings
  const day = journalDayAt(new Date(), dayStartHour)
  const [version, setVersion] = useState(0)
  const [fresh, setFresh] = useState<Checkin | null>(null)
  const [acknowledging, setAcknowledging] = useState(false)
  const [error, setError] = useState<string | null>(null)
  // Hides the notice as soon as it is acknowledged, before the re-read arrives.
  const [acknowledgedDay, setAcknowledgedDay] = useState<string | null>(null)
  const noticeRef = useRef<HTMLDivElement>(null)

  const state = useQuery(
    async () => {
      const [checkins, acknowledged] = await Promise.all([
        unwrap(api.listCheckins({ from: day, to: day })),
        unwrap(api.listAcknowledgements({ day })),
      ])
      return { checkins, acknowledged: acknowledged.includes(RED_FLAGS_ACKNOWLEDGEMENT) }
    },
    `${day}#${version}`,
    messageOf,
  )

  useCheckinsChanged(({ saved }) => {
    if (saved && saved.day === day && saved.redFlags.length > 0) setFresh(saved)
    setVersion((v) => v + 1)
  })

  const withFlags = [
    ...(state.data?.checkins ?? []).filter((c) => c.redFlags.length > 0 && c.id !== fresh?.id),
    ...(fresh ? [fresh] : []),
  ].sort((a, b) => compareInstants(a.at, b.at))
  const flags: RedFlag[] = RED_FLAGS.filter((f) => withFlags.some((c) => c.redFlags.includes(f)))
  const acknowledged = acknowledgedDay === day || state.data?.acknowledged !== false
  const show = flags.length > 0 && (fresh !== null || !acknowledged)
  const latest = withFlags.at(-1)

  // A warning sign just recorded may be far below the top: bring the notice into view.
  useEffect(() => {
    if (fresh && noticeRef.current) {
      // The notice is the first thing on the page: show the page from its top.
      window.scrollTo({ top: 0 })
      noticeRef.current.scrollIntoView({ block: 'nearest' })
      noticeRef.current.focus({ preventScroll: true })
    }
  }, [fresh])

  if (!show) return null

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
      flags={flags}
      when={latest ? `today at ${latest.at.slice(11, 16)}` : 'today'}
      onAcknowledge={() => void acknowledge()}
      acknowledging={acknowledging}
      error={error}
    />
  )
}
