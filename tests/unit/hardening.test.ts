/**
 * Electron's security checklist, item by item, read from the code that builds each piece
 * (DESIGN.md section 6). The app itself cannot be launched here (no Electron binary), so every
 * decision the shell makes is a pure function tested directly.
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { APP_COMMAND_EVENT, CHANNELS, createBridge } from '../../src/shared/channels'
import { contract } from '../../src/shared/contract'
import { guardedHandler } from '../../src/main/ipc-guard'
import { ALLOWED_LINK_HOSTS, allowedExternalUrl, openExternalSafely } from '../../src/main/links'
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  decideNavigation,
  decideWindowOpen,
  isAppUrl,
  isTrustedFrame,
  resolveAppUrl,
  secureWebPreferences,
} from '../../src/main/security'
import type { Router } from '../../src/main/service/router'

const ROOT = resolve(__dirname, '../..')
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')

describe('the window', () => {
  const prefs = secureWebPreferences('/app/preload.js')

  it('isolates the page: context isolation, sandbox, no Node anywhere', () => {
    expect(prefs).toMatchObject({
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
    })
    expect(prefs.preload).toBe('/app/preload.js')
    expect(Object.keys(prefs)).not.toContain('enableBlinkFeatures')
  })

  it('is built with exactly these preferences', () => {
    const window = read('src/main/window.ts')
    expect(window).toMatch(/webPreferences: secureWebPreferences\(/)
    expect(window).toMatch(/on\('will-navigate', guard\)/)
    expect(window).toMatch(/on\('will-redirect', guard\)/)
    expect(window).toMatch(/setWindowOpenHandler\(/)
    expect(window).toMatch(/will-attach-webview', \(event\) => event\.preventDefault\(\)/)
    // The app page comes from app://, never file://.
    expect(window).toMatch(/\$\{APP_ORIGIN\}\/index\.html/)
    expect(window).not.toMatch(/loadFile|file:\/\//)
  })
})

describe('the content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/)
      return [name, values] as const
    }),
  )

  it("allows only the app's own scripts and styles, and nothing from the network", () => {
    expect(directives.get('default-src')).toEqual(["'self'"])
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('style-src')).toEqual(["'self'"])
    expect(directives.get('connect-src')).toEqual(["'none'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('base-uri')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/)
  })

  it('is sent with every app:// response and written into the built page', () => {
    expect(read('src/main/index.ts')).toMatch(
      /headers\.set\('Content-Security-Policy', CONTENT_SECURITY_POLICY\)/,
    )
    // One source: the build writes the <meta> from security.ts (electron.vite.config.ts), and
    // the packaging test reads it back from the packaged page.
    expect(read('src/renderer/index.html')).not.toMatch(/Content-Security-Policy/)
    expect(read('electron.vite.config.ts')).toMatch(/plugins: \[rendererCsp\(\), [^\]]*react\(\)\]/)
  })

  it('in a <meta> tag, is the same policy less frame-ancestors, which a <meta> cannot carry', () => {
    const meta = contentSecurityPolicy({ meta: true })
    expect(meta).not.toMatch(/frame-ancestors/)
    expect(`${meta}; frame-ancestors 'none'`).toBe(CONTENT_SECURITY_POLICY)
  })

  it("for npm run dev only, lets Vite's nonce-stamped tags and live reload in, nothing else", () => {
    const dev = contentSecurityPolicy({ devNonce: 'AbCdEf0123456789+/xy', meta: true })
    const devDirectives = new Map(
      dev.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const),
    )
    expect(devDirectives.get('script-src')).toEqual(["'self'", "'nonce-AbCdEf0123456789+/xy'"])
    expect(devDirectives.get('style-src')).toEqual(["'self'", "'nonce-AbCdEf0123456789+/xy'"])
    expect(devDirectives.get('connect-src')).toEqual(["'self'"])
    expect(devDirectives.get('worker-src')).toEqual(["'self'", 'blob:'])
    for (const name of ['default-src', 'img-src', 'font-src', 'object-src', 'base-uri'])
      expect(devDirectives.get(name), name).toEqual(directives.get(name))
    expect(dev).not.toMatch(/unsafe|\*|https?:/)
    expect(() => contentSecurityPolicy({ devNonce: "x' 'unsafe-inline" })).toThrow(RangeError)
  })
})

describe('the app:// protocol', () => {
  const dir = '/opt/pain-journal/renderer'

  it('serves files inside the renderer folder', () => {
    expect(resolveAppUrl(`${APP_ORIGIN}/`, dir)).toBe(`${dir}/index.html`)
    expect(resolveAppUrl(`${APP_ORIGIN}/index.html`, dir)).toBe(`${dir}/index.html`)
    expect(resolveAppUrl(`${APP_ORIGIN}/assets/app-1.js?v=1#x`, dir)).toBe(`${dir}/assets/app-1.js`)
  })

  it.each([
    ['encoded slashes', `${APP_ORIGIN}/assets%2F..%2F..%2F..%2Fetc%2Fpasswd`],
    ['an encoded backslash', `${APP_ORIGIN}/..%5C..%5Cwindows`],
    ['a NUL byte', `${APP_ORIGIN}/index.html%00.png`],
    ['a broken escape', `${APP_ORIGIN}/%E0%A4%A`],
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://pain-journal.evil/index.html'],
    ['credentials', 'app://user@pain-journal/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['https', 'https://pain-journal/index.html'],
    ['not a URL', 'not a url'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppUrl(url, dir)).toBeNull()
  })

  it.each([
    ['../', `${APP_ORIGIN}/../../etc/passwd`],
    ['an encoded ../', `${APP_ORIGIN}/%2e%2e/%2e%2e/etc/passwd`],
    ['a mixed ../', `${APP_ORIGIN}/assets/.%2E/.%2e/..%2f..%2fetc/passwd`],
  ])('keeps %s inside the folder', (_name, url) => {
    const file = resolveAppUrl(url, dir)
    expect(file === null || file.startsWith(`${dir}/`)).toBe(true)
  })

  it('answers refused URLs with 404 before touching the disk', () => {
    expect(read('src/main/index.ts')).toMatch(
      /const file = resolveAppUrl\(request\.url, rendererDir\)\s+if \(!file\) return new Response\('Not found', \{ status: 404 \}\)/,
    )
  })
})

describe('navigation and new windows', () => {
  it('lets the window show only its own pages', () => {
    expect(decideNavigation(`${APP_ORIGIN}/index.html#today`)).toEqual({
      allow: true,
      external: null,
    })
    for (const url of [
      'https://evil.example/',
      'file:///etc/passwd',
      'app://evil/index.html',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'http://localhost:5173/',
    ]) {
      expect(decideNavigation(url)).toEqual({ allow: false, external: null })
    }
  })

  it('allows the dev server only in development, by origin', () => {
    expect(decideNavigation('http://localhost:5173/#today', 'http://localhost:5173').allow).toBe(
      true,
    )
    expect(decideNavigation('http://localhost:5174/', 'http://localhost:5173').allow).toBe(false)
    expect(isAppUrl('http://localhost:5173.evil.com/', 'http://localhost:5173')).toBe(false)
  })

  it('sends a known https link to the browser instead of navigating', () => {
    expect(decideNavigation('https://medlineplus.gov/backpain.html')).toEqual({
      allow: false,
      external: 'https://medlineplus.gov/backpain.html',
    })
  })

  it('never opens a new window', () => {
    for (const url of [`${APP_ORIGIN}/index.html`, 'https://evil.example/', 'about:blank']) {
      expect(decideWindowOpen(url).action).toBe('deny')
    }
    expect(decideWindowOpen('https://www.nhs.uk/conditions/back-pain/')).toEqual({
      action: 'deny',
      external: 'https://www.nhs.uk/conditions/back-pain/',
    })
    expect(decideWindowOpen('https://evil.example/').external).toBeNull()
  })

  it('denies new windows and webviews for every web contents, the PDF window included', () => {
    const index = read('src/main/index.ts')
    expect(index).toMatch(/app\.on\('web-contents-created'/)
    expect(index).toMatch(/setWindowOpenHandler\(\(\) => \(\{ action: 'deny' \}\)\)/)
  })

  // Permissions and the session: no-network.test.ts.
})

describe('external links', () => {
  it.each([
    'https://medlineplus.gov/backpain.html',
    'https://www.nhs.uk/conditions/back-pain/',
    'https://loinc.org/72514-3',
    'https://hl7.org/fhir/R4/observation.html',
    'https://MEDLINEPLUS.gov/backpain.html',
    'https://medlineplus.gov:443/backpain.html',
  ])('opens %s', (url) => {
    expect(allowedExternalUrl(url)).not.toBeNull()
  })

  it.each([
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['javascript: with a known host in it', 'javascript://medlineplus.gov/%0aalert(1)'],
    ['file:', 'file:///C:/Windows/System32/calc.exe'],
    ['a custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['plain http', 'http://medlineplus.gov/'],
    ['a look-alike suffix', 'https://medlineplus.gov.evil.com/'],
    ['a look-alike prefix', 'https://evilmedlineplus.gov/'],
    ['a subdomain', 'https://phish.medlineplus.gov/'],
    ['a trailing dot', 'https://medlineplus.gov./'],
    ['a homoglyph host', 'https://medlinеplus.gov/'], // Cyrillic е
    ['credentials', 'https://user:pass@medlineplus.gov/'],
    ['a user name that looks like the host', 'https://medlineplus.gov@evil.com/'],
    ['a non-default port', 'https://medlineplus.gov:8443/'],
    ['a backslash trick', 'https://evil.com\\@medlineplus.gov/'],
    ['a newline', 'https://medlineplus.gov/\nx'],
    ['leading spaces', '  https://medlineplus.gov/'],
    ['an IP address', 'https://93.184.216.34/'],
    ['an empty string', ''],
    ['a relative URL', '/backpain.html'],
    ['a huge URL', `https://medlineplus.gov/${'a'.repeat(5000)}`],
  ])('refuses %s', (_name, url) => {
    expect(allowedExternalUrl(url)).toBeNull()
  })

  it('hands only the normalised, allowed URL to the browser', async () => {
    const open = vi.fn(async () => {})
    expect(await openExternalSafely('https://evil.example/', open)).toBe(false)
    expect(open).not.toHaveBeenCalled()
    expect(await openExternalSafely('https://MedlinePlus.gov/a b'.replace(' ', '%20'), open)).toBe(
      true,
    )
    expect(open).toHaveBeenCalledWith('https://medlineplus.gov/a%20b')
  })

  it('is a short list of exact host names, all https sites of health or health-data bodies', () => {
    expect(ALLOWED_LINK_HOSTS.length).toBeLessThanOrEqual(6)
    for (const host of ALLOWED_LINK_HOSTS) expect(host).toMatch(/^[a-z0-9.-]+\.[a-z]+$/)
  })

  it('is the only way the shell opens a link', () => {
    const shellFiles = ['src/main/window.ts', 'src/main/electron-platform.ts', 'src/main/index.ts']
    for (const file of shellFiles) {
      const text = read(file)
      for (const call of text.match(/shell\.openExternal\([^)]*\)/g) ?? []) {
        expect(call, `${file}: ${call}`).toMatch(/openExternal\((safe|decision\.external)\)/)
      }
    }
  })
})

describe('IPC', () => {
  const router: Router & { calls: unknown[] } = {
    calls: [],
    async handle(channel, payload) {
      this.calls.push([channel, payload])
      return { ok: true, value: 'handled' }
    },
  }
  const handler = guardedHandler(router, 'settings:get')

  it('answers our own top-level page', async () => {
    router.calls = []
    const result = await handler(
      { senderFrame: { url: `${APP_ORIGIN}/index.html`, parent: null } },
      undefined,
    )
    expect(result).toEqual({ ok: true, value: 'handled' })
    expect(router.calls).toEqual([['settings:get', undefined]])
  })

  it('still answers when what the shell does after a success throws', async () => {
    const throwing = guardedHandler(router, 'settings:get', undefined, () => {
      throw new Error('tray not ready')
    })
    const errors: unknown[] = []
    const original = console.error
    console.error = (...args: unknown[]) => errors.push(args)
    try {
      const result = await throwing(
        { senderFrame: { url: `${APP_ORIGIN}/index.html`, parent: null } },
        undefined,
      )
      expect(result).toEqual({ ok: true, value: 'handled' })
      expect(errors).toHaveLength(1)
    } finally {
      console.error = original
    }
  })

  it.each([
    ['no frame', null],
    ['a sub-frame of our page', { url: `${APP_ORIGIN}/index.html`, parent: {} }],
    ['another site', { url: 'https://evil.example/', parent: null }],
    ['a file: page', { url: 'file:///tmp/x.html', parent: null }],
    ['a data: page', { url: 'data:text/html,hi', parent: null }],
    ['a look-alike origin', { url: 'app://pain-journal.evil/index.html', parent: null }],
  ])('refuses %s before the router sees the payload', async (_name, frame) => {
    router.calls = []
    const result = await handler({ senderFrame: frame }, { anything: true })
    expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } })
    expect(router.calls).toEqual([])
    expect(isTrustedFrame(frame)).toBe(false)
  })

  it('registers exactly one guarded handler per contract channel', () => {
    const ipc = read('src/main/ipc.ts')
    expect(ipc).toMatch(/for \(const channel of Object\.values\(CHANNELS\)\)/)
    expect(ipc).toMatch(
      /ipcMain\.handle\(channel, guardedHandler\(router, channel, devServerUrl, hooks\.afterSuccess\)\)/,
    )
    // Besides them, only the page's "I listen for app commands", also from our own page only.
    expect(ipc.match(/ipcMain\.(handle|on)\(/g)).toEqual(['ipcMain.handle(', 'ipcMain.on('])
    expect(ipc).toMatch(
      /ipcMain\.on\(APP_READY_EVENT, \(event\) => \{\s+if \(isTrustedFrame\(event\.senderFrame, devServerUrl\)\) hooks\.rendererListening\(event\.sender\)/,
    )
  })
})

describe('the preload', () => {
  const preload = read('src/preload/index.ts')

  it('exposes one object, built from the contract, and never ipcRenderer itself', () => {
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1)
    expect(preload).toMatch(/exposeInMainWorld\(\s*'painJournal',\s*createBridge\(\s*CHANNELS,/)
    // invoke for the contract's channels; on/removeListener only for the app-command event;
    // send only to say the page listens for app commands.
    expect(preload.match(/ipcRenderer\.\w+/g)).toEqual([
      'ipcRenderer.invoke',
      'ipcRenderer.on',
      'ipcRenderer.removeListener',
      'ipcRenderer.send',
    ])
    expect(preload).toContain('APP_COMMAND_EVENT,')
    expect(preload).toContain('() => ipcRenderer.send(APP_READY_EVENT),')
    expect(preload).not.toMatch(/\b(require|process|remote|shell|webFrame)\b/)
    const imports = [...preload.matchAll(/from '([^']+)'/g)].map((m) => m[1])
    expect(imports).toEqual(['electron', '../shared/channels'])
  })

  it('has one method per contract channel, onAppCommand, and nothing else, frozen', async () => {
    const calls: unknown[] = []
    const bridge = createBridge(
      CHANNELS,
      async (channel, payload) => {
        calls.push([channel, payload])
        return null
      },
      () => () => {},
      APP_COMMAND_EVENT,
      () => {},
    )
    expect(Object.keys(bridge).sort()).toEqual([...Object.keys(CHANNELS), 'onAppCommand'].sort())
    expect(Object.values(CHANNELS).sort()).toEqual(Object.keys(contract).sort())
    expect(Object.isFrozen(bridge)).toBe(true)
    await bridge['saveCheckin']!({ pain: 1 })
    expect(calls).toEqual([['checkins:save', { pain: 1 }]])
  })
})

describe('the packaging config', { timeout: 30_000 }, () => {
  it('sets every Electron fuse the checklist asks for, valid for electron-builder', async () => {
    // electron-builder's own loader and schema validation, so a misspelt key fails here.
    const { getConfig, validateConfiguration } =
      await import('app-builder-lib/out/util/config/config.js')
    const { DebugLogger } = await import('builder-util')
    const config = await getConfig(ROOT, null, null)
    await validateConfiguration(config, new DebugLogger(false))
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
      // Fuses change the binary: an unsigned macOS build must be re-signed ad hoc to start.
      resetAdHocDarwinSignature: true,
    })
    expect(config.productName).toBe('Pain Journal')
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/)
    expect(config.asar).toBe(true)
  })

  it('would reject a misspelt fuse', async () => {
    const { getConfig, validateConfiguration } =
      await import('app-builder-lib/out/util/config/config.js')
    const { DebugLogger } = await import('builder-util')
    const config = await getConfig(ROOT, null, null)
    const wrong = { ...config, electronFuses: { ...config.electronFuses, runAsNod: false } }
    await expect(validateConfiguration(wrong, new DebugLogger(false))).rejects.toThrow(
      /electronFuses/,
    )
  })
})
