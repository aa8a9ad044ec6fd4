/**
 * Settings: a list of sections beside one section at a time, each saving on its own and saying
 * so beside its own controls. The list stays in view; a section is also reachable by its address
 * (`#settings/backups`), which is how the menu and the Report screen link to one.
 */
import { useEffect } from 'react'
import { PlaceLink } from '../../components/PlaceLink'
import { SETTINGS_SECTIONS, type Place, type SettingsSectionId } from '../../places'
import { AppearanceSection } from './AppearanceSection'
import { BackupsSection } from './BackupsSection'
import { CatalogSection } from './CatalogSection'
import { DataSection } from './DataSection'
import { DaySection } from './DaySection'
import { EpisodeRulesSection } from './EpisodeRulesSection'
import { LimitsSection } from './LimitsSection'
import { RemindersSection } from './RemindersSection'
import { SampleSection } from './SampleSection'
import { focusSection } from './SettingsCard'
import { ShortcutsSection } from './ShortcutsSection'
import './settings.css'

function sectionView(section: SettingsSectionId) {
  switch (section) {
    case 'triggers':
      return <CatalogSection list="trigger" />
    case 'remedies':
      return <CatalogSection list="remedy" />
    case 'limits':
      return <LimitsSection />
    case 'reminders':
      return <RemindersSection />
    case 'backups':
      return <BackupsSection />
    case 'data':
      return <DataSection />
    case 'day':
      return <DaySection />
    case 'rules':
      return <EpisodeRulesSection />
    case 'appearance':
      return <AppearanceSection />
    case 'shortcuts':
      return <ShortcutsSection />
    case 'sample':
      return <SampleSection />
  }
}

/** The section last shown while the app is open: Settings opens on it again. */
let lastShown: SettingsSectionId = SETTINGS_SECTIONS[0].id

interface Props {
  /**
   * Where the window was sent: a section by name (the list, a link, a menu command), or Settings
   * alone. A new object each time, so following a link to the section already shown counts too.
   */
  place: Place
}

export function SettingsScreen({ place }: Props) {
  const shown = place.section ?? lastShown
  useEffect(() => {
    lastShown = shown
  }, [shown])
  // A section opened by name gets the reader's focus; opening Settings itself leaves it be.
  useEffect(() => {
    if (place.section) focusSection(place.section)
  }, [place])

  return (
    <>
      <h1>Settings</h1>
      <div className="settings-layout">
        <nav className="settings-nav" aria-label="Settings sections">
          <ul>
            {SETTINGS_SECTIONS.map((s) => (
              <li key={s.id}>
                <PlaceLink
                  to={{ screen: 'settings', section: s.id }}
                  aria-current={s.id === shown ? 'page' : undefined}
                >
                  {s.label}
                </PlaceLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="settings-page" key={shown}>
          {sectionView(shown)}
        </div>
      </div>
    </>
  )
}
