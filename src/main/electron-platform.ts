/** The Platform implemented with Electron: native dialogs, printToPDF, opening files. */
import { BrowserWindow, dialog, shell } from 'electron'
import { openExternalSafely } from './links'
import type { Platform } from './platform'
import { pdfWindowWebPreferences } from './security'

const PDF_TIMEOUT_MS = 30_000

export function electronPlatform(parent: () => BrowserWindow | null): Platform {
  return {
    async chooseSavePath({ title, defaultName, filters }) {
      const win = parent()
      const options = { title, defaultPath: defaultName, filters }
      const result = win
        ? await dialog.showSaveDialog(win, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    async chooseOpenPath({ title, filters }) {
      const win = parent()
      const options = { title, filters, properties: ['openFile' as const] }
      const result = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    async printToPdf(html, { pageSize }) {
      // A hidden, sandboxed window with JavaScript off: the report is static HTML.
      const win = new BrowserWindow({
        show: false,
        webPreferences: pdfWindowWebPreferences(),
      })
      try {
        const work = (async () => {
          await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`)
          return win.webContents.printToPDF({ pageSize, printBackground: true })
        })()
        const timeout = new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('Making the PDF took too long.')), PDF_TIMEOUT_MS),
        )
        return new Uint8Array(await Promise.race([work, timeout]))
      } finally {
        win.destroy()
      }
    },
    async openPath(path) {
      const error = await shell.openPath(path)
      if (error) throw new Error(error)
    },
    async openExternal(url) {
      // Checked again here, so no caller can skip the allowlist.
      await openExternalSafely(url, (safe) => shell.openExternal(safe))
    },
  }
}
