/**
 * Which Electron better-sqlite3 is prepared for (scripts/electron-target.mjs): the one installed,
 * which under Rosetta is not the one Node's own process.arch names.
 */
import { closeSync, openSync, readSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { archOfExecutable, installerTarget } from '../../scripts/electron-target.mjs'

const mac = { platform: 'darwin', arch: 'x64' }
const rosetta = () => true
const native = () => false

describe("the Electron installer's choice", () => {
  it('under Rosetta (x64 Node on Apple Silicon) is arm64, as install.js decides', () => {
    expect(installerTarget({}, mac, rosetta)).toEqual({ platform: 'darwin', arch: 'arm64' })
  })

  it('on an Intel Mac, and on other systems, is what Node runs as', () => {
    expect(installerTarget({}, mac, native)).toEqual({ platform: 'darwin', arch: 'x64' })
    expect(installerTarget({}, { platform: 'linux', arch: 'x64' }, rosetta)).toEqual({
      platform: 'linux',
      arch: 'x64',
    })
    expect(installerTarget({}, { platform: 'win32', arch: 'arm64' }, native)).toEqual({
      platform: 'win32',
      arch: 'arm64',
    })
  })

  it('follows npm_config_arch and ELECTRON_INSTALL_ARCH, which Rosetta does not override', () => {
    expect(installerTarget({ npm_config_arch: 'x64' }, mac, rosetta).arch).toBe('x64')
    expect(installerTarget({ ELECTRON_INSTALL_ARCH: 'arm64' }, mac, native).arch).toBe('arm64')
    expect(installerTarget({ npm_config_platform: 'linux' }, mac, rosetta)).toEqual({
      platform: 'linux',
      arch: 'x64',
    })
  })
})

/** The first bytes of an executable with `machine` where each format keeps it. */
function elf(machine: number): Buffer {
  const b = Buffer.alloc(64)
  b.writeUInt32BE(0x7f454c46, 0)
  b[5] = 1 // little-endian
  b.writeUInt16LE(machine, 18)
  return b
}
function machO(cpu: number): Buffer {
  const b = Buffer.alloc(64)
  b.writeUInt32LE(0xfeedfacf, 0)
  b.writeUInt32LE(cpu, 4)
  return b
}
function pe(machine: number): Buffer {
  const b = Buffer.alloc(256)
  b.write('MZ', 0, 'latin1')
  b.writeUInt32LE(0x80, 0x3c)
  b.write('PE\0\0', 0x80, 'latin1')
  b.writeUInt16LE(machine, 0x84)
  return b
}

describe('the architecture of an installed Electron, read from its executable', () => {
  it.each([
    ['Linux x64', elf(0x3e), 'x64'],
    ['Linux arm64', elf(0xb7), 'arm64'],
    ['macOS arm64', machO(0x0100000c), 'arm64'],
    ['macOS x64', machO(0x01000007), 'x64'],
    ['Windows x64', pe(0x8664), 'x64'],
    ['Windows arm64', pe(0xaa64), 'arm64'],
  ])('%s', (_name, header, arch) => {
    expect(archOfExecutable(header)).toBe(arch)
  })

  it('reads this machine’s Node the way it would read Electron', () => {
    const fd = openSync(process.execPath, 'r')
    const header = Buffer.alloc(4096)
    readSync(fd, header, 0, header.length, 0)
    closeSync(fd)
    expect(archOfExecutable(header)).toBe(process.arch)
  })

  it('has no answer for a universal binary, a script or nothing at all', () => {
    const fat = Buffer.alloc(64)
    fat.writeUInt32BE(0xcafebabe, 0)
    expect(archOfExecutable(fat)).toBeNull()
    expect(archOfExecutable(Buffer.from('#!/bin/sh\n'.padEnd(64, ' ')))).toBeNull()
    expect(archOfExecutable(new Uint8Array(0))).toBeNull()
  })
})
