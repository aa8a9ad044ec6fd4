/** The app shell: a narrow sidebar and the current screen. */
import { useEffect, useState } from 'react'
import { DEFAULT_SETTINGS, type Settings } from '../../shared/schemas'
import { api, messageOf, unwrap } from './api'
import { TodayScreen } from './features/today/TodayScreen'

function applyTheme(theme: Settings['theme']) {
  if (theme === 'system') delete document.documentElement.dataset['theme']
  else document.documentElement.dataset['theme'] = theme
}

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    unwrap(api.getSettings())
      .then((s) => {
        applyTheme(s.theme)
        setSettings(s)
      })
      .catch((e: unknown) => {
        setError(messageOf(e))
        setSettings(DEFAULT_SETTINGS)
      })
  }, [])

  return (
    <div className="app">
      <nav className="sidebar" aria-label="Screens">
        <div className="brand">Pain Journal</div>
        <a className="nav-link" href="#today" aria-current="page">
          Today <kbd>Ctrl+1</kbd>
        </a>
      </nav>
      <main className="content">
        <div className="content-inner">
          {error && (
            <div className="alert" role="alert">
              <strong>Settings could not be read.</strong> {error} Using the defaults for now.
            </div>
          )}
          {settings && <TodayScreen dayStartHour={settings.dayStartHour} />}
        </div>
      </main>
    </div>
  )
}
