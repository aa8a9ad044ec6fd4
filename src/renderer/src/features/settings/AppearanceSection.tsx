/** Light, dark, or whatever the system uses. Applied at once by the App (data-theme). */
import { useState } from 'react'
import type { Settings } from '../../../../shared/settings-schema'
import { useJournal } from '../../journal-context'
import { useSave } from '../../use-save'
import { SettingsCard } from './SettingsCard'
import { NotSaved } from '../../components/NotSaved'

const THEMES: { value: Settings['theme']; label: string; hint: string }[] = [
  { value: 'system', label: 'Same as the system', hint: 'Follows your computer’s setting.' },
  { value: 'light', label: 'Light', hint: 'Dark text on a light background.' },
  { value: 'dark', label: 'Dark', hint: 'Light text on a dark background.' },
]

export function AppearanceSection() {
  const { settings, updateSettings } = useJournal()
  const { state, run } = useSave()
  // Shown at once; set back if the save fails.
  const [choice, setChoice] = useState(settings.theme)
  const choose = async (theme: Settings['theme']) => {
    setChoice(theme)
    if (!(await run(() => updateSettings({ theme }), 'Saved.'))) setChoice(settings.theme)
  }
  return (
    <SettingsCard section="appearance">
      <fieldset className="settings-choices">
        <legend className="label">Theme</legend>
        {THEMES.map((t) => (
          <label key={t.value} className="settings-choice">
            <input
              type="radio"
              name="theme"
              value={t.value}
              checked={choice === t.value}
              onChange={() => void choose(t.value)}
            />
            <span>
              {t.label}
              <span className="field-hint settings-choice-hint">{t.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <span role="status" className="status">
        {state.status}
      </span>
      <NotSaved error={state.error} />
    </SettingsCard>
  )
}
