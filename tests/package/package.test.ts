/**
 * Packaging, for real, without the internet: electron-builder runs on this project with its own
 * config (electron-builder.yml) for a Linux .deb, against a stand-in Electron distribution
 * (`electronDist`, so nothing is downloaded) and a stand-in Electron build of better-sqlite3 in
 * place of the one `npm run package` prepares. It stops only where a tool from the internet would
 * take over (fpm, which writes the .deb file). The test then reads what it made: the unpacked
 * app, its app.asar, the fuses and the .deb's metadata. Needs `npm run build` first.
 */
import { extractFile, listPackage } from '@electron/asar'
import { Arch, type FileSet, Platform, build } from 'electron-builder'
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  BINDING_FILE,
  abiOfBinary,
  bindingFolder,
  pickNativeBinding,
} from '../../src/main/db/native-binding'
import { contentSecurityPolicy } from '../../src/main/security'
import { TRAY_ICON_DIR, trayIcon } from '../../src/main/tray-icon'
import {
  DEFAULT_FUSES,
  FUSE_ORDER,
  type FuseName,
  readFuses,
  writeStandInElectron,
} from '../support/stand-in-electron'

const ROOT = resolve(__dirname, '../..')
const ELECTRON_ABI = readFileSync(join(ROOT, 'node_modules/electron/abi_version'), 'utf8').trim()
const NODE_BUILD = join(ROOT, 'node_modules/better-sqlite3/build/Release', BINDING_FILE)
const work = mkdtempSync(join(tmpdir(), 'pj-package-'))
const appDir = join(work, 'dist', 'linux-unpacked')
const resourcesDir = join(appDir, 'resources')
const asarPath = join(resourcesDir, 'app.asar')
const runtime = {
  electron: '45',
  abi: ELECTRON_ABI,
  platform: 'linux',
  arch: 'x64',
  packaged: true,
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')
const nodeBuildBefore = sha256(NODE_BUILD)
let asarFiles: string[] = []
/** What electron-builder would hand to fpm to write the .deb: its arguments. */
let debArgs: string[] = []

/** What scripts/native-binding.mjs would leave in .native/, in a folder of its own. */
function writeStandInBinding(dir: string): string {
  mkdirSync(join(dir, bindingFolder(runtime)), { recursive: true })
  writeFileSync(
    join(dir, bindingFolder(runtime), BINDING_FILE),
    `stand-in for better-sqlite3 built for Electron: node_register_module_v${ELECTRON_ABI}`,
  )
  return dir
}

interface ProjectConfig {
  extraResources?: FileSet[]
  electronFuses?: Partial<Record<FuseName | 'resetAdHocDarwinSignature', boolean>>
}

/** electron-builder.yml, as electron-builder itself loads it. */
async function projectConfig(): Promise<ProjectConfig> {
  const { getConfig } = await import('app-builder-lib/out/util/config/config.js')
  return (await getConfig(ROOT, null, null)) as ProjectConfig
}

/** The project's own extraResources, with the binding's `from` moved to the stand-in. */
async function extraResourcesFrom(nativeDir: string): Promise<FileSet[]> {
  const entries = (await projectConfig()).extraResources ?? []
  expect(entries.map((e) => e.from)).toContain('.native')
  return entries.map((e) => (e.from === '.native' ? { ...e, from: nativeDir } : e))
}

beforeAll(async () => {
  if (!existsSync(join(ROOT, 'out/main/index.js'))) {
    throw new Error('out/ is missing: run "npm run build" before the packaging test.')
  }
  await build({
    projectDir: ROOT,
    targets: Platform.LINUX.createTarget(['deb'], Arch.x64),
    publish: 'never',
    config: {
      electronDist: writeStandInElectron(join(work, 'electron')),
      directories: { output: join(work, 'dist') },
      extraResources: await extraResourcesFrom(writeStandInBinding(join(work, 'native'))),
    },
    // electron-builder's hook for seeing a Linux package's options instead of running fpm.
    effectiveOptionComputed: async (options: unknown) => {
      debArgs = (options as [string[], string])[0]
      return true
    },
  })
  asarFiles = listPackage(asarPath, { isPack: false })
}, 240_000)

afterAll(() => {
  rmSync(work, { recursive: true, force: true })
})

/** The value after `--flag` in fpm's arguments. */
const debOption = (flag: string) => debArgs[debArgs.indexOf(flag) + 1]

describe('the .deb', () => {
  it('has what a .deb must: a homepage and a maintainer, and says what the app is', () => {
    expect(debArgs, 'electron-builder got as far as the .deb').not.toEqual([])
    expect(debOption('--url')).toBe('https://painjournal.org')
    expect(debOption('--maintainer')).toBe('Pain Journal contributors')
    expect(debOption('--name')).toBe('pain-journal')
    expect(debOption('--description')).toMatch(/back pain/)
  })

  it('holds no update feed: the app never checks for updates', () => {
    expect(existsSync(join(resourcesDir, 'app-update.yml'))).toBe(false)
  })
})

/** The packages the bundled main process loads from node_modules at run time. */
function packagesRequiredByMain(): string[] {
  const main = extractFile(asarPath, 'out/main/index.js').toString()
  const names = [...main.matchAll(/require\("([^"]+)"\)/g)].map((m) => String(m[1]))
  return [...new Set(names.filter((n) => !n.startsWith('node:') && n !== 'electron'))].sort()
}

/** A package and everything it depends on, as installed in node_modules. */
function withDependencies(names: string[], seen = new Set<string>()): Set<string> {
  for (const name of names) {
    if (seen.has(name)) continue
    seen.add(name)
    const manifest = JSON.parse(
      readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8'),
    ) as { dependencies?: Record<string, string> }
    withDependencies(Object.keys(manifest.dependencies ?? {}), seen)
  }
  return seen
}

describe('what the app carries', () => {
  const packaged = () =>
    new Set(
      asarFiles
        .filter((f) => /^\/node_modules\/[^/]+\/package\.json$/.test(f))
        .map((f) => f.split('/')[2]),
    )

  it('has in `dependencies` exactly the packages the bundled main process loads', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>
    }
    expect(Object.keys(manifest.dependencies).sort()).toEqual(packagesRequiredByMain())
  })

  it('carries those packages and what they need, and nothing the renderer bundle already has', () => {
    expect([...packaged()].sort()).toEqual([...withDependencies(packagesRequiredByMain())].sort())
    for (const name of ['react', 'react-dom', 'recharts', 'lucide-react', 'zod', 'date-fns'])
      expect(packaged().has(name), name).toBe(false)
  })

  it('keeps app.asar under 10 MB', () => {
    expect(statSync(asarPath).size).toBeLessThan(10 * 1024 * 1024)
  })
})

describe('the packaged app', () => {
  it('loads better-sqlite3 built for Electron from where the main process looks for it', () => {
    const binding = pickNativeBinding(runtime, { appRoot: asarPath, resourcesPath: resourcesDir })
    expect(binding).toBe(join(resourcesDir, 'native', bindingFolder(runtime), BINDING_FILE))
    expect(abiOfBinary(readFileSync(String(binding)))).toBe(ELECTRON_ABI)
    // Outside the archive: a native module cannot be loaded from inside one.
    expect(asarFiles.filter((f) => f.endsWith('.node'))).toEqual([])
    // better-sqlite3's JavaScript is there to load it; its Node build and C sources are not.
    expect(asarFiles).toContain('/node_modules/better-sqlite3/lib/index.js')
    expect(asarFiles.filter((f) => /better-sqlite3\/(build|deps|src)\//.test(f))).toEqual([])
  })

  it('left node_modules alone: the tests still load the Node build (no rebuild in place)', () => {
    expect(sha256(NODE_BUILD)).toBe(nodeBuildBefore)
    expect(abiOfBinary(readFileSync(NODE_BUILD))).toBe(process.versions.modules)
  })

  it('has the Electron fuses flipped as electron-builder.yml says, the others as shipped', async () => {
    const configured = (await projectConfig()).electronFuses ?? {}
    const fuses = readFuses(readFileSync(join(appDir, 'pain-journal')))
    for (const name of FUSE_ORDER) {
      expect(fuses[name], name).toBe(configured[name] ?? DEFAULT_FUSES[name] === '1')
    }
    expect(fuses.runAsNode).toBe(false)
    expect(fuses.onlyLoadAppFromAsar).toBe(true)
  })

  it("serves its page with the app's strict Content Security Policy", () => {
    const page = extractFile(asarPath, 'out/renderer/index.html').toString()
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1]
    expect(meta?.replaceAll('&#39;', "'")).toBe(contentSecurityPolicy({ meta: true }))
  })

  it('styles every screen from one stylesheet that its page links', () => {
    // A screen's own stylesheet, added when it was first opened, made the browser restyle the
    // whole page before drawing it (electron.vite.config.ts, cssCodeSplit).
    const sheets = asarFiles.filter((f) => f.startsWith('/out/renderer/') && f.endsWith('.css'))
    expect(sheets).toHaveLength(1)
    const page = extractFile(asarPath, 'out/renderer/index.html').toString()
    expect(page).toContain(
      `rel="stylesheet" crossorigin href=".${sheets[0]!.slice('/out/renderer'.length)}"`,
    )
  })

  it('carries the tray icons, where the main process loads them', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const { file } = trayIcon(platform)
      for (const name of [file, file.replace(/\.png$/, '@2x.png')]) {
        const inAsar = `${TRAY_ICON_DIR}/${name}`
        expect(asarFiles).toContain(`/${inAsar}`)
        expect(extractFile(asarPath, inAsar).subarray(1, 4).toString()).toBe('PNG')
      }
    }
  })

  it('carries the built main process, preload and renderer', () => {
    for (const file of ['/out/main/index.js', '/out/preload/index.js', '/out/renderer/index.html'])
      expect(asarFiles).toContain(file)
    const manifest = JSON.parse(extractFile(asarPath, 'package.json').toString()) as {
      main: string
    }
    expect(manifest.main).toBe('out/main/index.js')
  })
})
