/**
 * "120 characters left" under a text field once its limit is near, and "12 characters over the
 * limit" past it (the save then says what to shorten; what was typed stays). The count is the
 * field's description (give the field `aria-describedby={id}`); a screen reader also hears it
 * politely, once per step nearer the limit, never on every key.
 */
import { useEffect, useRef, useState } from 'react'
import { charactersLeftText, nearness } from './characters-left'

interface Props {
  /** The id the field names in its aria-describedby. */
  id: string
  value: string
  max: number
}

export function CharactersLeft({ id, value, max }: Props) {
  const left = max - value.length
  const level = nearness(left, max)
  const text = level > 0 ? charactersLeftText(left) : ''
  const [said, setSaid] = useState({ level: 0, text: '' })
  // Each step nearer is said once; stepping back is not said, so the step is said again later.
  if (level !== said.level) setSaid({ level, text: level > said.level ? text : '' })
  // Typing near the bottom of the window, the line under the field can sit beneath a sticky save
  // bar: each step nearer brings it into view, while its field has the focus (not on opening).
  const line = useRef<HTMLSpanElement>(null)
  useEffect(() => {
    const typingHere = document.activeElement
      ?.getAttribute('aria-describedby')
      ?.split(' ')
      .includes(id)
    if (said.text && typingHere) line.current?.scrollIntoView({ block: 'nearest' })
  }, [said, id])
  return (
    <>
      <span ref={line} id={id} className={`field-hint characters-left${left < 0 ? ' over' : ''}`}>
        {text}
      </span>
      <span className="visually-hidden" aria-live="polite">
        {said.text}
      </span>
    </>
  )
}
