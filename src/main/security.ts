/**
 * The security settings of the app window, in one place so tests can read them
 * (DESIGN.md section 6; Electron's security checklist).
 */
import { resolve, sep } from 'node:path'
import { allowedExternalUrl } from './links'

export const APP_SCHEME = 'app'
export const APP_ORIGIN = `${APP_SCHEME}://pain-journal`

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

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
    spellcheck: true,
  } as const
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
