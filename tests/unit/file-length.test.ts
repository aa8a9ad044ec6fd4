/**
 * Issue 16: no file in src/ over 300 lines, stylesheets and markup included. A file that grows
 * past it is split along a seam (as styles.css and trends.css were), not squeezed.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, sourceFiles } from '../support/sources'

const MAX_LINES = 300

describe('the length of every file in src/', () => {
  it(`is at most ${MAX_LINES} lines`, () => {
    const files = sourceFiles('src', /./)
    expect(files.length).toBeGreaterThan(100)
    expect(files.some((f) => f.endsWith('.css'))).toBe(true)
    const long = files.flatMap((file) => {
      const text = readFileSync(join(ROOT, file), 'utf8')
      const lines = text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length
      return lines > MAX_LINES ? [`${file}: ${lines} lines`] : []
    })
    expect(long).toEqual([])
  })
})
