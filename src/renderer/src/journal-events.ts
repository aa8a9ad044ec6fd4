/**
 * Tiny in-page signals: "check-ins changed", "doctor visits changed". Today's list, the
 * warning-signs notice at the top of the app and any other screen listen, so a save in one place
 * shows everywhere at once without the screens knowing about each other.
 */
import { useEffect, useRef } from 'react'
import type { Checkin, DoctorVisit } from '../../shared/domain'

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

export interface VisitsChanged {
  /** The visit just recorded, when the change was one. */
  added?: DoctorVisit
}

const VISITS_EVENT = 'visits-changed'

/** "A doctor visit was recorded or removed": Today's notices and lines ask again. */
export function announceVisitsChanged(detail: VisitsChanged = {}): void {
  bus.dispatchEvent(new CustomEvent<VisitsChanged>(VISITS_EVENT, { detail }))
}

export function useVisitsChanged(listener: (change: VisitsChanged) => void): void {
  const latest = useRef(listener)
  useEffect(() => {
    latest.current = listener
  })
  useEffect(() => {
    const onEvent = (event: Event) => latest.current((event as CustomEvent<VisitsChanged>).detail)
    bus.addEventListener(VISITS_EVENT, onEvent)
    return () => bus.removeEventListener(VISITS_EVENT, onEvent)
  }, [])
}
