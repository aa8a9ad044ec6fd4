import { BackupsSection } from './BackupsSection'

/** Settings: being built (see the issue for this screen). */
export function SettingsScreen() {
  return (
    <>
      <h1>Settings</h1>
      <p className="empty">This screen is not built yet.</p>
      <BackupsSection />
    </>
  )
}
