/**
 * Triggers and remedies: add your own, rename, archive. Archiving never deletes, so check-ins
 * that used an entry keep showing its name.
 */
import { useJournal } from '../../journal-context'
import { CatalogList } from './CatalogList'

export function CatalogSection() {
  const { catalog } = useJournal()
  return (
    <>
      <section className="card settings-section" aria-labelledby="triggers-heading">
        <h2 id="triggers-heading">Triggers</h2>
        <p className="muted">
          What seemed to set the pain off. They appear as choices when you check in.
        </p>
        <CatalogList list="trigger" entries={catalog.triggers} />
      </section>
      <section className="card settings-section" aria-labelledby="remedies-heading">
        <h2 id="remedies-heading">Remedies</h2>
        <p className="muted">What you tried for the pain, from stretches to medicines.</p>
        <CatalogList list="remedy" entries={catalog.remedies} />
      </section>
    </>
  )
}
