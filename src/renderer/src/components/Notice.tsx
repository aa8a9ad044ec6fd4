/**
 * Health messages in the one severity vocabulary (shared/severity.ts), styled the same on every
 * screen: each severity has its word, its icon and its colour, and the word and the icon always
 * show, so nothing depends on colour alone.
 */
import type { ReactNode } from 'react'
import { CalendarClock, Info, OctagonAlert, TriangleAlert, type LucideIcon } from 'lucide-react'
import { SEVERITY_WORDS, type Severity } from '../../../shared/severity'

const ICONS: Readonly<Record<Severity, LucideIcon>> = {
  emergency: OctagonAlert,
  today: TriangleAlert,
  visit: CalendarClock,
  info: Info,
}

/** The severity's icon and word, for a line, a table cell or a list. */
export function SeverityWord({ severity }: { severity: Severity }) {
  const Icon = ICONS[severity]
  return (
    <span className={`severity-word severity-${severity}`}>
      <Icon className="severity-icon" size={16} strokeWidth={2.25} aria-hidden="true" />
      {SEVERITY_WORDS[severity]}
    </span>
  )
}

interface Props {
  severity: Severity
  title: string
  children?: ReactNode
  /** Buttons (acknowledge, dismiss for today…). */
  actions?: ReactNode
  /** Announce it at once (role=alert): for a warning sign just recorded. */
  alert?: boolean
}

export function Notice({ severity, title, children, actions, alert = false }: Props) {
  return (
    <section
      className={`notice notice-${severity}`}
      role={alert ? 'alert' : 'region'}
      aria-label={`${SEVERITY_WORDS[severity]}: ${title}`}
    >
      <p className="notice-level">
        <SeverityWord severity={severity} />
      </p>
      <h2 className="notice-title">{title}</h2>
      {children && <div className="notice-body">{children}</div>}
      {actions && <div className="button-row notice-actions">{actions}</div>}
    </section>
  )
}
