/** The main window, hardened: see security.ts for the settings and their tests. */
import { BrowserWindow, shell } from 'electron'
import { join } from 'node:path'
import { APP_ORIGIN, decideNavigation, decideWindowOpen, secureWebPreferences } from './security'
import { MIN_SIZE, type Rect } from './window-state'

export function createMainWindow(
  devServerUrl: string | undefined,
  placement: { bounds: Partial<Rect> & { width: number; height: number }; maximized: boolean },
): BrowserWindow {
  const win = new BrowserWindow({
    ...placement.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Pain Journal',
    backgroundColor: '#f7f7f5',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
  })
  win.once('ready-to-show', () => {
    if (placement.maximized) win.maximize()
    win.show()
  })

  // Nothing but our own pages in this window; new windows are never opened. A link to one of
  // the few known sites (links.ts) opens in the browser instead.
  const guard = (event: { preventDefault(): void }, url: string) => {
    const decision = decideNavigation(url, devServerUrl)
    if (decision.allow) return
    event.preventDefault()
    if (decision.external) void shell.openExternal(decision.external)
  }
  win.webContents.on('will-navigate', guard)
  win.webContents.on('will-redirect', guard)
  win.webContents.setWindowOpenHandler(({ url }) => {
    const decision = decideWindowOpen(url)
    if (decision.external) void shell.openExternal(decision.external)
    return { action: decision.action }
  })
  win.webContents.on('will-attach-webview', (event) => event.preventDefault())

  void win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`)
  return win
}
