/**
 * The plain SVG charts' paths and cursors: a day not logged is a gap in a line (never bridged),
 * the zoom strip's preview joins across gaps, and the keys and the pointer move a cursor as a
 * slider would.
 */
import { describe, expect, it } from 'vitest'

import {
  areaPath,
  indexForKey,
  marksPath,
  nearestIndex,
} from '../../src/renderer/src/features/trends/plot-geometry'
import { linearScale, linePath } from '../../src/shared/plot-paths'

const y = linearScale([0, 10], [100, 0])
const xs = [0, 10, 20, 30, 40]

describe('linePath', () => {
  it('lifts the pen at a null: the days either side are not joined', () => {
    expect(linePath(xs, [1, 2, null, 4, 5], y)).toBe('M0,90L10,80M30,60L40,50')
  })
  it('draws nothing for no values, and only a move for one between gaps', () => {
    expect(linePath(xs, [null, null, null, null, null], y)).toBe('')
    expect(linePath(xs, [null, 3, null, null, null], y)).toBe('M10,70')
  })
  it('rounds to a tenth of a pixel', () => {
    expect(linePath([1 / 3], [1 / 3], y)).toBe('M0.3,96.7')
  })
})

describe('areaPath', () => {
  it('joins across nulls and closes down to the base', () => {
    expect(areaPath(xs, [1, null, 3, null, null], y, 100)).toBe('M0,100L0,90L20,70L20,100Z')
    expect(areaPath(xs, [null, null, null, null, null], y, 100)).toBe('')
  })
})

describe('marksPath', () => {
  it('draws one mark per point, each starting at its point', () => {
    const d = marksPath(
      'triangle',
      [
        [10, 20],
        [30, 40],
      ],
      4,
    )
    expect(d.match(/M/g)).toHaveLength(2)
    expect(d.startsWith('M10,20')).toBe(true)
    expect(d).toContain('M30,40')
    expect(marksPath('dot', [], 2)).toBe('')
  })
})

describe('nearestIndex', () => {
  it('finds the nearest point, the earlier one on a tie, and -1 when there is none', () => {
    expect(nearestIndex(xs, -50)).toBe(0)
    expect(nearestIndex(xs, 14)).toBe(1)
    expect(nearestIndex(xs, 16)).toBe(2)
    expect(nearestIndex(xs, 15)).toBe(1)
    expect(nearestIndex(xs, 400)).toBe(4)
    expect(nearestIndex([], 3)).toBe(-1)
  })
})

describe('indexForKey', () => {
  it('moves by one, by a page, or to an end, and stays within 0…last', () => {
    expect(indexForKey('ArrowLeft', 5, 9)).toBe(4)
    expect(indexForKey('ArrowUp', 5, 9)).toBe(6)
    expect(indexForKey('PageUp', 5, 9, 3)).toBe(8)
    expect(indexForKey('PageUp', 8, 9, 3)).toBe(9)
    expect(indexForKey('PageDown', 1, 9, 3)).toBe(0)
    expect(indexForKey('Home', 5, 9)).toBe(0)
    expect(indexForKey('End', 5, 9)).toBe(9)
    expect(indexForKey('Enter', 5, 9)).toBeNull()
  })
})
