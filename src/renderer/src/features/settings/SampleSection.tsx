/** Sample data from Settings too, for whoever closed the welcome and wants a look later. */
import { useJournal } from '../../journal-context'
import { useJournalSwitch } from '../../use-journal-switch'
import { SettingsCard } from './SettingsCard'

export function SampleSection() {
  const { info } = useJournal()
  const { openSample, openReal, busy, error } = useJournalSwitch()
  const sample = info.journal === 'sample'
  return (
    <SettingsCard section="sample">
      <p>
        {sample
          ? 'You are exploring the sample journal. Your own journal is closed and unchanged.'
          : 'Explore a made-up year of check-ins to see what Pain Journal shows. It opens as a separate journal; yours is not changed.'}
      </p>
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() => void (sample ? openReal() : openSample())}
      >
        {sample ? 'Back to my journal' : 'Explore with sample data'}
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </SettingsCard>
  )
}
