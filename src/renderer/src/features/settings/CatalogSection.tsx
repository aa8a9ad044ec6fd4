/**
 * Triggers or remedies: add your own, rename, archive. Archiving never deletes, so check-ins
 * that used an entry keep showing its name.
 */
import { useJournal } from '../../journal-context'
import { CatalogList } from './CatalogList'
import { SettingsCard } from './SettingsCard'

export function CatalogSection({ list }: { list: 'trigger' | 'remedy' }) {
  const { catalog } = useJournal()
  return list === 'trigger' ? (
    <SettingsCard section="triggers">
      <p className="muted">
        What seemed to set the pain off. They appear as choices when you check in.
      </p>
      <CatalogList list="trigger" entries={catalog.triggers} />
    </SettingsCard>
  ) : (
    <SettingsCard section="remedies">
      <p className="muted">What you tried for the pain, from stretches to medicines.</p>
      <CatalogList list="remedy" entries={catalog.remedies} />
    </SettingsCard>
  )
}
