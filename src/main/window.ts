/** The main window, hardened: see security.ts for the settings and their tests. */
import { BrowserWindow } from 'electron'
import { join } from 'node:path'
import { APP_ORIGIN, isAppUrl, secureWebPreferences } from './security'
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

  // Nothing but our own pages in this window; new windows are never opened.
  win.webContents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault()
  })
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  win.webContents.on('will-attach-webview', (event) => event.preventDefault())

  void win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`)
  return win
}
