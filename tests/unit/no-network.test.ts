/**
 * "The app makes no network calls" (DESIGN.md section 6), feature by feature: everything in
 * Electron that can reach the network on its own, and how the app keeps each one off. The app
 * cannot be launched here, so each is checked in the code that sets it up.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  CONTENT_SECURITY_POLICY,
  lockDownSession,
  pdfWindowWebPreferences,
  secureWebPreferences,
  type SessionSettings,
} from '../../src/main/security'

const ROOT = resolve(__dirname, '../..')

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
}
const shellAndCore = [...sourceFiles('src/main'), ...sourceFiles('src/preload')]
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8')

/** The session as the app leaves it, recorded through a fake. */
function lockedDownSession() {
  const state = {
    spellChecker: true,
    requestAnswers: [] as boolean[],
    checkAnswer: true as boolean,
  }
  const fake: SessionSettings = {
    setPermissionRequestHandler(handler) {
      for (const permission of ['geolocation', 'notifications', 'media', 'openExternal'])
        handler({}, permission, (granted) => state.requestAnswers.push(granted))
    },
    setPermissionCheckHandler(handler) {
      state.checkAnswer = handler()
    },
    setSpellCheckerEnabled(enable) {
      state.spellChecker = enable
    },
  }
  lockDownSession(fake)
  return state
}

describe('what could reach the network, and how each is kept off', () => {
  it('the spellchecker (Hunspell dictionaries from Google on Windows and Linux): off everywhere', () => {
    expect(secureWebPreferences('/p.js').spellcheck).toBe(false)
    expect(pdfWindowWebPreferences().spellcheck).toBe(false)
    expect(lockedDownSession().spellChecker).toBe(false)
    for (const file of shellAndCore) expect(read(file), file).not.toMatch(/spellcheck:\s*true/)
    expect(read('src/main/index.ts')).toMatch(/lockDownSession\(session\.defaultSession\)/)
  })

  it('permissions (location asks a Google service): every request and check denied', () => {
    const session = lockedDownSession()
    expect(session.requestAnswers).toEqual([false, false, false, false])
    expect(session.checkAnswer).toBe(false)
  })

  it('the page (fetch, sockets, images, fonts, frames): only its own files, by its policy', () => {
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'self'/)
    expect(CONTENT_SECURITY_POLICY).toMatch(/connect-src 'none'/)
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/)
  })

  it('every window is built with the preferences above', () => {
    const windows = shellAndCore.flatMap((file) =>
      [...read(file).matchAll(/new BrowserWindow\(\{[\s\S]*?webPreferences: (\w+)\(/g)].map(
        (m) => `${file}: ${m[1]}`,
      ),
    )
    expect(windows.sort()).toEqual([
      'src/main/electron-platform.ts: pdfWindowWebPreferences',
      'src/main/window.ts: secureWebPreferences',
    ])
    const all = shellAndCore.flatMap((file) => read(file).match(/new BrowserWindow\(/g) ?? [])
    expect(all).toHaveLength(windows.length)
  })

  it('windows load only the app, the dev server in development, or the report as data:', () => {
    const loads = shellAndCore.flatMap((file) =>
      [...read(file).matchAll(/\.loadURL\(([^)]*)\)/g)].map((m) => `${file}: ${m[1]}`),
    )
    expect(loads.sort()).toEqual([
      'src/main/electron-platform.ts: `data:text/html;charset=utf-8,${encodeURIComponent(html',
      'src/main/window.ts: devServerUrl ?? `${APP_ORIGIN}/index.html`',
    ])
  })

  it('the main process: no HTTP client, updater, crash upload, preconnect or download', () => {
    const forbidden = [
      /from 'node:(http|https|http2|net|tls|dgram)'/,
      /\bnet\.request\(/,
      /(?<![.\w])fetch\(/,
      /\b(autoUpdater|crashReporter)\b/,
      /\.(preconnect|downloadURL|setProxy|setSpellCheckerDictionaryDownloadURL)\(/,
    ]
    for (const file of shellAndCore) {
      const text = read(file)
      for (const pattern of forbidden) expect(text, `${file} ${pattern}`).not.toMatch(pattern)
    }
    // Electron's net is used once: to read the app's own files for the app:// protocol.
    const netCalls = shellAndCore.flatMap((file) => read(file).match(/\bnet\.\w+\([^)]*\)?/g) ?? [])
    expect(netCalls).toEqual(['net.fetch(pathToFileURL(file)'])
  })
})
