/**
 * The few things only Electron can do, behind one small interface handed to the router.
 * The shell implements it with Electron (electron-platform.ts); the e2e harness with
 * Chromium/Playwright equivalents. Everything behind the router is the real code either way.
 */
export interface FileFilter {
  name: string
  extensions: string[]
}

export interface Platform {
  /** Asks where to save a file; null when the person cancels. */
  chooseSavePath(options: {
    title: string
    defaultName: string
    filters: FileFilter[]
  }): Promise<string | null>
  /** Asks for a file to open; null when the person cancels. */
  chooseOpenPath(options: { title: string; filters: FileFilter[] }): Promise<string | null>
  /** Renders HTML to a PDF (Chromium's printing). */
  printToPdf(html: string, options: { pageSize: 'A4' | 'Letter' }): Promise<Uint8Array>
  /** Opens a file with the system's default program. */
  openPath(path: string): Promise<void>
  /** Opens an https URL in the browser. Only called with URLs that passed links.ts. */
  openExternal(url: string): Promise<void>
}
