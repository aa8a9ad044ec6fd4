#!/usr/bin/env node
// The Node that Electron runs, for `npm run bench`'s main-process start figure: Electron embeds
// its own Node (45: Node 24), whose V8 and module loader are not those of the Node the tests run
// on. Prepared once, in bench/work/electron-node-<platform>-<arch>/ (ignored by git, never
// packaged):
//   node/  Node's own binary and headers, from the npm registry's node-<platform>-<arch> package;
//   .native/electron-v<abi>-<platform>-<arch>/better_sqlite3.node  better-sqlite3 built against
//          those headers, where the app's pickNativeBinding looks when this folder stands as the
//          app's root (bench/main-start.cjs), as it looks in the project folder under Electron.
//
//   node scripts/bench-node.mjs   prepares what is missing; its last line on stdout is
//                                 {"node", "appRoot", "version"} (the build's output comes before)
import { execFileSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { buildBinding } from './native-binding.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const electronMajor = Number(
  createRequire(import.meta.url)('electron/package.json').version.split('.')[0],
)

/** Node's major version in each Electron the project has used (Electron's release notes). */
const NODE_OF_ELECTRON = { 45: 24 }

export function prepareBenchNode() {
  const nodeMajor = NODE_OF_ELECTRON[electronMajor]
  if (!nodeMajor) {
    throw new Error(`Which Node does Electron ${electronMajor} run? Add it to NODE_OF_ELECTRON.`)
  }
  if (process.platform !== 'linux' && process.platform !== 'darwin') {
    throw new Error(`No Node package for ${process.platform} is prepared here (Linux and macOS).`)
  }
  const appRoot = join(root, 'bench', 'work', `electron-node-${process.platform}-${process.arch}`)
  const node = join(appRoot, 'node', 'bin', 'node')
  const ready = join(appRoot, 'ready.json')
  if (existsSync(ready)) {
    const prepared = JSON.parse(readFileSync(ready, 'utf8'))
    if (prepared.nodeMajor === nodeMajor) return { node, appRoot, version: prepared.version }
  }
  rmSync(appRoot, { recursive: true, force: true })
  const work = mkdtempSync(join(tmpdir(), 'pj-bench-node-'))
  try {
    const pkg = `node-${process.platform}-${process.arch}@${nodeMajor}`
    console.error(`Fetching ${pkg} for the main-process start figure (once)…`)
    const file = execFileSync('npm', ['pack', pkg, '--silent', '--pack-destination', work])
      .toString()
      .trim()
      .split('\n')
      .pop()
    execFileSync('tar', ['-xzf', join(work, file), '-C', work])
    rmSync(join(work, file))
    mkdirSync(appRoot, { recursive: true })
    renameSync(join(work, 'package'), join(appRoot, 'node'))
    const version = execFileSync(node, ['-p', 'process.version']).toString().trim()
    const abi = execFileSync(node, ['-p', 'process.versions.modules']).toString().trim()
    const folder = `electron-v${abi}-${process.platform}-${process.arch}`
    buildBinding({
      node,
      prebuildFlags: ['--runtime=node', `--target=${version}`],
      nodedir: join(appRoot, 'node'),
      gypFlags: [`--target=${version}`],
      abi,
      destination: join(appRoot, '.native', folder, 'better_sqlite3.node'),
    })
    writeFileSync(ready, `${JSON.stringify({ nodeMajor, version, abi })}\n`)
    return { node, appRoot, version }
  } catch (error) {
    rmSync(appRoot, { recursive: true, force: true })
    throw error
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(JSON.stringify(prepareBenchNode()))
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  }
}
