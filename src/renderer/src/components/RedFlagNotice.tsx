/**
 * The one notice for warning signs no doctor visit has answered yet: at the tier of the most
 * serious sign (shared/severity.ts), with that tier's own words on what to do (emergency: go now;
 * see a doctor today), the signs recorded and when. Full width, at the top.
 */
import { forwardRef, type ReactNode } from 'react'
import { addDaysToDay, formatDayLongNoYear } from '../../../shared/days'
import { RED_FLAG_LABELS } from '../../../shared/domain'
import { WARNING_ACTION } from '../../../shared/flags-warning'
import type { InsightsWarning } from '../../../shared/insights-schema'
import { Notice, SeverityWord } from './Notice'
import './RedFlagNotice.css'

export interface RedFlagNoticeProps {
  warning: InsightsWarning
  /** The journal day it is seen on. */
  asOf: string
  /** Just recorded and not yet read: announced at once, and asks to be acknowledged. */
  prominent: boolean
  /** Shows "I have read this". */
  onAcknowledge?: () => void
  acknowledging?: boolean
  /** Why acknowledging failed, shown beside the button. */
  error?: string | null
  /** "I have seen a doctor about this". */
  visit?: ReactNode
}

function when(day: string, asOf: string): string {
  if (day === asOf) return 'today'
  if (day === addDaysToDay(asOf, -1)) return 'yesterday'
  return `on ${formatDayLongNoYear(day)}`
}

export const RedFlagNotice = forwardRef<HTMLDivElement, RedFlagNoticeProps>(function RedFlagNotice(
  { warning, asOf, prominent, onAcknowledge, acknowledging = false, error, visit },
  ref,
) {
  const action = WARNING_ACTION[warning.tier]
  const mixed = warning.signs.some((s) => s.tier !== warning.tier)
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className="red-flag-notice"
      data-testid="red-flag-notice"
      data-tier={warning.tier}
    >
      <Notice
        severity={warning.tier}
        title={action.title}
        alert={prominent}
        actions={
          <>
            {prominent && onAcknowledge && (
              <button
                type="button"
                className="button"
                onClick={onAcknowledge}
                disabled={acknowledging}
              >
                I have read this
              </button>
            )}
            {visit}
            {error && (
              <span className="red-flag-notice-error">
                That did not save: {error} The notice stays until it does.
              </span>
            )}
          </>
        }
      >
        <p>{action.text}</p>
        <p className="red-flag-notice-what">
          {warning.signs.length === 1
            ? 'The warning sign you recorded:'
            : 'The warning signs you recorded:'}
        </p>
        <ul className="red-flag-notice-list">
          {warning.signs.map((s) => (
            <li key={s.flag}>
              {mixed && (
                <>
                  <SeverityWord severity={s.tier} />{' '}
                </>
              )}
              {RED_FLAG_LABELS[s.flag]}{' '}
              <span className="red-flag-notice-when">({when(s.lastDay, asOf)})</span>
            </li>
          ))}
        </ul>
      </Notice>
    </div>
  )
})
