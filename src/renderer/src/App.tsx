/** The app shell: a narrow sidebar with the five screens, and the current screen. */
import { startTransition, Suspense, useCallback, useEffect, useMemo, useState } from 'react'
import type { Settings } from '../../shared/schemas'
import { displayAccelerator } from '../../shared/shortcuts'
import { api, messageOf, unwrap } from './api'
import { runAppCommand, useAppCommands } from './app-commands'
import { StartupNotice } from './components/StartupNotice'
import { TodayScreen } from './features/today/TodayScreen'
import { TodayWarningSigns } from './features/today/TodayWarningSigns'
import { JournalIntro } from './features/welcome/Welcome'
import {
  HistoryScreen,
  prefetchScreensWhenIdle,
  ReportScreen,
  SettingsScreen,
  TrendsScreen,
} from './lazy-screens'
import { JournalContext, type AppInfo, type Catalog, type JournalState } from './journal-context'
import {
  hashOf,
  placeFromHash,
  SCREENS,
  type Place,
  type ScreenId,
  type SettingsSectionId,
} from './places'

const IS_MAC = /mac/i.test(navigator.platform)

function applyTheme(theme: Settings['theme']) {
  if (theme === 'system') delete document.documentElement.dataset['theme']
  else document.documentElement.dataset['theme'] = theme
}

interface Loaded {
  settings: Settings
  catalog: Catalog
  info: AppInfo
}

async function loadAll(): Promise<Loaded> {
  const [settings, catalog, info] = await Promise.all([
    unwrap(api.getSettings()),
    unwrap(api.getCatalog()),
    unwrap(api.getAppInfo()),
  ])
  return { settings, catalog, info }
}

export function App() {
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [place, setPlace] = useState<Place>(() => placeFromHash(window.location.hash))
  const { screen } = place
  const [generation, setGeneration] = useState(0)

  const reloadJournal = useCallback(async () => {
    try {
      const all = await loadAll()
      applyTheme(all.settings.theme)
      setLoaded(all)
      setGeneration((g) => g + 1)
      setError(null)
    } catch (e) {
      setError(messageOf(e))
    }
  }, [])

  useEffect(() => {
    let live = true
    loadAll().then(
      (all) => {
        if (!live) return
        applyTheme(all.settings.theme)
        setLoaded(all)
      },
      (e: unknown) => live && setError(messageOf(e)),
    )
    return () => {
      live = false
    }
  }, [])

  // The other screens' scripts, once the journal is open and the page has nothing else to do.
  const started = loaded !== null
  useEffect(() => (started ? prefetchScreensWhenIdle() : undefined), [started])

  const navigate = useCallback((id: ScreenId, section?: SettingsSectionId) => {
    const next: Place = { screen: id, section: section ?? null }
    startTransition(() => setPlace(next))
    window.history.replaceState(null, '', hashOf(next))
  }, [])
  useAppCommands(navigate)

  useEffect(() => {
    const onHash = () => startTransition(() => setPlace(placeFromHash(window.location.hash)))
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return
      // Ctrl/Cmd+N: also a menu accelerator; handled here too so a browser never opens a window.
      if (event.key.toLowerCase() === 'n') {
        event.preventDefault()
        runAppCommand('new-checkin', navigate)
        return
      }
      const index = Number(event.key) - 1
      const target = SCREENS[index]
      if (target) {
        event.preventDefault()
        navigate(target.id)
      }
    }
    window.addEventListener('hashchange', onHash)
    window.addEventListener('keydown', onKey)
    return () => {
      window.removeEventListener('hashchange', onHash)
      window.removeEventListener('keydown', onKey)
    }
  }, [navigate])

  const state = useMemo<JournalState | null>(() => {
    if (!loaded) return null
    return {
      ...loaded,
      navigate,
      reloadJournal,
      refreshCatalog: async () => {
        const catalog = await unwrap(api.getCatalog())
        setLoaded((l) => (l ? { ...l, catalog } : l))
      },
      updateSettings: async (patch) => {
        const settings = await unwrap(api.updateSettings(patch))
        applyTheme(settings.theme)
        setLoaded((l) => (l ? { ...l, settings } : l))
      },
    }
  }, [loaded, navigate, reloadJournal])

  return (
    <div className="app">
      <nav className="sidebar" aria-label="Screens">
        <div className="brand">Pain Journal</div>
        {SCREENS.map((s, i) => (
          <a
            key={s.id}
            className="nav-link"
            href={`#${s.id}`}
            aria-current={screen === s.id ? 'page' : undefined}
            aria-keyshortcuts={`${IS_MAC ? 'Meta' : 'Control'}+${i + 1}`}
            onClick={(event) => {
              event.preventDefault()
              navigate(s.id)
            }}
          >
            {s.label}{' '}
            <kbd aria-hidden="true">{displayAccelerator(`CmdOrCtrl+${i + 1}`, IS_MAC)}</kbd>
          </a>
        ))}
      </nav>
      <main className="content">
        <div className="content-inner" key={generation}>
          {error && (
            <div className="alert" role="alert">
              <strong>Your journal could not be read.</strong> {error}
            </div>
          )}
          {state && (
            <JournalContext.Provider value={state}>
              <TodayWarningSigns onToday={screen === 'today'} />
              <JournalIntro screen={screen} />
              <StartupNotice />
              <Suspense
                fallback={
                  <>
                    <h1>{SCREENS.find((s) => s.id === screen)?.label}</h1>
                    <p className="muted">Loading…</p>
                  </>
                }
              >
                {screen === 'today' && <TodayScreen />}
                {screen === 'history' && <HistoryScreen />}
                {screen === 'trends' && <TrendsScreen />}
                {screen === 'report' && <ReportScreen />}
                {screen === 'settings' && <SettingsScreen place={place} />}
              </Suspense>
            </JournalContext.Provider>
          )}
        </div>
      </main>
    </div>
  )
}
