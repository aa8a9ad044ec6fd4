/**
 * The security settings of the app window, in one place so tests can read them
 * (DESIGN.md section 6; Electron's security checklist).
 */
import { resolve, sep } from 'node:path'
import { allowedExternalUrl } from './links'

export const APP_SCHEME = 'app'
export const APP_ORIGIN = `${APP_SCHEME}://pain-journal`

const POLICY: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
}

export interface PolicyOptions {
  /**
   * `npm run dev` only: Vite's dev server injects its styles as <style> tags and React Refresh
   * as an inline script, all stamped with this nonce (Vite's `html.cspNonce`); live reload
   * talks to the server over a WebSocket on the page's own origin, and waits for a restarted
   * server from a worker it makes from a blob: URL.
   */
  devNonce?: string
  /** For a <meta> tag, which cannot carry frame-ancestors (Chromium warns and ignores it). */
  meta?: boolean
}

/** The renderer's Content Security Policy: the app's strict one, or dev's (see options). */
export function contentSecurityPolicy({ devNonce, meta = false }: PolicyOptions = {}): string {
  const policy: Record<string, readonly string[]> = { ...POLICY }
  if (devNonce !== undefined) {
    if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(devNonce)) throw new RangeError('Not a usable nonce')
    policy['script-src'] = ["'self'", `'nonce-${devNonce}'`]
    policy['style-src'] = ["'self'", `'nonce-${devNonce}'`]
    policy['connect-src'] = ["'self'"]
    policy['worker-src'] = ["'self'", 'blob:']
  }
  if (meta) delete policy['frame-ancestors']
  return Object.entries(policy)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')
}

/** What every app:// response carries. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy()

/**
 * Shared by every window. Chromium's spellchecker is on by default in Electron, and on Windows
 * and Linux it downloads Hunspell dictionaries from Google's CDN: off, here and in the session.
 */
const NO_NETWORK_FEATURES = { spellcheck: false } as const

export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    ...NO_NETWORK_FEATURES,
  } as const
}

/** The hidden window that prints the report: static HTML, so no script at all. */
export function pdfWindowWebPreferences() {
  return {
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    javascript: false,
    webSecurity: true,
    webviewTag: false,
    ...NO_NETWORK_FEATURES,
  } as const
}

/** The part of Electron's Session the app configures (a fake one in the tests). */
export interface SessionSettings {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
    ) => void,
  ): void
  setPermissionCheckHandler(handler: () => boolean): void
  setSpellCheckerEnabled(enable: boolean): void
}

/**
 * A local app asks for no camera, microphone, location (which asks Google's location service)
 * or notifications from the page, and never runs the spellchecker, which downloads dictionaries.
 */
export function lockDownSession(session: SessionSettings): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setSpellCheckerEnabled(false)
}

/**
 * Maps an `app://pain-journal/...` URL to a file inside the renderer folder, or null when the URL
 * is for another host or tries to leave the folder (`..`, encoded slashes).
 */
export function resolveAppUrl(url: string, rendererDir: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== 'pain-journal') return null
  if (parsed.username !== '' || parsed.password !== '') return null
  let pathname: string
  try {
    pathname = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '')
  const root = resolve(rendererDir)
  const file = resolve(root, relative)
  return file === root || file.startsWith(root + sep) ? file : null
}

/** Is this a URL the app window may show? Only our own pages (and the dev server in dev). */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  if (url.startsWith(`${APP_ORIGIN}/`)) return true
  if (devServerUrl) {
    try {
      return new URL(url).origin === new URL(devServerUrl).origin
    } catch {
      return false
    }
  }
  return false
}

/** The part of Electron's WebFrameMain the sender check needs. */
export interface SenderFrame {
  url: string
  parent: unknown
}

/** IPC is answered only for our own page in the top frame of our window. */
export function isTrustedFrame(
  frame: SenderFrame | null | undefined,
  devServerUrl?: string,
): boolean {
  return !!frame && frame.parent === null && isAppUrl(frame.url, devServerUrl)
}

export interface NavigationDecision {
  /** Let the window navigate there (only our own pages). */
  allow: boolean
  /** An allowed external link to hand to the browser instead, or null. */
  external: string | null
}

/** For `will-navigate` and `will-redirect`: our pages only; known https links go to the browser. */
export function decideNavigation(url: string, devServerUrl?: string): NavigationDecision {
  if (isAppUrl(url, devServerUrl)) return { allow: true, external: null }
  return { allow: false, external: allowedExternalUrl(url) }
}

/** For `setWindowOpenHandler`: never a new window; known https links go to the browser. */
export function decideWindowOpen(url: string): { action: 'deny'; external: string | null } {
  return { action: 'deny', external: allowedExternalUrl(url) }
}
