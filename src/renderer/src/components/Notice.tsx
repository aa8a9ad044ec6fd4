/**
 * Health messages in the one severity vocabulary (shared/severity.ts), styled the same on every
 * screen: each severity has its word, its icon and its colour, and the word and the icon always
 * show, so nothing depends on colour alone.
 */
import type { ReactNode } from 'react'
import { createLucideIcon, type LucideIcon } from 'lucide-react'
import { SEVERITIES, SEVERITY_WORDS, type Severity } from '../../../shared/severity'
import { SEVERITY_ICONS } from '../../../shared/severity-icons'

/** Each severity's icon, from the shapes the report draws too (shared/severity-icons.ts). */
export const SEVERITY_ICON: Readonly<Record<Severity, LucideIcon>> = Object.fromEntries(
  SEVERITIES.map((s) => {
    const { name, node } = SEVERITY_ICONS[s]
    return [s, createLucideIcon({ name, node: node.map(([tag, attrs]) => [tag, { ...attrs }]) })]
  }),
) as Record<Severity, LucideIcon>

/** The severity's icon alone, in its colour: a mark whose words are said beside it or in a legend. */
export function SeverityIcon({ severity, size = 16, className = '' }: IconProps) {
  const Icon = SEVERITY_ICON[severity]
  return (
    <Icon
      className={`${className} severity-${severity}`.trim()}
      size={size}
      strokeWidth={2.5}
      aria-hidden="true"
    />
  )
}

interface IconProps {
  severity: Severity
  size?: number
  className?: string
}

/** The severity's icon and word, for a line, a table cell or a list. */
export function SeverityWord({ severity }: { severity: Severity }) {
  const Icon = SEVERITY_ICON[severity]
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
