import { describe, expect, it } from 'vitest'
import { buildMenuTemplate } from '../../src/main/menu-template'
import { formatClock } from '../../src/shared/locale-format'
import { displayAccelerator, scoreTyping, SHORTCUTS, TODAY_KEYS } from '../../src/shared/shortcuts'
import { MAX_REMINDERS } from '../../src/shared/reminders'
import {
  addReminderTime,
  removeReminderTime,
} from '../../src/renderer/src/features/settings/reminder-times'

describe('keyboard shortcuts as shown to people', () => {
  it('reads CmdOrCtrl as Ctrl with plus signs off a Mac', () => {
    expect(displayAccelerator('CmdOrCtrl+N', false)).toBe('Ctrl+N')
    expect(displayAccelerator('CmdOrCtrl+Enter', false)).toBe('Ctrl+Enter')
    expect(displayAccelerator('CmdOrCtrl+Shift+P', false)).toBe('Ctrl+Shift+P')
  })

  it('reads CmdOrCtrl as ⌘ with Mac symbols on a Mac', () => {
    expect(displayAccelerator('CmdOrCtrl+N', true)).toBe('⌘N')
    expect(displayAccelerator('CmdOrCtrl+Enter', true)).toBe('⌘↩')
    expect(displayAccelerator('CmdOrCtrl+Shift+P', true)).toBe('⌘⇧P')
  })

  it('lists every shortcut once, and every menu accelerator is in the list', () => {
    const keys = SHORTCUTS.map((s) => s.accelerator)
    expect(new Set(keys).size).toBe(keys.length)
    const template = buildMenuTemplate('linux', 'Pain Journal', {
      send: () => undefined,
      about: () => undefined,
    })
    const accelerators = template
      .flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []))
      .flatMap((item) => (item.accelerator ? [String(item.accelerator)] : []))
    expect(accelerators.length).toBeGreaterThan(5)
    for (const a of accelerators) expect(keys).toContain(a)
  })
})

describe('the keys of Today', () => {
  it('list the digits that choose a pain score, and 1 then 0 for 10', () => {
    expect(TODAY_KEYS.map((k) => [k.keys.join(` ${k.joiner} `), k.label])).toEqual([
      ['0 to 9', 'Choose that pain score'],
      ['1 then 0', 'Choose 10 (type 0 within a second of 1)'],
    ])
  })
})

describe('adding and removing reminder times', () => {
  it('adds a time and keeps the list in clock order', () => {
    expect(addReminderTime(['20:00'], '08:30')).toEqual({ ok: true, times: ['08:30', '20:00'] })
  })

  it('drops seconds a time input may give', () => {
    expect(addReminderTime([], '21:15:00')).toEqual({ ok: true, times: ['21:15'] })
  })

  it('refuses an empty or malformed time, in words', () => {
    expect(addReminderTime([], '')).toEqual({
      ok: false,
      error: `Pick a time, like ${formatClock('20:00')}.`,
    })
    expect(addReminderTime([], '25:00').ok).toBe(false)
  })

  it('refuses a time already there', () => {
    expect(addReminderTime(['20:00'], '20:00')).toEqual({
      ok: false,
      // On the locale's clock, like every time in Settings ('8:00 PM' where clocks have 12 hours).
      error: `You already have a reminder at ${formatClock('20:00')}.`,
    })
  })

  it('refuses a seventh reminder', () => {
    const six = ['07:00', '09:00', '11:00', '13:00', '15:00', '17:00']
    expect(six).toHaveLength(MAX_REMINDERS)
    expect(addReminderTime(six, '19:00')).toEqual({
      ok: false,
      error: 'You can have up to 6 reminders a day.',
    })
  })

  it('removes only the time asked for', () => {
    expect(removeReminderTime(['08:00', '20:00'], '08:00')).toEqual(['20:00'])
    expect(removeReminderTime(['08:00'], '09:00')).toEqual(['08:00'])
  })
})

describe('typing a 0–10 score', () => {
  it('reads a digit as its number and ignores other keys', () => {
    const read = scoreTyping()
    expect(read('7', 0)).toBe(7)
    expect(read('a', 10)).toBeNull()
    expect(read('Enter', 20)).toBeNull()
  })

  it('reads 1 then 0 within a second as 10, and later as 0', () => {
    const read = scoreTyping()
    expect(read('1', 1000)).toBe(1)
    expect(read('0', 1999)).toBe(10)
    // The 10 used the 1 up: a further 0 is 0.
    expect(read('0', 2100)).toBe(0)
    expect(read('1', 5000)).toBe(1)
    expect(read('0', 6000)).toBe(0)
  })

  it('keeps each reader’s memory to itself', () => {
    const first = scoreTyping()
    const second = scoreTyping()
    expect(first('1', 0)).toBe(1)
    expect(second('0', 10)).toBe(0)
  })
})
