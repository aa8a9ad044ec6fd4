/**
 * The Electron main process: app lifecycle, the app:// protocol, permissions, IPC and the window.
 * Everything else (database, router, report) is Electron-free and lives behind startJournal.
 */
import { app, type BrowserWindow, dialog, net, protocol, screen, session } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { explainStartFailure, pickNativeBinding } from './db/native-binding'
import { getSettings } from './db/repositories/settings'
import { setUpDesktop } from './desktop'
import { electronPlatform } from './electron-platform'
import { registerIpc } from './ipc'
import { chooseDataDir, startJournal, type RunningJournal } from './journal'
import { keepGoing, logFailure } from './keep-going'
import { appUserModelId } from './notifications'
import { startupFailure } from './startup-failure'
import { APP_SCHEME, CONTENT_SECURITY_POLICY, lockDownSession, resolveAppUrl } from './security'
import { createMainWindow } from './window'
import { restoreWindowState } from './window-state'
import { readWindowState, writeWindowState } from './window-state-store'

// Windows attributes toasts and taskbar pins by this ID; it must be set before any UI.
if (process.platform === 'win32') {
  app.setAppUserModelId(appUserModelId(app.isPackaged, process.execPath))
}

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
])

let mainWindow: BrowserWindow | null = null
let journal: RunningJournal | null = null

function registerAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppUrl(request.url, rendererDir)
    if (!file) return new Response('Not found', { status: 404 })
    const response = await net.fetch(pathToFileURL(file).toString())
    const headers = new Headers(response.headers)
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY)
    headers.set('X-Content-Type-Options', 'nosniff')
    return new Response(response.body, { status: response.status, headers })
  })
}

async function main(): Promise<void> {
  await app.whenReady()
  lockDownSession(session.defaultSession)

  const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
  registerAppProtocol(join(__dirname, '../renderer'))

  const packaged = app.isPackaged
  const nativeBinding = pickNativeBinding(
    {
      electron: process.versions.electron,
      abi: process.versions.modules,
      platform: process.platform,
      arch: process.arch,
      packaged,
    },
    { appRoot: app.getAppPath(), resourcesPath: process.resourcesPath },
  )
  const dataDir = chooseDataDir(process.env['PAIN_JOURNAL_DATA_DIR'], app.getPath('userData'))
  try {
    journal = await startJournal({
      dataDir,
      version: app.getVersion(),
      platform: electronPlatform(() => mainWindow),
      nativeBinding,
    })
  } catch (error) {
    const cause = explainStartFailure(error, nativeBinding, process.versions.modules, packaged)
    const failure = startupFailure(cause, dataDir)
    dialog.showErrorBox(failure.title, failure.message)
    app.quit()
    return
  }
  const running = journal
  // The daily backup is also due when the app stays open past midnight.
  setInterval(
    keepGoing('The daily backup', () => running.ensureDailyBackup()),
    60 * 60 * 1000,
  )
  const showWindow = (): BrowserWindow => {
    if (!mainWindow) {
      // A new window shows itself when its page is ready (no white flash).
      mainWindow = openWindow(running, devServerUrl)
      return mainWindow
    }
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.show()
    mainWindow.focus()
    return mainWindow
  }
  const desktop = setUpDesktop(running, showWindow)
  registerIpc(running.router, devServerUrl, {
    afterSuccess: (channel) => {
      if (channel === 'settings:update') desktop.applySettings()
    },
    rendererListening: (contents) => desktop.rendererListening(contents),
  })
  showWindow()
  app.on('second-instance', () => showWindow())
  app.on('activate', () => showWindow())
  app.on('before-quit', () => {
    quitting = true
    desktop.dispose()
  })
}

let quitting = false

/** The main window, placed where it was last time, and kept in the tray on close if asked. */
function openWindow(running: RunningJournal, devServerUrl: string | undefined): BrowserWindow {
  const dataDir = running.paths.dataDir
  const areas = screen.getAllDisplays().map((d) => d.workArea)
  const win = createMainWindow(devServerUrl, restoreWindowState(readWindowState(dataDir), areas))
  win.on('close', (event) => {
    writeWindowState(dataDir, { bounds: win.getNormalBounds(), maximized: win.isMaximized() })
    if (!quitting && keepsInTray(running)) {
      event.preventDefault()
      win.hide()
    }
  })
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null
  })
  return win
}

/** Whether closing the window keeps the app in the tray; if the journal cannot say, it closes. */
function keepsInTray(running: RunningJournal): boolean {
  try {
    return getSettings(running.db()).reminders.keepInTray
  } catch (error) {
    logFailure('Reading the tray setting', error)
    return false
  }
}

// Every web contents, including the hidden one that prints PDFs: no new windows, no webviews.
app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-attach-webview', (event) => event.preventDefault())
})

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
app.on('will-quit', () => journal?.close())

// One Pain Journal at a time: a second launch focuses the first (see 'second-instance').
if (app.requestSingleInstanceLock()) void main()
else app.quit()
