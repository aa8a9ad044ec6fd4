// Which platform and architecture the installed Electron is for, so better-sqlite3 is built for
// the binary that will load it. Under Rosetta (x64 Node on Apple Silicon) Node reports x64, but
// Electron's installer fetches arm64; preparing for process.arch gave the app a binary it could
// not load. Pure functions first (tests/unit/electron-target.test.ts), then the one that looks.
import { execFileSync } from 'node:child_process'
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The target Electron's installer (node_modules/electron/install.js) picks, rule for rule:
 * ELECTRON_INSTALL_* or npm's platform/arch settings, else Node's; on a Mac, x64 running under
 * Rosetta becomes arm64 unless npm_config_arch asked for x64.
 */
export function installerTarget(env, host, runningUnderRosetta) {
  const platform = env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || host.platform
  let arch = env.ELECTRON_INSTALL_ARCH || env.npm_config_arch || host.arch
  if (
    platform === 'darwin' &&
    host.platform === 'darwin' &&
    arch === 'x64' &&
    env.npm_config_arch === undefined &&
    runningUnderRosetta()
  ) {
    arch = 'arm64'
  }
  return { platform, arch }
}

const ELF_MACHINES = { 0x03: 'ia32', 0x28: 'armv7l', 0x3e: 'x64', 0xb7: 'arm64' }
const PE_MACHINES = { 0x014c: 'ia32', 0x8664: 'x64', 0xaa64: 'arm64' }
const MACH_O_CPUS = { 0x01000007: 'x64', 0x0100000c: 'arm64' }

/** The architecture an executable's header names (ELF, PE or thin Mach-O), or null. */
export function archOfExecutable(header) {
  const bytes = Buffer.from(header)
  if (bytes.length < 64) return null
  if (bytes.readUInt32BE(0) === 0x7f454c46) {
    const littleEndian = bytes[5] === 1
    const machine = littleEndian ? bytes.readUInt16LE(18) : bytes.readUInt16BE(18)
    return ELF_MACHINES[machine] ?? null
  }
  if (bytes.readUInt32LE(0) === 0xfeedfacf) return MACH_O_CPUS[bytes.readUInt32LE(4)] ?? null
  if (bytes.toString('latin1', 0, 2) === 'MZ') {
    const pe = bytes.readUInt32LE(0x3c)
    if (pe + 6 > bytes.length || bytes.toString('latin1', pe, pe + 4) !== 'PE\0\0') return null
    return PE_MACHINES[bytes.readUInt16LE(pe + 4)] ?? null
  }
  // A universal (fat) Mach-O has no single answer: the installer's rule decides.
  return null
}

const PLATFORM_FLAGS = { darwin: '--mac', linux: '--linux', win32: '--win' }

/**
 * electron-builder's arguments to package for the installed Electron: its platform and arch
 * (electron-builder would otherwise take Node's arch, x64 under Rosetta, and pack an Electron
 * that cannot load the arm64 better-sqlite3). `requested` is the npm script's platform flag, if
 * any; another system than this one is refused, since the native module cannot be built for it.
 */
export function packageArgs(requested, target) {
  const flag = PLATFORM_FLAGS[target.platform]
  if (!flag) throw new Error(`Pain Journal is not packaged for ${target.platform}.`)
  if (requested !== undefined && requested !== flag) {
    throw new Error(
      `${requested} packages for another system than this one (${target.platform}): ` +
        'better-sqlite3 is built for the system it runs on, so package on that system.',
    )
  }
  return [flag, `--${target.arch}`, '--publish', 'never']
}

function runningUnderRosetta() {
  try {
    return execFileSync('sysctl', ['-in', 'sysctl.proc_translated']).toString().trim() === '1'
  } catch {
    return false
  }
}

function readHeader(file) {
  const fd = openSync(file, 'r')
  try {
    const header = Buffer.alloc(4096)
    return header.subarray(0, readSync(fd, header, 0, header.length, 0))
  } finally {
    closeSync(fd)
  }
}

/**
 * The installed Electron's platform and arch: read from its executable when it is there,
 * otherwise what its installer will fetch (Electron downloads itself on first launch).
 */
export function electronTarget(root, env = process.env) {
  const target = installerTarget(env, process, runningUnderRosetta)
  const electronDir = join(root, 'node_modules/electron')
  const pathFile = join(electronDir, 'path.txt')
  if (existsSync(pathFile)) {
    const executable = join(electronDir, 'dist', readFileSync(pathFile, 'utf8'))
    const arch = existsSync(executable) ? archOfExecutable(readHeader(executable)) : null
    if (arch) return { ...target, arch }
  }
  return target
}
