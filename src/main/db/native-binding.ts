/**
 * Which better-sqlite3 binary to load. The package's own build (build/Release) is compiled for
 * Node, which the tests use. Electron has another ABI, so scripts/native-binding.mjs builds a
 * second copy in `.native/electron-v<abi>-<platform>-<arch>/` and the app passes its path as
 * better-sqlite3's `nativeBinding` option. `npm start` and `npm run dev` load it from there; a
 * packaged app carries the same file outside its archive, in `resources/native/` (see
 * extraResources in electron-builder.yml), so packaging never rebuilds node_modules in place.
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

export interface AppPlaces {
  /** `app.getAppPath()`: the project folder when run from source. */
  appRoot: string
  /** `process.resourcesPath`: the packaged app's resources folder. */
  resourcesPath: string
}

export const BINDING_FILE = 'better_sqlite3.node'
/** Where a packaged app keeps the binding, inside its resources folder. */
export const PACKAGED_BINDING_DIR = 'native'

/** `electron-v<abi>-<platform>-<arch>`: one folder per Electron build the binary is for. */
export function bindingFolder(runtime: Pick<RuntimeInfo, 'abi' | 'platform' | 'arch'>): string {
  return `electron-v${runtime.abi}-${runtime.platform}-${runtime.arch}`
}

/** The path to pass as `nativeBinding`, or undefined (plain Node) to let better-sqlite3 choose. */
export function pickNativeBinding(runtime: RuntimeInfo, places: AppPlaces): string | undefined {
  if (!runtime.electron) return undefined
  const base = runtime.packaged
    ? join(places.resourcesPath, PACKAGED_BINDING_DIR)
    : join(places.appRoot, '.native')
  return join(base, bindingFolder(runtime), BINDING_FILE)
}

/** Node addons export `node_register_module_v<ABI>`; reading it tells a binary's ABI. */
export function abiOfBinary(bytes: Uint8Array): string | null {
  const text = Buffer.from(bytes).toString('latin1')
  const m = /node_register_module_v(\d+)/.exec(text)
  return m ? (m[1] ?? null) : null
}

/** Checks a binding before use, with a message that says what to do when it is wrong. */
export function checkNativeBinding(path: string | undefined, abi: string, packaged = false): void {
  if (path === undefined) return
  const fix = packaged
    ? 'This copy of Pain Journal is incomplete: install it again.'
    : 'Run "npm start", which prepares it, on a machine with internet access.'
  if (!existsSync(path)) {
    throw new Error(`The database module for this Electron (ABI ${abi}) is missing. ${fix}`)
  }
  const found = abiOfBinary(readFileSync(path))
  if (found !== abi) {
    throw new Error(
      `The database module at ${path} was built for ABI ${found ?? 'unknown'}, not ${abi}. ` +
        (packaged ? fix : `Delete the .native folder and run "npm start" again.`),
    )
  }
}

/**
 * Why start-up failed: when the binding is missing or built for another ABI, the check's own
 * message (which says what to do), else the error itself. Checked only after opening failed:
 * reading the 2 MB binary for its ABI cost every start about 5 ms of processor time, and a
 * binding that cannot be loaded fails before a byte of the journal is read or written.
 */
export function explainStartFailure(
  error: unknown,
  path: string | undefined,
  abi: string,
  packaged = false,
): unknown {
  try {
    checkNativeBinding(path, abi, packaged)
  } catch (wrongBinding) {
    return wrongBinding
  }
  return error
}
