/** The app shell: a narrow sidebar with the five screens, and the current screen. */
import { QueryClientProvider, useQueryClient, type QueryClient } from '@tanstack/react-query'
import {
  startTransition,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import { displayAccelerator } from '../../shared/shortcuts'
import { callApi, messageOf } from './api'
import { runAppCommand, useAppCommands } from './app-commands'
import { keyOf } from './cache-rules'
import { StartupNotice } from './components/StartupNotice'
import { historyReads } from './features/history/history-reads'
import { TodayScreen } from './features/today/TodayScreen'
import { TodayWarningSigns } from './features/today/TodayWarningSigns'
import { JournalIntro } from './features/welcome/Welcome'
import { START } from './first-asks'
import { JournalContext, type JournalState } from './journal-context'
import {
  HistoryScreen,
  prefetchScreensWhenIdle,
  ReportScreen,
  SettingsScreen,
  TrendsScreen,
} from './lazy-screens'
import {
  hashOf,
  placeFromHash,
  SCREENS,
  type Place,
  type ScreenId,
  type SettingsSectionId,
} from './places'
import { journalDayNow } from './journal-today'
import { askAhead, createQueryClient, openingScreen, useApiQuery } from './queries'
import { applyTheme, rememberStartHints } from './start-hints'
import type { Settings } from '../../shared/settings-schema'
import { useWrite } from './writes'

const IS_MAC = /mac/i.test(navigator.platform)

/**
 * A screen's first questions, asked the moment it is opened, under the keys its views use: they
 * cross to the main process while the screen's script loads and its first drawing is made,
 * instead of after (first-asks.ts does the same for the screen the app opens on). Only
 * History's are known before it draws; Trends asks for the period last picked, which its own
 * script keeps.
 */
function askOnOpening(client: QueryClient, screen: ScreenId, from: ScreenId): void {
  // History opened again from itself keeps the month it shows: its views ask for that.
  if (screen !== 'history' || from === screen) return
  // The journal's day as the screen will work it out (useJournalToday), from the settings read.
  const settings = client.getQueryData<Settings>(keyOf('settings:get', undefined))
  if (settings) void askAhead(client, historyReads(journalDayNow(settings.dayStartHour)))
}

/**
 * False until `promise` settles (whether or not it was kept), then true; `yet` says whether it
 * has by the first drawing.
 */
function useSettled(promise: Promise<unknown>, yet: () => boolean): boolean {
  const [settled, setSettled] = useState(yet)
  useEffect(() => {
    let live = true
    const done = () => live && setSettled(true)
    promise.then(done, done)
    return () => {
      live = false
    }
  }, [promise])
  return settled
}

interface AppProps {
  /** The cache the page's start asked into (app-start.tsx). */
  client: QueryClient
  /** Settles once what the first screen shows is in: the screen waits for it (app-start.tsx). */
  started: Promise<void>
  /** Whether `started` has settled: asked as the app is first drawn, which is then the screen. */
  startedYet: () => boolean
}

export function App({ client: startClient, started, startedYet }: AppProps) {
  const [client, setClient] = useState(startClient)
  const clientNow = useRef(client)
  useLayoutEffect(() => {
    clientNow.current = client
  }, [client])
  const ready = useSettled(started, startedYet)
  const [reloadError, setReloadError] = useState<string | null>(null)
  const [place, setPlace] = useState<Place>(() => placeFromHash(window.location.hash))
  const { screen } = place
  const screenNow = useRef(screen)
  useLayoutEffect(() => {
    screenNow.current = screen
  }, [screen])
  const [generation, setGeneration] = useState(0)

  /**
   * Another journal (or a restored one): a fresh cache, its start-up answers read before the
   * screens are shown again, so the screen on view stays until the other journal can replace it.
   */
  const reloadJournal = useCallback(async () => {
    const next = createQueryClient()
    try {
      await Promise.all(
        START.map((channel) =>
          next.fetchQuery({
            queryKey: keyOf(channel, undefined),
            queryFn: () => callApi(channel, undefined),
          }),
        ),
      )
      setClient(next)
      setGeneration((g) => g + 1)
      setReloadError(null)
    } catch (e) {
      setReloadError(messageOf(e))
    }
  }, [])

  const navigate = useCallback((id: ScreenId, section?: SettingsSectionId) => {
    const next: Place = { screen: id, section: section ?? null }
    openingScreen()
    askOnOpening(clientNow.current, next.screen, screenNow.current)
    startTransition(() => setPlace(next))
    window.history.replaceState(null, '', hashOf(next))
  }, [])
  useAppCommands(navigate)

  useEffect(() => {
    const onHash = () => {
      const next = placeFromHash(window.location.hash)
      openingScreen()
      askOnOpening(clientNow.current, next.screen, screenNow.current)
      startTransition(() => setPlace(next))
    }
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
        <QueryClientProvider client={client}>
          <JournalScreens
            key={generation}
            place={place}
            navigate={navigate}
            reloadJournal={reloadJournal}
            reloadError={reloadError}
            ready={ready}
          />
        </QueryClientProvider>
      </main>
    </div>
  )
}

interface ScreensProps {
  place: Place
  navigate: (screen: ScreenId, section?: SettingsSectionId) => void
  reloadJournal: () => Promise<void>
  reloadError: string | null
  /** What the first screen shows is in (later journals are read in full before they show). */
  ready: boolean
}

/** The open journal: its start-up answers, then the notices above every screen and the screen. */
function JournalScreens({ place, navigate, reloadJournal, reloadError, ready }: ScreensProps) {
  const { screen } = place
  const client = useQueryClient()
  const write = useWrite()
  const settings = useApiQuery('settings:get', undefined)
  const catalog = useApiQuery('catalog:get', undefined)
  const info = useApiQuery('app:info', undefined)
  const error = reloadError ?? settings.error ?? catalog.error ?? info.error
  const theme = settings.data?.theme
  useLayoutEffect(() => {
    if (theme) applyTheme(theme)
  }, [theme])
  const { dayStartHour, welcomeDismissed } = settings.data ?? {}
  const ownJournal = info.data?.journal === 'real'
  useEffect(() => {
    if (ownJournal && dayStartHour !== undefined && welcomeDismissed !== undefined && theme) {
      rememberStartHints({ dayStartHour, welcomeDismissed, theme })
    }
  }, [ownJournal, dayStartHour, welcomeDismissed, theme])

  const state = useMemo<JournalState | null>(() => {
    // The screen comes whole, once what it shows at start is in: nothing then moves in above
    // the form (the welcome, the two-week strip) nor is drawn twice.
    if (!ready || !settings.data || !catalog.data || !info.data) return null
    return {
      settings: settings.data,
      catalog: catalog.data,
      info: info.data,
      navigate,
      reloadJournal,
      // Joins a read already under way (a catalog write asks again by itself).
      refreshCatalog: () =>
        client.refetchQueries(
          { queryKey: keyOf('catalog:get', undefined) },
          { cancelRefetch: false },
        ),
      updateSettings: async (patch) => {
        applyTheme((await write('settings:update', patch)).theme)
      },
    }
  }, [ready, settings.data, catalog.data, info.data, navigate, reloadJournal, client, write])

  // The other screens' scripts, once the first one is shown and the page has nothing else to do.
  const started = state !== null
  useEffect(() => (started ? prefetchScreensWhenIdle() : undefined), [started])

  return (
    <div className="content-inner">
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
  )
}
