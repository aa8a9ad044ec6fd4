/**
 * The data folder as a person may name it (PAIN_JOURNAL_DATA_DIR, or the standard folder): a
 * path that is a file, a path under a file, a relative path, an empty variable. Each either works
 * in one absolute folder or is refused with a sentence that names the file in the way; that file
 * is never touched.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { chooseDataDir, startJournal } from '../../src/main/journal'
import { startupFailure } from '../../src/main/startup-failure'
import { journalFolders } from '../support/journal-folders'
import { nullPlatform } from '../support/temp-journal'

const { folder, onCleanup } = journalFolders()

async function failureFor(dataDir: string) {
  try {
    const j = await startJournal({ dataDir, version: 'test', platform: nullPlatform })
    j.close()
  } catch (error) {
    return startupFailure(error, dataDir)
  }
  throw new Error('start-up did not fail')
}

describe('a data folder path that is a file', () => {
  it('is refused with a sentence that names the file in the way, which is left as it was', async () => {
    const dataDir = join(folder(), 'Pain Journal')
    writeFileSync(dataDir, 'a file, not a folder')
    const failure = await failureFor(dataDir)
    expect(failure).toEqual({
      title: 'A file is in the way of Pain Journal’s folder',
      message:
        `Pain Journal keeps files in the folder ${dataDir}, but ${dataDir} is a file, not a ` +
        'folder. Move or rename that file, then try again.',
    })
    expect(readFileSync(dataDir, 'utf8')).toBe('a file, not a folder')
  })

  it('under a file is refused with a sentence that names that file', async () => {
    const dir = folder()
    writeFileSync(join(dir, 'Data'), 'a file')
    const dataDir = join(dir, 'Data', 'Pain Journal')
    const failure = await failureFor(dataDir)
    expect(failure.message).toContain(`but ${join(dir, 'Data')} is a file, not a folder`)
    expect(failure.message).not.toMatch(/ENOTDIR|mkdir/)
    expect(readFileSync(join(dir, 'Data'), 'utf8')).toBe('a file')
  })
})

describe('a relative data folder path', () => {
  it('is made absolute once, so the folder shown and used does not depend on where the app started', async () => {
    const rel = relative(process.cwd(), join(folder(), 'portable-data'))
    expect(isAbsolute(rel)).toBe(false)
    const j = await startJournal({ dataDir: rel, version: 'test', platform: nullPlatform })
    onCleanup(() => j.close())
    const r = await j.router.handle('app:info', undefined)
    if (!r.ok) throw new Error(r.error.message)
    const facts = r.value as { dataDir: string; databasePath: string }
    expect(isAbsolute(facts.dataDir)).toBe(true)
    expect(isAbsolute(facts.databasePath)).toBe(true)
  })
})

describe('PAIN_JOURNAL_DATA_DIR', () => {
  it('set but empty names no folder: the standard one is used, not the folder the app started in', () => {
    const standard = resolve('/home/sam/.config/Pain Journal')
    expect(chooseDataDir('', standard)).toBe(standard)
    expect(chooseDataDir('  ', standard)).toBe(standard)
    expect(chooseDataDir(undefined, standard)).toBe(standard)
    expect(chooseDataDir('/media/usb/journal', standard)).toBe(resolve('/media/usb/journal'))
  })
})
