/** The main window, hardened: see security.ts for the settings and their tests. */
import { BrowserWindow } from 'electron'
import { join } from 'node:path'
import { APP_ORIGIN, isAppUrl, secureWebPreferences } from './security'

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

  // Nothing but our own pages in this window; new windows are never opened.
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault()
  })
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  win.webContents.on('will-attach-webview', (event) => event.preventDefault())

  void win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`)
  return win
}
