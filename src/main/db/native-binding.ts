/**
 * Which better-sqlite3 binary to load. The package's own build (build/Release) is compiled for
 * Node, which the tests use. Electron has another ABI, so `npm start` prepares a second copy in
 * `.native/electron-v<abi>-<platform>-<arch>/` (scripts/native-binding.mjs) and the app passes
 * its path as better-sqlite3's `nativeBinding` option. A packaged app is rebuilt for Electron by
 * electron-builder and uses the package's own copy.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface RuntimeInfo {
  /** `process.versions.electron`, undefined under plain Node. */
  electron: string | undefined
  /** `process.versions.modules`: the ABI of the running runtime. */
  abi: string
  platform: string
  arch: string
  packaged: boolean
}

export function electronBindingDir(appRoot: string, abi: string, platform: string, arch: string) {
  return join(appRoot, '.native', `electron-v${abi}-${platform}-${arch}`)
}

/** The path to pass as `nativeBinding`, or undefined to let better-sqlite3 find its own. */
export function pickNativeBinding(runtime: RuntimeInfo, appRoot: string): string | undefined {
  if (!runtime.electron || runtime.packaged) return undefined
  return join(
    electronBindingDir(appRoot, runtime.abi, runtime.platform, runtime.arch),
    'better_sqlite3.node',
  )
}

/** Node addons export `node_register_module_v<ABI>`; reading it tells a binary's ABI. */
export function abiOfBinary(bytes: Uint8Array): string | null {
  const text = Buffer.from(bytes).toString('latin1')
  const m = /node_register_module_v(\d+)/.exec(text)
  return m ? (m[1] ?? null) : null
}

/** Checks a binding before use, with a message that says what to do when it is wrong. */
export function checkNativeBinding(path: string | undefined, abi: string): void {
  if (path === undefined) return
  if (!existsSync(path)) {
    throw new Error(
      `The database module has not been built for this Electron (ABI ${abi}). ` +
        `Run "npm start", which prepares it, on a machine with internet access.`,
    )
  }
  const found = abiOfBinary(readFileSync(path))
  if (found !== abi) {
    throw new Error(
      `The database module at ${path} was built for ABI ${found ?? 'unknown'}, not ${abi}. ` +
        `Delete the .native folder and run "npm start" again.`,
    )
  }
}
