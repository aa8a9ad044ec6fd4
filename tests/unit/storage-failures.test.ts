import { describe, expect, it } from 'vitest'
import { toFailure } from '../../src/main/service/router'

function withCode(code: string): Error {
  return Object.assign(new Error(`${code}: something low-level`), { code })
}

describe('storage failures in words', () => {
  it.each([
    ['SQLITE_FULL', /disk is full/],
    ['ENOSPC', /disk is full/],
    ['SQLITE_READONLY', /cannot be written to/],
    ['EROFS', /cannot be written to/],
    ['EACCES', /cannot be written to/],
    ['SQLITE_IOERR_WRITE', /disk may be full, read-only or disconnected/],
  ])('%s is a storage error that says what to do', (code, message) => {
    const result = toFailure(withCode(code))
    expect(result).toMatchObject({ ok: false, error: { kind: 'storage' } })
    if (!result.ok) {
      expect(result.error.message).toMatch(message)
      expect(result.error.message).toMatch(/still here|try again/i)
      expect(result.error.message).not.toMatch(/SQLITE|ENOSPC|EACCES/)
    }
  })
})
