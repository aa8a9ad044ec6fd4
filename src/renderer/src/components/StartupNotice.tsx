/**
 * What happened while opening the journal (a damaged file, or another program's, set aside and a
 * backup restored), said once: shown at the top of every screen until the person closes it, for
 * the rest of this session.
 */
import { useState } from 'react'
import { useJournal } from '../journal-context'
import { Notice } from './Notice'

// Module state, not component state: the screens remount when the journal is reloaded.
let dismissed = false

export function StartupNotice() {
  const { info } = useJournal()
  const [hidden, setHidden] = useState(dismissed)
  if (!info.startupNotice || hidden) return null
  return (
    <Notice
      severity="info"
      title="About your journal file"
      actions={
        <button
          type="button"
          className="button small"
          onClick={() => {
            dismissed = true
            setHidden(true)
          }}
        >
          Got it
        </button>
      }
    >
      <p>{info.startupNotice}</p>
    </Notice>
  )
}
