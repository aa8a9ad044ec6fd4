/**
 * The urgent notice for warning signs (red flags): full width, in words, asking to seek care now
 * and to say it was read. Self-contained so any screen can show it for any set of red flags.
 */
import { forwardRef } from 'react'
import { RED_FLAG_LABELS, type RedFlag } from '../../../shared/domain'
import { Notice } from './Notice'
import './RedFlagNotice.css'

export interface RedFlagNoticeProps {
  flags: readonly RedFlag[]
  /** When they were recorded, in words: "today at 09:12", "on 3 March". */
  when?: string
  /** Shows the acknowledge button. */
  onAcknowledge?: () => void
  acknowledging?: boolean
  /** Why acknowledging failed, shown beside the button. */
  error?: string | null
}

export const RedFlagNotice = forwardRef<HTMLDivElement, RedFlagNoticeProps>(function RedFlagNotice(
  { flags, when, onAcknowledge, acknowledging = false, error },
  ref,
) {
  const one = flags.length === 1
  return (
    <div ref={ref} tabIndex={-1} className="red-flag-notice" data-testid="red-flag-notice">
      <Notice
        level="urgent"
        title="Please get medical help now"
        actions={
          onAcknowledge && (
            <>
              <button
                type="button"
                className="button"
                onClick={onAcknowledge}
                disabled={acknowledging}
              >
                I have read this
              </button>
              {error && (
                <span className="red-flag-notice-error">
                  That did not save: {error} The notice stays until it does.
                </span>
              )}
            </>
          )
        }
      >
        <p>
          You recorded {one ? 'a warning sign' : 'warning signs'}
          {when ? ` ${when}` : ''}. With back pain, {one ? 'this' : 'these'} can mean a problem that
          a doctor needs to see straight away, so do not wait to see if it settles.
        </p>
        <p>
          Call your doctor or an urgent care service today. If it is severe or came on suddenly, or
          you cannot control or pass urine, call your local emergency number (such as 911, 112 or
          999) or go to an emergency department.
        </p>
        <p className="red-flag-notice-what">What you recorded:</p>
        <ul className="red-flag-notice-list">
          {flags.map((flag) => (
            <li key={flag}>{RED_FLAG_LABELS[flag]}</li>
          ))}
        </ul>
      </Notice>
    </div>
  )
})
