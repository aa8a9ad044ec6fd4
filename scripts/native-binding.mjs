#!/usr/bin/env node
// Prepares better-sqlite3 for Electron's ABI next to (not instead of) the Node build that the
// tests use, so `npm test`, `npm start` and `npm run package` work in any order. See
// src/main/db/native-binding.ts for how the app picks the binary, and README "Native module".
//
//   node scripts/native-binding.mjs prepare-electron   build .native/electron-v<abi>-... if missing
//   node scripts/native-binding.mjs print-path          print where the Electron binary belongs
import { execFileSync } from 'node:child_process'
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { electronTarget } from './electron-target.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const electronPkg = require('electron/package.json')
const abi = readFileSync(join(root, 'node_modules/electron/abi_version'), 'utf8').trim()

/** Where the binary for the installed Electron belongs (the app looks in the same place). */
export function bindingPath(target = electronTarget(root)) {
  return join(
    root,
    '.native',
    `electron-v${abi}-${target.platform}-${target.arch}`,
    'better_sqlite3.node',
  )
}

export function abiOf(file) {
  const m = /node_register_module_v(\d+)/.exec(readFileSync(file).toString('latin1'))
  return m ? m[1] : null
}

/**
 * Builds better-sqlite3 in a scratch copy of the package (a prebuilt binary first, then node-gyp)
 * for the runtime that `prebuildFlags` and `gypFlags` name, checks that the result has ABI `abi`,
 * and copies it to `destination`. `node` runs the tools; `nodedir` holds the target's headers
 * when they are on disk (else node-gyp downloads them).
 */
export function buildBinding({
  node = process.execPath,
  nodedir = '',
  prebuildFlags,
  gypFlags,
  abi,
  destination,
}) {
  const work = mkdtempSync(join(tmpdir(), 'pj-native-'))
  // The copy is removed however the build ends, so failed attempts leave nothing behind.
  try {
    cpSync(join(root, 'node_modules/better-sqlite3'), join(work, 'better-sqlite3'), {
      recursive: true,
    })
    const pkgDir = join(work, 'better-sqlite3')
    rmSync(join(pkgDir, 'build'), { recursive: true, force: true })
    // A user-level `nodedir` (set on some machines) would make node-gyp compile against the
    // running Node's headers while claiming success: only the target's own headers, if given.
    const env = { ...process.env, npm_config_nodedir: nodedir }
    try {
      execFileSync(node, [require.resolve('prebuild-install/bin.js'), ...prebuildFlags], {
        cwd: pkgDir,
        env,
        stdio: 'inherit',
      })
    } catch {
      console.log('No prebuilt binary for this runtime; compiling from source with node-gyp.')
      execFileSync(
        node,
        [require.resolve('node-gyp/bin/node-gyp.js'), 'rebuild', '--release', ...gypFlags],
        { cwd: pkgDir, env, stdio: 'inherit' },
      )
    }
    const built = join(pkgDir, 'build/Release/better_sqlite3.node')
    const got = abiOf(built)
    if (got !== abi) throw new Error(`Built binary has ABI ${got}, expected ${abi}`)
    mkdirSync(dirname(destination), { recursive: true })
    copyFileSync(built, destination)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

function build(target, destination) {
  if (target.platform !== process.platform) {
    throw new Error(
      `Electron here is for ${target.platform}, but this is ${process.platform}: ` +
        'better-sqlite3 can only be built for the system it runs on.',
    )
  }
  const version = [`--target=${electronPkg.version}`, `--arch=${target.arch}`]
  buildBinding({
    prebuildFlags: ['--runtime=electron', ...version],
    gypFlags: [...version, '--dist-url=https://electronjs.org/headers'],
    abi,
    destination,
  })
}

/** Builds the binding for the installed Electron unless a good one is there; returns its path. */
export function prepareElectronBinding() {
  const target = electronTarget(root)
  const destination = bindingPath(target)
  if (existsSync(destination) && abiOf(destination) === abi) return destination
  try {
    build(target, destination)
  } catch (error) {
    throw new Error(
      `Could not prepare better-sqlite3 for Electron ${electronPkg.version} ` +
        `(ABI ${abi}, ${target.platform}-${target.arch}): ` +
        `${error instanceof Error ? error.message : String(error)}\n` +
        'This needs internet access (Electron headers or a prebuilt binary).',
      { cause: error },
    )
  }
  console.log(
    `better-sqlite3 for Electron ${electronPkg.version} (ABI ${abi}) is at ${destination}`,
  )
  return destination
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const command = process.argv[2]
  if (command === 'print-path') {
    console.log(bindingPath())
  } else if (command === 'prepare-electron') {
    try {
      prepareElectronBinding()
    } catch (error) {
      console.error(error instanceof Error ? error.message : String(error))
      process.exit(1)
    }
  } else {
    console.error('usage: native-binding.mjs prepare-electron | print-path')
    process.exit(2)
  }
}
