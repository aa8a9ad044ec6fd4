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

export interface VisitsChanged {
  /** The visit just recorded, when the change was one. */
  added?: DoctorVisit
}

const bus = new EventTarget()
const CHECKINS = 'checkins-changed'
const VISITS = 'visits-changed'

function announce<T>(name: string, detail: T): void {
  bus.dispatchEvent(new CustomEvent<T>(name, { detail }))
}

/** Calls the latest `listener` on each `name` signal while the component is mounted. */
function useSignal<T>(name: string, listener: (detail: T) => void): void {
  const latest = useRef(listener)
  useEffect(() => {
    latest.current = listener
  })
  useEffect(() => {
    const onEvent = (event: Event) => latest.current((event as CustomEvent<T>).detail)
    bus.addEventListener(name, onEvent)
    return () => bus.removeEventListener(name, onEvent)
  }, [name])
}

export function announceCheckinsChanged(detail: CheckinsChanged = {}): void {
  announce(CHECKINS, detail)
}

export function useCheckinsChanged(listener: (change: CheckinsChanged) => void): void {
  useSignal(CHECKINS, listener)
}

/** "A doctor visit was recorded or removed": Today's notices and lines ask again. */
export function announceVisitsChanged(detail: VisitsChanged = {}): void {
  announce(VISITS, detail)
}

export function useVisitsChanged(listener: (change: VisitsChanged) => void): void {
  useSignal(VISITS, listener)
}
