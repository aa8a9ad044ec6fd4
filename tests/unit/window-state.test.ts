import { describe, expect, it } from 'vitest'
import { restoreWindowState } from '../../src/main/window-state'

const laptop = [{ x: 0, y: 0, width: 1440, height: 900 }]
const twoScreens = [...laptop, { x: 1440, y: 0, width: 1920, height: 1080 }]

describe('restoring the window', () => {
  it('uses the saved bounds when they are on a display', () => {
    const saved = { bounds: { x: 1500, y: 100, width: 1200, height: 800 }, maximized: true }
    expect(restoreWindowState(saved, twoScreens)).toEqual(saved)
  })

  it('falls back to a default size when the display it was on is gone', () => {
    const saved = { bounds: { x: 1500, y: 100, width: 1200, height: 800 }, maximized: false }
    expect(restoreWindowState(saved, laptop)).toEqual({
      bounds: { width: 1180, height: 800 },
      maximized: false,
    })
  })

  it('does not put the title bar above the screen', () => {
    const saved = { bounds: { x: 10, y: -500, width: 1000, height: 1300 } }
    expect(restoreWindowState(saved, laptop).bounds).toEqual({ width: 1180, height: 800 })
  })

  it('ignores saved state it cannot read, and keeps a minimum size', () => {
    expect(restoreWindowState('garbage', laptop).bounds).toEqual({ width: 1180, height: 800 })
    expect(restoreWindowState(null, [{ x: 0, y: 0, width: 1024, height: 700 }]).bounds).toEqual({
      width: 1024,
      height: 700,
    })
    const tiny = { bounds: { x: 0, y: 0, width: 300, height: 300 } }
    expect(restoreWindowState(tiny, laptop).bounds).toMatchObject({ width: 720, height: 560 })
  })
})
