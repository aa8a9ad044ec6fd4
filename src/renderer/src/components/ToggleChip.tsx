/** A chip that is on or off (aria-pressed), with a tick when on so state is never colour alone. */
import type { ReactNode } from 'react'
import './chips.css'

interface Props {
  pressed: boolean
  onToggle: () => void
  children: ReactNode
  /** Extra data attribute value, for tests and styling hooks. */
  id?: string
}

export function ToggleChip({ pressed, onToggle, children, id }: Props) {
  return (
    <button
      type="button"
      className="toggle-chip"
      aria-pressed={pressed}
      onClick={onToggle}
      data-chip={id}
    >
      <span className="toggle-chip-tick" aria-hidden="true">
        {pressed ? '✓' : '+'}
      </span>
      {children}
    </button>
  )
}

/** A read-only tag, for lists of what was recorded. */
export function Tag({ children, tone }: { children: ReactNode; tone?: 'warning' | 'strong' }) {
  return <span className={`tag${tone ? ` tag-${tone}` : ''}`}>{children}</span>
}
