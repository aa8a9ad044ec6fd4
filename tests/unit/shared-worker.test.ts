/**
 * Test files share a worker's modules and globals (vitest.config.mts, isolate: false), so what a
 * test replaces must not outlive it. The first test replaces a global, spies on a method and sets
 * an environment variable without putting any of them back; the next finds them as they were.
 */
import { describe, expect, it, vi } from 'vitest'

const originalNumberFormat = Intl.NumberFormat
const originalParse = JSON.parse

describe('what a test replaces', () => {
  it('is replaced for that test', () => {
    vi.stubGlobal('Intl', { ...Intl, NumberFormat: function Stub() {} })
    vi.spyOn(JSON, 'parse').mockReturnValue('stubbed')
    vi.stubEnv('PJ_SHARED_WORKER_PROBE', 'set')
    expect(Intl.NumberFormat).not.toBe(originalNumberFormat)
    expect(JSON.parse('1')).toBe('stubbed')
    expect(process.env['PJ_SHARED_WORKER_PROBE']).toBe('set')
  })

  it('is back as it was for the next test', () => {
    expect(Intl.NumberFormat).toBe(originalNumberFormat)
    expect(JSON.parse).toBe(originalParse)
    expect(JSON.parse('1')).toBe(1)
    expect(process.env['PJ_SHARED_WORKER_PROBE']).toBeUndefined()
  })
})
