/** The main window, hardened: see security.ts for the settings and their tests. */
import { BrowserWindow, shell } from 'electron'
import { join } from 'node:path'
import { APP_ORIGIN, decideNavigation, decideWindowOpen, secureWebPreferences } from './security'

export function createMainWindow(devServerUrl?: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1180,
    height: 800,
    minWidth: 720,
    minHeight: 560,
    show: false,
    title: 'Pain Journal',
    backgroundColor: '#f7f7f5',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
  })
  win.once('ready-to-show', () => win.show())

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
