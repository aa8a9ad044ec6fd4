/**
 * First run and sample data. On an empty journal, Today opens with what the app does and an
 * offer to explore sample data; while the sample journal is open, every screen says so at the top
 * with a way back.
 */
import { useState } from 'react'
import { messageOf } from '../../api'
import { useJournal } from '../../journal-context'
import type { ScreenId } from '../../places'
import { useApiQuery } from '../../queries'
import { useJournalSwitch } from '../../use-journal-switch'
import './welcome.css'

export function SampleBanner() {
  const { openReal, busy, error } = useJournalSwitch()
  return (
    <section className="sample-banner" aria-label="Sample data">
      <p className="sample-banner-text">
        <strong>You are looking at sample data.</strong> Nothing here is yours.
      </p>
      <button
        type="button"
        className="button small"
        disabled={busy}
        onClick={() => void openReal()}
      >
        {busy ? 'Opening your journal…' : 'Back to my journal'}
      </button>
      {error && (
        <p className="sample-banner-error" role="alert">
          Could not go back to your journal. {error}
        </p>
      )}
    </section>
  )
}

function WelcomeCard() {
  const { updateSettings } = useJournal()
  const { openSample, busy, error: openError } = useJournalSwitch()
  const [hideError, setHideError] = useState<string | null>(null)
  const error = openError ?? hideError
  return (
    <section className="welcome" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">Welcome to Pain Journal</h2>
      <p>
        Note how your back feels in a few seconds a day, and Pain Journal shows how it changes,
        tells you when an episode is worth showing a doctor, and makes a report to take along.
        Everything you record stays on this computer; nothing is sent anywhere.
      </p>
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={() => void openSample()}>
          {busy ? 'Making the sample journal…' : 'Explore with sample data'}
        </button>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() =>
            void updateSettings({ welcomeDismissed: true }).catch((e: unknown) =>
              setHideError(`This could not be hidden. ${messageOf(e)}`),
            )
          }
        >
          Hide this welcome
        </button>
        <p className="field-hint welcome-hint">
          Sample data opens as a separate journal, so yours stays empty until you record something.
        </p>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {openError ? `The sample journal could not be opened. ${openError}` : hideError}
        </p>
      )}
    </section>
  )
}

/** Shows the welcome only on a real journal that has no check-ins yet. */
function Welcome() {
  // The first check-in saved on Today makes the journal no longer empty: the welcome has done
  // its job and goes at once (the save's answer counts it: writes.ts).
  const status = useApiQuery('journal:status', undefined)
  if (status.data?.journal !== 'real' || status.data.checkinCount > 0) return null
  return <WelcomeCard />
}

/** The one thing the App renders above every screen. */
export function JournalIntro({ screen }: { screen: ScreenId }) {
  const { info, settings } = useJournal()
  if (info.journal === 'sample') return <SampleBanner />
  if (screen === 'today' && !settings.welcomeDismissed) return <Welcome />
  return null
}
