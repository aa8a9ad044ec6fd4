/**
 * Settings → Your data: export and import CSV, save and restore a backup file, export for a
 * clinic (FHIR). Beside Backups, where people look for their data; the Report screen links here.
 * Every action says what it is doing while it runs and what happened after, in words.
 */
import { useEffect, useRef, useState } from 'react'
import type { OutputOf } from '../../../../shared/contract'
import { formatDayLong, spanInWords } from '../../../../shared/days'
import { timestampParts } from '../../../../shared/timestamp'
import { useScreenCommand } from '../../app-commands'
import { useJournal } from '../../journal-context'
import { useSave } from '../../use-save'
import { useWrite } from '../../writes'
import { carryStatus, takeCarriedStatus } from './carried-status'
import { plural } from '../../../../shared/stats/format'
import { importedWhat } from './counts'
import './DataSection.css'
import { ImportPreviewPanel } from './ImportPreviewPanel'
import { SettingsCard } from './SettingsCard'

type ImportPreview = NonNullable<OutputOf<'data:preview-import'>>
type RestorePreview = NonNullable<OutputOf<'data:preview-restore'>>

export function DataSection() {
  const { reloadJournal, refreshCatalog, info } = useJournal()
  // What comes in and goes out here is the person's own journal, never the sample's.
  const sample = info.journal === 'sample'
  const write = useWrite()
  const save = useSave()
  // What is being done, said while it runs.
  const [doing, setDoing] = useState<string | null>(null)
  const busy = save.state.busy ? doing : null
  // A restore's news outlives the remount it causes.
  const [carried, setCarried] = useState<string | null>(() => takeCarriedStatus('data'))
  const done = save.state.status ?? carried
  const { error } = save.state
  const [importPreview, setImportPreview] = useState<ImportPreview | null>(null)
  const [restorePreview, setRestorePreview] = useState<RestorePreview | null>(null)
  const restoreHeading = useRef<HTMLHeadingElement>(null)
  useEffect(() => restoreHeading.current?.focus(), [restorePreview])

  async function run(label: string, action: () => Promise<string | null>) {
    setDoing(label)
    setCarried(null)
    await save.run(action, (message) => message)
  }

  const savedMessage = (what: string) => (r: { path: string | null; count: number }) =>
    r.path === null ? null : `Saved ${plural(r.count, 'check-in')} ${what} to ${r.path}.`

  const exportCsv = () =>
    run('Exporting your journal as CSV…', async () =>
      savedMessage('as CSV')(await write('data:export-csv', undefined)),
    )
  const exportJson = () =>
    run('Saving a backup…', async () =>
      savedMessage('in a backup')(await write('data:export-json', undefined)),
    )
  const exportFhir = () =>
    run('Exporting for a clinic…', async () =>
      savedMessage('as FHIR')(await write('data:export-fhir', undefined)),
    )
  const chooseImport = () =>
    run('Reading the file…', async () => {
      setRestorePreview(null)
      setImportPreview(await write('data:preview-import', {}))
      return null
    })
  const confirmImport = (preview: ImportPreview) =>
    run(`Importing ${importedWhat(preview.toImport, preview.dayRecords)}…`, async () => {
      const outcome = await write('data:import-csv', { path: preview.path })
      setImportPreview(null)
      await refreshCatalog()
      return `Imported ${importedWhat(outcome.imported, outcome.dayRecordsAdded)} from ${preview.fileName}${
        outcome.duplicatesSkipped > 0
          ? `; skipped ${plural(outcome.duplicatesSkipped, 'duplicate')}`
          : ''
      }.`
    })
  const chooseRestore = () =>
    run('Reading the backup…', async () => {
      setImportPreview(null)
      setRestorePreview(await write('data:preview-restore', {}))
      return null
    })
  const confirmRestore = (preview: RestorePreview) =>
    run('Restoring your journal…', async () => {
      const outcome = await write('data:restore-json', { path: preview.path, confirmed: true })
      setRestorePreview(null)
      const message = `Your journal now holds the backup from ${preview.fileName}. Your previous journal was saved first, to ${outcome.safetyBackup}.`
      carryStatus('data', message)
      await reloadJournal()
      return message
    })

  const disabled = busy !== null || sample
  // File → Export Data… opens this section (SettingsScreen puts the reader on it); File →
  // Import… then opens the file chooser too.
  useScreenCommand('import-data', () => void chooseImport())
  return (
    <SettingsCard section="data" className="data-section">
      <p className="muted">
        Files you keep yourself, wherever you choose: your records for a spreadsheet, a backup of
        everything to keep elsewhere or move to another computer, or pain scores for a clinic.
        Nothing leaves this computer unless you save it here. The copies Pain Journal makes on its
        own are under Backups.
      </p>
      {sample && (
        <p className="data-sample" data-testid="data-sample">
          You are exploring the sample journal. Go back to your own journal (at the top of the
          screen) to export, import or restore it.
        </p>
      )}
      <div className="data-actions">
        <div className="data-group">
          <h3>Spreadsheet (CSV)</h3>
          <div className="button-row">
            <button type="button" className="button" onClick={exportCsv} disabled={disabled}>
              Export as CSV…
            </button>
            <button type="button" className="button" onClick={chooseImport} disabled={disabled}>
              Import from CSV…
            </button>
          </div>
        </div>
        <div className="data-group">
          <h3>Backup of everything</h3>
          <div className="button-row">
            <button type="button" className="button" onClick={exportJson} disabled={disabled}>
              Save a backup…
            </button>
            <button type="button" className="button" onClick={chooseRestore} disabled={disabled}>
              Restore from a backup…
            </button>
          </div>
        </div>
        <div className="data-group">
          <h3>For a clinic</h3>
          <div className="button-row">
            <button type="button" className="button" onClick={exportFhir} disabled={disabled}>
              Export pain scores (FHIR)…
            </button>
          </div>
        </div>
      </div>

      <p role="status" className="status data-status">
        {busy ?? done ?? ''}
      </p>
      {error && (
        <div className="alert" role="alert">
          <strong>That did not work.</strong> {error}
        </div>
      )}

      {importPreview && (
        <ImportPreviewPanel
          preview={importPreview}
          busy={disabled}
          onImport={() => confirmImport(importPreview)}
          onCancel={() => setImportPreview(null)}
        />
      )}

      {restorePreview && (
        <div className="data-preview" role="region" aria-label="Restore from a backup">
          <h3 ref={restoreHeading} tabIndex={-1}>
            Restore {restorePreview.fileName}?
          </h3>
          <p>
            This backup was made on{' '}
            {formatDayLong(timestampParts(restorePreview.summary.exportedAt).date)} and holds{' '}
            {plural(restorePreview.summary.checkins, 'check-in')}
            {restorePreview.summary.from && restorePreview.summary.to
              ? `, ${spanInWords(restorePreview.summary.from, restorePreview.summary.to)}`
              : ''}
            .
          </p>
          <p>
            <strong>Restoring replaces everything now in your journal</strong> with the backup. A
            copy of your journal as it is now is saved first, so this can be undone.
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button primary"
              disabled={disabled}
              onClick={() => confirmRestore(restorePreview)}
            >
              Replace my journal with this backup
            </button>
            <button type="button" className="button" onClick={() => setRestorePreview(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </SettingsCard>
  )
}
