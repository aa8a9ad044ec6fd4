/**
 * Notices in four levels, styled the same everywhere (UI brief): info, watch (six weeks),
 * doctor (eight weeks) and urgent (warning signs). The level is said in words, never by colour
 * alone.
 */
import type { ReactNode } from 'react'

export type NoticeLevel = 'info' | 'watch' | 'doctor' | 'urgent'

const LEVEL_WORD: Record<NoticeLevel, string> = {
  info: 'Note',
  watch: 'Worth a doctor visit',
  doctor: 'See a doctor',
  urgent: 'Urgent',
}

interface Props {
  level: NoticeLevel
  title: string
  children?: ReactNode
  /** Buttons (acknowledge, dismiss for today…). */
  actions?: ReactNode
}

export function Notice({ level, title, children, actions }: Props) {
  return (
    <section
      className={`notice notice-${level}`}
      role={level === 'urgent' ? 'alert' : 'region'}
      aria-label={`${LEVEL_WORD[level]}: ${title}`}
    >
      <p className="notice-level">{LEVEL_WORD[level]}</p>
      <h2 className="notice-title">{title}</h2>
      {children && <div className="notice-body">{children}</div>}
      {actions && <div className="button-row notice-actions">{actions}</div>}
    </section>
  )
}
