import { useEffect, useLayoutEffect, useState } from 'react'
import { scoreTyping } from '../../shared/shortcuts'

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target instanceof HTMLTextAreaElement || target.isContentEditable) return true
  return (
    target instanceof HTMLInputElement && !['radio', 'checkbox', 'button'].includes(target.type)
  )
}

/** Which key presses a form answers: by where they were typed. */
export type KeyScope = (target: EventTarget | null) => boolean

const anywhere: KeyScope = () => true

/**
 * Listeners are added in a layout effect, before the screen is painted, so a key typed the moment
 * Today appears is never lost.
 *
 * Digits typed anywhere (outside text fields) pick a pain score (scoreTyping: "1" then "0" is 10). Works whether or not the selector has focus; `scope` says where the keys
 * count, so that with two check-in forms on a screen a digit goes to one of them only.
 */
export function useDigitEntry(onScore: (score: number) => void, scope: KeyScope = anywhere): void {
  const [read] = useState(scoreTyping)
  useLayoutEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return
      if (!scope(event.target)) return
      const score = read(event.key, event.timeStamp)
      if (score === null) return
      event.preventDefault()
      onScore(score)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onScore, scope, read])
}

/** Ctrl/Cmd+Enter runs `action` (save) when typed within `scope`. */
export function useSaveShortcut(action: () => void, scope: KeyScope = anywhere): void {
  useLayoutEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && scope(event.target)) {
        event.preventDefault()
        action()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [action, scope])
}

/**
 * False until the screen has been drawn once, then true: what is below the fold (and not needed
 * to start typing) is rendered a frame later, so the part a person uses first shows sooner.
 * A task posted from a frame's animation callback runs once that frame is painted.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false)
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true))
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [])
  return painted
}
