import { describe, expect, it } from 'vitest'
import { NewerDatabaseError } from '../../src/main/db/errors'
import { startupFailure } from '../../src/main/startup-failure'

const withCode = (code: string, message = `${code}: something low-level`) =>
  Object.assign(new Error(message), { code })

describe('what start-up says when the journal cannot be opened', () => {
  const dir = '/home/sam/.config/Pain Journal'

  it('names the data folder and what to do when it cannot be written to', () => {
    for (const code of [
      'EACCES',
      'EPERM',
      'EROFS',
      'SQLITE_READONLY',
      'SQLITE_READONLY_DIRECTORY',
      'SQLITE_CANTOPEN',
    ]) {
      const failure = startupFailure(withCode(code), dir)
      expect(failure.title, code).toBe('Pain Journal cannot write to its data folder')
      expect(failure.message).toContain(dir)
      expect(failure.message).toContain('Nothing in your journal was changed.')
      expect(failure.message).not.toContain(code)
    }
  })

  it('does not blame the folder for a file a crash left mid-write', () => {
    for (const code of ['SQLITE_READONLY_ROLLBACK', 'SQLITE_READONLY_RECOVERY']) {
      expect(startupFailure(withCode(code), dir).title, code).not.toBe(
        'Pain Journal cannot write to its data folder',
      )
    }
  })

  it('says the disk is full when it is', () => {
    for (const code of ['ENOSPC', 'EDQUOT', 'SQLITE_FULL']) {
      expect(startupFailure(withCode(code), dir).title).toBe(
        'The disk holding your journal is full',
      )
    }
  })

  it('keeps the sentence of any other failure, such as a journal from a newer version', () => {
    const newer = new NewerDatabaseError(9, 1)
    expect(startupFailure(newer, dir)).toEqual({
      title: 'Pain Journal could not open your journal',
      message: newer.message,
    })
    expect(startupFailure('plain text', dir).message).toBe('plain text')
  })
})
