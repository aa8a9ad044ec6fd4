/** The keyboard shortcuts, read from the same list the application menu is built from. */
import { displayAccelerator, SHORTCUTS } from '../../../../shared/shortcuts'
import { SettingsCard } from './SettingsCard'

const IS_MAC = /mac/i.test(navigator.platform)

export function ShortcutsSection() {
  return (
    <SettingsCard section="shortcuts">
      <p className="field-hint">Everything in Pain Journal also works with Tab, Space and Enter.</p>
      <table className="shortcut-table">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What it does</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.command}>
              <td>
                <kbd>{displayAccelerator(s.accelerator, IS_MAC)}</kbd>
              </td>
              <td>{s.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </SettingsCard>
  )
}
