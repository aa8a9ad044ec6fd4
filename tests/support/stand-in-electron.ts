/**
 * A stand-in Electron distribution for packaging without the internet: electron-builder takes an
 * unpacked Electron from `electronDist` instead of downloading one. The "binary" is a short
 * placeholder that carries what electron-builder and @electron/fuses look for in the real one:
 * the fuse sentinel, followed by a fuse wire (version 1) with Electron's default for each fuse,
 * so the fuses electron-builder flips can be read back from the package.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** The marker @electron/fuses searches the Electron binary for. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'

/** Electron's own defaults, in wire order ('1' on, '0' off): as shipped, before any flipping. */
export const DEFAULT_FUSES = {
  runAsNode: '1',
  enableCookieEncryption: '0',
  enableNodeOptionsEnvironmentVariable: '1',
  enableNodeCliInspectArguments: '1',
  enableEmbeddedAsarIntegrityValidation: '0',
  onlyLoadAppFromAsar: '0',
  loadBrowserProcessSpecificV8Snapshot: '0',
  grantFileProtocolExtraPrivileges: '1',
} as const

export type FuseName = keyof typeof DEFAULT_FUSES
export const FUSE_ORDER = Object.keys(DEFAULT_FUSES) as FuseName[]

/** Writes a Linux-layout Electron distribution into `dir` and returns `dir`. */
export function writeStandInElectron(dir: string): string {
  mkdirSync(join(dir, 'locales'), { recursive: true })
  mkdirSync(join(dir, 'resources'), { recursive: true })
  writeFileSync(join(dir, 'locales', 'en-US.pak'), 'stand-in')
  const wire = Object.values(DEFAULT_FUSES).join('')
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in for Electron: cannot run the app"\nexit 1\n'),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, wire.length]),
    Buffer.from(wire),
  ])
  writeFileSync(join(dir, 'electron'), binary)
  chmodSync(join(dir, 'electron'), 0o755)
  return dir
}

/** Reads the fuse wire back from a (stand-in) binary, by name: true on, false off. */
export function readFuses(binary: Buffer): Record<FuseName, boolean> {
  const at = binary.indexOf(FUSE_SENTINEL)
  if (at < 0) throw new Error('No fuse sentinel in this binary')
  const start = at + FUSE_SENTINEL.length + 2
  const wire = binary.subarray(start, start + (binary[start - 1] ?? 0)).toString('latin1')
  return Object.fromEntries(FUSE_ORDER.map((name, i) => [name, wire[i] === '1'])) as Record<
    FuseName,
    boolean
  >
}
