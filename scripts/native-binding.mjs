#!/usr/bin/env node
// Prepares better-sqlite3 for Electron's ABI next to (not instead of) the Node build that the
// tests use, so `npm test` and `npm start` work in any order. See src/main/db/native-binding.ts
// for how the app picks the binary, and README "Native module" for the why.
//
//   node scripts/native-binding.mjs prepare-electron   build .native/electron-v<abi>-... if missing
//   node scripts/native-binding.mjs print-path          print where the Electron binary belongs
import { execFileSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  copyFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const electronPkg = require('electron/package.json')
const abi = readFileSync(join(root, 'node_modules/electron/abi_version'), 'utf8').trim()
const target = join(
  root,
  '.native',
  `electron-v${abi}-${process.platform}-${process.arch}`,
  'better_sqlite3.node',
)

function abiOf(file) {
  const m = /node_register_module_v(\d+)/.exec(readFileSync(file).toString('latin1'))
  return m ? m[1] : null
}

function build() {
  const work = mkdtempSync(join(tmpdir(), 'pj-native-'))
  const src = join(root, 'node_modules/better-sqlite3')
  cpSync(src, join(work, 'better-sqlite3'), { recursive: true })
  const pkgDir = join(work, 'better-sqlite3')
  rmSync(join(pkgDir, 'build'), { recursive: true, force: true })
  // A user-level `nodedir` (set on some machines) would make node-gyp compile against Node's
  // headers while claiming success; clear it so the Electron headers are really used.
  const env = {
    ...process.env,
    npm_config_nodedir: '',
    NODE_GYP_FORCE_PYTHON: process.env.NODE_GYP_FORCE_PYTHON,
  }
  const flags = [`--runtime=electron`, `--target=${electronPkg.version}`, `--arch=${process.arch}`]
  try {
    execFileSync(process.execPath, [require.resolve('prebuild-install/bin.js'), ...flags], {
      cwd: pkgDir,
      env,
      stdio: 'inherit',
    })
  } catch {
    console.log('No prebuilt binary for this Electron; compiling from source with node-gyp.')
    execFileSync(
      process.execPath,
      [
        require.resolve('node-gyp/bin/node-gyp.js'),
        'rebuild',
        '--release',
        `--target=${electronPkg.version}`,
        `--arch=${process.arch}`,
        '--dist-url=https://electronjs.org/headers',
      ],
      { cwd: pkgDir, env, stdio: 'inherit' },
    )
  }
  const built = join(pkgDir, 'build/Release/better_sqlite3.node')
  const got = abiOf(built)
  if (got !== abi) throw new Error(`Built binary has ABI ${got}, expected Electron's ${abi}`)
  mkdirSync(dirname(target), { recursive: true })
  copyFileSync(built, target)
  rmSync(work, { recursive: true, force: true })
}

const command = process.argv[2]
if (command === 'print-path') {
  console.log(target)
} else if (command === 'prepare-electron') {
  if (existsSync(target) && abiOf(target) === abi) process.exit(0)
  try {
    build()
    console.log(`better-sqlite3 for Electron ${electronPkg.version} (ABI ${abi}) is at ${target}`)
  } catch (error) {
    console.error(
      `Could not prepare better-sqlite3 for Electron ${electronPkg.version} (ABI ${abi}): ` +
        `${error instanceof Error ? error.message : String(error)}\n` +
        'This needs internet access (Electron headers or a prebuilt binary).',
    )
    process.exit(1)
  }
} else {
  console.error('usage: native-binding.mjs prepare-electron | print-path')
  process.exit(2)
}
