/**
 * A tiny in-page signal: "check-ins changed". Today's list, the warning-signs notice at the top of
 * the app and any other screen listen, so a save in one place shows everywhere at once without
 * the screens knowing about each other.
 */
import { useEffect, useRef } from 'react'
import type { Checkin } from '../../shared/domain'

export interface CheckinsChanged {
  /** The check-in just saved, when the change was a save. */
  saved?: Checkin
}

const bus = new EventTarget()
const EVENT = 'checkins-changed'

export function announceCheckinsChanged(detail: CheckinsChanged = {}): void {
  bus.dispatchEvent(new CustomEvent<CheckinsChanged>(EVENT, { detail }))
}

export function useCheckinsChanged(listener: (change: CheckinsChanged) => void): void {
  const latest = useRef(listener)
  useEffect(() => {
    latest.current = listener
  })
  useEffect(() => {
    const onEvent = (event: Event) => latest.current((event as CustomEvent<CheckinsChanged>).detail)
    bus.addEventListener(EVENT, onEvent)
    return () => bus.removeEventListener(EVENT, onEvent)
  }, [])
}
