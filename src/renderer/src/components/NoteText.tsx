/**
 * A note as a list shows it: aligned by its own writing direction (`dir="auto"`, so an Arabic or
 * Hebrew note reads right to left), and clamped to a few lines with "Show more" when it is long,
 * so one 20,000-character note does not make a screen thousands of pixels tall.
 */
import { useId, useLayoutEffect, useRef, useState } from 'react'
import './NoteText.css'

interface Props {
  text: string
  className?: string
}

export function NoteText({ text, className = '' }: Props) {
  const id = useId()
  const body = useRef<HTMLParagraphElement>(null)
  const [expanded, setExpanded] = useState(false)
  const [overflows, setOverflows] = useState(false)

  // Whether the clamp hides anything: measured, since it depends on the width and the font.
  useLayoutEffect(() => {
    const el = body.current
    if (!el || expanded) return
    const measure = () => setOverflows(el.scrollHeight > el.clientHeight + 1)
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(el)
    return () => observer.disconnect()
  }, [text, expanded])

  return (
    <div className={`note-text ${className}`}>
      <p
        ref={body}
        id={id}
        dir="auto"
        className={`note-text-body${expanded ? '' : ' note-text-clamped'}`}
      >
        {text}
      </p>
      {(overflows || expanded) && (
        <button
          type="button"
          className="button small note-text-toggle"
          aria-expanded={expanded}
          aria-controls={id}
          onClick={() => setExpanded((e) => !e)}
        >
          {expanded ? 'Show less' : 'Show more'}
        </button>
      )}
    </div>
  )
}
