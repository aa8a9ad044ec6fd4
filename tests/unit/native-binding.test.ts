import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  abiOfBinary,
  checkNativeBinding,
  explainStartFailure,
  pickNativeBinding,
} from '../../src/main/db/native-binding'

const root = resolve(__dirname, '../..')
const places = (appRoot: string) => ({ appRoot, resourcesPath: '/opt/Pain Journal/resources' })
const electronRuntime = {
  electron: '45.5.0',
  abi: '150',
  platform: 'linux',
  arch: 'x64',
  packaged: false,
}

describe('picking the better-sqlite3 binary', () => {
  it('lets Node use the package’s own build', () => {
    expect(
      pickNativeBinding({ ...electronRuntime, electron: undefined, abi: '115' }, places(root)),
    ).toBeUndefined()
  })

  it('points Electron at the side-by-side build for its ABI', () => {
    expect(pickNativeBinding(electronRuntime, places('/app'))).toBe(
      '/app/.native/electron-v150-linux-x64/better_sqlite3.node',
    )
  })

  it('points a packaged app at the same build, carried in its resources folder', () => {
    expect(pickNativeBinding({ ...electronRuntime, packaged: true }, places('/app'))).toBe(
      '/opt/Pain Journal/resources/native/electron-v150-linux-x64/better_sqlite3.node',
    )
  })

  it('agrees with the script that prepares the Electron build', () => {
    const printed = execFileSync(process.execPath, [
      join(root, 'scripts/native-binding.mjs'),
      'print-path',
    ])
      .toString()
      .trim()
    const abi = readFileSync(join(root, 'node_modules/electron/abi_version'), 'utf8').trim()
    expect(printed).toBe(
      pickNativeBinding(
        { ...electronRuntime, abi, platform: process.platform, arch: process.arch },
        places(root),
      ),
    )
  })

  it('reads the ABI a binary was built for', () => {
    const nodeBuild = readFileSync(
      join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'),
    )
    expect(abiOfBinary(nodeBuild)).toBe(process.versions.modules)
    expect(abiOfBinary(new TextEncoder().encode('no symbol here'))).toBeNull()
  })

  it('refuses a missing or wrong-ABI binary with a message that says what to do', () => {
    expect(() => checkNativeBinding('/nowhere/better_sqlite3.node', '150')).toThrow(/npm start/)
    expect(() => checkNativeBinding('/nowhere/better_sqlite3.node', '150', true)).toThrow(
      /install it again/,
    )
    const nodeBuild = join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node')
    expect(() => checkNativeBinding(nodeBuild, '150')).toThrow(/built for ABI \d+, not 150/)
    expect(() => checkNativeBinding(nodeBuild, process.versions.modules)).not.toThrow()
    expect(() => checkNativeBinding(undefined, '150')).not.toThrow()
  })

  it('explains a failed start by the binding when it is missing or wrong, else by the error', () => {
    const opening = new Error('the journal could not be opened')
    const nodeBuild = join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node')
    const explain = (path: string | undefined, abi: string, packaged?: boolean) =>
      String(explainStartFailure(opening, path, abi, packaged))
    expect(explain('/nowhere/better_sqlite3.node', '150')).toMatch(/is missing.*npm start/)
    expect(explain('/nowhere/better_sqlite3.node', '150', true)).toMatch(/install it again/)
    expect(explain(nodeBuild, '150')).toMatch(/built for ABI \d+, not 150/)
    expect(explainStartFailure(opening, nodeBuild, process.versions.modules)).toBe(opening)
    expect(explainStartFailure(opening, undefined, '150')).toBe(opening)
  })
})
