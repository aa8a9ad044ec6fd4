#!/usr/bin/env node
// `npm run package` (and :linux, :mac, :win): prepares better-sqlite3 for the installed Electron
// (scripts/native-binding.mjs), then runs electron-builder for that Electron's platform and arch,
// never publishing. Run `npm run build` first (the npm scripts do).
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { electronTarget, packageArgs } from './electron-target.mjs'
import { prepareElectronBinding } from './native-binding.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)

try {
  const args = packageArgs(process.argv[2], electronTarget(root))
  prepareElectronBinding()
  const builder = spawnSync(
    process.execPath,
    [require.resolve('electron-builder/cli.js'), ...args],
    { cwd: root, stdio: 'inherit' },
  )
  process.exit(builder.status ?? 1)
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
}
