/**
 * Settings: a column of self-contained sections, each saving on its own and saying so beside
 * its own controls.
 */
import { AppearanceSection } from './AppearanceSection'
import { BackupsSection } from './BackupsSection'
import { CatalogSection } from './CatalogSection'
import { DaySection } from './DaySection'
import { EpisodeRulesSection } from './EpisodeRulesSection'
import { LimitsSection } from './LimitsSection'
import { RemindersSection } from './RemindersSection'
import { SampleSection } from './SampleSection'
import { ShortcutsSection } from './ShortcutsSection'
import './settings.css'

export function SettingsScreen() {
  return (
    <>
      <h1>Settings</h1>
      <DaySection />
      <CatalogSection />
      <LimitsSection />
      <EpisodeRulesSection />
      <AppearanceSection />
      <RemindersSection />
      <ShortcutsSection />
      <SampleSection />
      <BackupsSection />
    </>
  )
}
