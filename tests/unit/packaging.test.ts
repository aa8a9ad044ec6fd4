/**
 * The electron-builder config, read with electron-builder's own loader: targets per platform,
 * the icons they point at (real PNGs at the sizes each platform needs), and what goes into the
 * package. tests/package/package.test.ts packs the app for Linux against a stand-in Electron and
 * reads the result; the fuses are checked in hardening.test.ts ("the packaging config").
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { packageArgs } from '../../scripts/electron-target.mjs'
import { TRAY_ICON_DIR, trayIcon } from '../../src/main/tray-icon'

const ROOT = resolve(__dirname, '../..')

interface PlatformConfig {
  target?: unknown
  icon?: string | null
  category?: string | null
}
interface BuilderConfig {
  appId?: string | null
  productName?: string | null
  files?: unknown
  npmRebuild?: boolean
  extraResources?: unknown
  electronFuses?: unknown
  mac?: PlatformConfig | null
  win?: PlatformConfig | null
  linux?: PlatformConfig | null
}

/** Width and height from a PNG's IHDR chunk, which always starts at byte 16. */
export function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path)
  const signature = bytes.subarray(0, 8).toString('hex')
  if (signature !== '89504e470d0a1a0a') throw new Error(`${path} is not a PNG`)
  if (bytes.subarray(12, 16).toString('ascii') !== 'IHDR') throw new Error(`${path}: no IHDR`)
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

const targetNames = (target: unknown): string[] =>
  (Array.isArray(target) ? target : [target]).map((t) =>
    typeof t === 'string' ? t : String((t as { target: string }).target),
  )

let config: BuilderConfig

beforeAll(async () => {
  const { getConfig, validateConfiguration } =
    await import('app-builder-lib/out/util/config/config.js')
  const { DebugLogger } = await import('builder-util')
  const loaded = await getConfig(ROOT, null, null)
  await validateConfiguration(loaded, new DebugLogger(false))
  config = loaded
}, 30_000)

describe('the packaging config', () => {
  it('names the app', () => {
    expect(config.appId).toBe('org.painjournal.desktop')
    expect(config.productName).toBe('Pain Journal')
  })

  it('uses the same name when run from source, so the journal lives in one folder either way', () => {
    // Electron names the user-data folder after productName (falling back to name).
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      productName?: string
    }
    expect(pkg.productName).toBe(config.productName)
  })

  it('builds an AppImage and a deb on Linux, a dmg on macOS and an installer on Windows', () => {
    expect(targetNames(config.linux?.target).sort()).toEqual(['AppImage', 'deb'])
    expect(targetNames(config.mac?.target)).toEqual(['dmg'])
    expect(targetNames(config.win?.target)).toEqual(['nsis'])
    expect(config.mac?.category).toBe('public.app-category.healthcare-fitness')
    expect(config.linux?.category?.split(';')).toEqual(['Utility', 'MedicalSoftware'])
  })

  it('packs only the built app, its manifest and its icons', () => {
    // The loader turns the list into file sets: [{ filter: [...] }].
    const patterns = (config.files as { filter: string[] }[]).flatMap((set) => set.filter)
    expect(patterns.filter((p) => !p.startsWith('!'))).toEqual([
      'out/**/*',
      'package.json',
      `${TRAY_ICON_DIR}/**/*`,
    ])
    // Never rebuilt in node_modules: the Electron build npm start uses goes in, outside the asar
    // (tests/package/package.test.ts packs the app and checks where it lands).
    expect(config.npmRebuild).toBe(false)
    expect(config.extraResources).toEqual([
      { from: '.native', to: 'native', filter: ['electron-v*/better_sqlite3.node'] },
    ])
    // Fuses: hardening.test.ts checks each one; here only that they are there.
    expect(config.electronFuses).toBeTypeOf('object')
  })

  it('points macOS and Windows at a 1024 px square icon', () => {
    for (const icon of [config.mac?.icon, config.win?.icon]) {
      expect(icon).toBe('resources/icon.png')
      expect(pngSize(join(ROOT, String(icon)))).toEqual({ width: 1024, height: 1024 })
    }
  })

  it('points Linux at a folder of icons, each PNG as large as its name says', () => {
    const dir = join(ROOT, String(config.linux?.icon))
    expect(config.linux?.icon).toBe('resources/icons')
    const files = readdirSync(dir).filter((f) => f.endsWith('.png'))
    const sizes = files.map((file) => {
      const match = /^(\d+)x(\d+)\.png$/.exec(file)
      expect(match, file).not.toBeNull()
      const size = pngSize(join(dir, file))
      expect(size, file).toEqual({ width: Number(match?.[1]), height: Number(match?.[2]) })
      return size.width
    })
    // The sizes desktop environments look for, up to the 512 px AppImage and store icons.
    for (const wanted of [16, 24, 32, 48, 64, 128, 256, 512]) expect(sizes).toContain(wanted)
  })

  it('keeps the icons made from one SVG source', () => {
    expect(readFileSync(join(ROOT, 'resources/icon.svg'), 'utf8')).toMatch(/^<svg[\s>]/)
  })

  it.each(['darwin', 'win32', 'linux'] as const)(
    'has the %s tray icon at 16 px with its 32 px @2x',
    (platform) => {
      const icon = trayIcon(platform)
      const file = join(ROOT, TRAY_ICON_DIR, icon.file)
      expect(pngSize(file)).toEqual({ width: 16, height: 16 })
      expect(pngSize(file.replace(/\.png$/, '@2x.png'))).toEqual({ width: 32, height: 32 })
      // macOS knows a template image by its name, and recolours it for the menu bar.
      expect(icon.file.endsWith('Template.png')).toBe(icon.template)
      expect(icon.template).toBe(platform === 'darwin')
    },
  )

  it('draws the macOS template from black only: the menu bar supplies the colour', () => {
    const svg = readFileSync(join(ROOT, 'resources/tray.svg'), 'utf8')
    const colours = [...svg.matchAll(/(?:fill|stroke)="([^"]+)"/g)].map((m) => m[1])
    expect(colours.length).toBeGreaterThan(0)
    for (const colour of colours) expect(colour).toMatch(/^(#000|#000000|black|none)$/)
  })

  it('has npm scripts that build first, then package through scripts/package.mjs', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>
    }
    expect(pkg.scripts['package']).toBe('npm run build && node scripts/package.mjs')
    for (const flag of ['linux', 'mac', 'win'])
      expect(pkg.scripts[`package:${flag}`]).toBe(
        `npm run build && node scripts/package.mjs --${flag}`,
      )
  })

  it('packs for the installed Electron’s platform and arch, never publishing', () => {
    const appleSilicon = { platform: 'darwin', arch: 'arm64' }
    // Under Rosetta Node says x64; the arch comes from Electron, so the package is arm64.
    expect(packageArgs(undefined, appleSilicon)).toEqual(['--mac', '--arm64', '--publish', 'never'])
    expect(packageArgs('--mac', appleSilicon)).toEqual(['--mac', '--arm64', '--publish', 'never'])
    expect(packageArgs('--linux', { platform: 'linux', arch: 'x64' })).toEqual([
      '--linux',
      '--x64',
      '--publish',
      'never',
    ])
  })

  it('refuses to package for another system, whose native module it cannot build', () => {
    expect(() => packageArgs('--win', { platform: 'linux', arch: 'x64' })).toThrow(
      /package on that system/,
    )
  })
})

describe('the Node.js version', () => {
  const manifest = (path: string) =>
    JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as { engines?: { node?: string } }

  // ">=22.12.0" and ">= 22.12.0" say the same.
  const range = (path: string) => String(manifest(path).engines?.node).replace(/\s/g, '')

  it('asks for what Electron’s installer needs, so npm says so on install', () => {
    expect(range('package.json')).toMatch(/^>=\d+\.\d+\.\d+$/)
    expect(range('package.json')).toBe(range('node_modules/electron/package.json'))
  })

  it('is named in the README’s start instructions', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
    const start = readme.slice(readme.indexOf('## Two commands'), readme.indexOf('## Using it'))
    const [major, minor] = range('package.json').slice(2).split('.')
    expect(start).toContain(`Node.js ${major}.${minor}`)
  })
})

describe('reading a PNG size', () => {
  it('refuses a file that is not a PNG', () => {
    expect(() => pngSize(join(ROOT, 'resources/icon.svg'))).toThrow(/not a PNG/)
  })
})
