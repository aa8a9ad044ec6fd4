/**
 * Settings → Backups: the list of automatic and manual backups with date and size, "Back up now",
 * and restoring one after confirmation (RestoreDialog). Your data (files you keep yourself) is the
 * next section.
 */
import { useState } from 'react'
import { backupReasonLabel } from '../../../../shared/backup-retention'
import type { BackupEntry } from '../../../../shared/backup-schemas'
import { useScreenCommand } from '../../app-commands'
import { useJournal } from '../../journal-context'
import { useApiQuery } from '../../queries'
import { useSave } from '../../use-save'
import { useWrite } from '../../writes'
import { formatLocalDateTime } from '../../../../shared/locale-format'
import { backupSize } from './backup-format'
import { carryStatus, takeCarriedStatus } from './carried-status'
import { RestoreDialog } from './RestoreDialog'
import { SettingsCard } from './SettingsCard'
import './BackupsSection.css'

export function BackupsSection() {
  const { info, reloadJournal } = useJournal()
  const backups = useApiQuery('backups:list', undefined)
  const write = useWrite()
  const save = useSave()
  const [doing, setDoing] = useState<'create' | 'restore'>('create')
  const busy = save.state.busy ? doing : null
  const [carried, setCarried] = useState<string | null>(() => takeCarriedStatus('backups'))
  const status = save.state.status ?? carried
  const error = save.state.error
  const [confirming, setConfirming] = useState<BackupEntry | null>(null)

  async function createNow() {
    setDoing('create')
    setCarried(null)
    // The list asks again by itself (writes.ts).
    await save.run(
      () => write('backups:create', undefined),
      (made) => `Backed up: ${formatLocalDateTime(made.at)}, ${backupSize(made.sizeBytes)}.`,
    )
  }

  async function restore(backup: BackupEntry) {
    setDoing('restore')
    setCarried(null)
    await save.run(async () => {
      try {
        const { restored } = await write('backups:restore', { name: backup.name })
        carryStatus(
          'backups',
          `Restored. Your journal now reflects ${formatLocalDateTime(restored.at)}. ` +
            `How it was just before is kept as a backup, first in the list.`,
        )
      } finally {
        setConfirming(null)
      }
      await reloadJournal()
    })
  }

  // File → Back Up Now from the menu.
  useScreenCommand('backup-now', () => void createNow())

  const list = backups.data ?? []
  return (
    <SettingsCard section="backups" className="backups">
      <p className="muted backups-intro">
        Pain Journal copies your journal once a day and before every update, restore or import, and
        keeps the last 7 days, 4 weeks and 12 months, and each copy made before a restore for 30
        days. The copies stay on this computer, in the “backups” folder inside{' '}
        <span className="backups-path">{info.dataDir}</span>.
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button primary"
          onClick={() => void createNow()}
          disabled={busy !== null}
        >
          {busy === 'create' ? 'Backing up…' : 'Back up now'}
        </button>
      </div>
      <p role="status" className="status backups-status">
        {status}
      </p>
      {error && (
        <div className="alert" role="alert">
          <strong>That did not work.</strong> {error}
        </div>
      )}
      {backups.error && (
        <div className="alert" role="alert">
          <strong>The backups could not be listed.</strong> {backups.error}
        </div>
      )}
      {!backups.loading && !backups.error && list.length === 0 && (
        <p className="empty">
          No backups yet. The first is made when you open Pain Journal tomorrow, or now with “Back
          up now”.
        </p>
      )}
      {list.length > 0 && (
        <table className="backups-table">
          <caption className="visually-hidden">Your backups, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col">Why</th>
              <th scope="col" className="num">
                Size
              </th>
              <th scope="col">
                <span className="visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((backup) => (
              <tr key={backup.name}>
                <th scope="row">{formatLocalDateTime(backup.at)}</th>
                <td>{backupReasonLabel(backup.reason)}</td>
                <td className="num">{backupSize(backup.sizeBytes)}</td>
                <td className="backups-action">
                  <button
                    type="button"
                    className="button small"
                    disabled={busy !== null}
                    aria-label={`Restore the backup from ${formatLocalDateTime(backup.at)}`}
                    onClick={() => setConfirming(backup)}
                  >
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <RestoreDialog
        backup={confirming}
        busy={busy === 'restore'}
        onCancel={() => setConfirming(null)}
        onConfirm={(b) => void restore(b)}
      />
    </SettingsCard>
  )
}
