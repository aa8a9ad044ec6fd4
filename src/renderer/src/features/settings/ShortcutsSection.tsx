/**
 * The keyboard shortcuts, read from the same list the application menu is built from, and the
 * keys that choose the pain score on Today from the list beside it.
 */
import { Fragment, type ReactNode } from 'react'
import { displayAccelerator, SHORTCUTS, TODAY_KEYS } from '../../../../shared/shortcuts'
import { SettingsCard } from './SettingsCard'

const IS_MAC = /mac/i.test(navigator.platform)

function ShortcutTable({ caption, rows }: { caption: string; rows: [ReactNode, string][] }) {
  return (
    <table className="shortcut-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Keys</th>
          <th scope="col">What it does</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([keys, label]) => (
          <tr key={label}>
            <td>{keys}</td>
            <td>{label}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function ShortcutsSection() {
  return (
    <SettingsCard section="shortcuts">
      <p className="field-hint">Everything in Pain Journal also works with Tab, Space and Enter.</p>
      <ShortcutTable
        caption="Commands"
        rows={SHORTCUTS.map((s) => [
          <kbd>{displayAccelerator(s.accelerator, IS_MAC)}</kbd>,
          s.label,
        ])}
      />
      <ShortcutTable
        caption="The pain score on Today, when you are not typing in a box"
        rows={TODAY_KEYS.map((k) => [
          k.keys.map((key, i) => (
            <Fragment key={i}>
              {i > 0 && ` ${k.joiner} `}
              <kbd>{key}</kbd>
            </Fragment>
          )),
          k.label,
        ])}
      />
    </SettingsCard>
  )
}
