import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { buildMenuTemplate, type AppCommand } from '../../src/main/menu-template'

function build(platform: NodeJS.Platform) {
  const sent: AppCommand[] = []
  let abouts = 0
  const template = buildMenuTemplate(platform, 'Pain Journal', {
    send: (c) => sent.push(c),
    about: () => abouts++,
  })
  return { template, sent, abouts: () => abouts }
}

const labels = (items: MenuItemConstructorOptions[]) => items.map((i) => i.label ?? i.role)
const submenu = (item: MenuItemConstructorOptions | undefined) =>
  (item?.submenu ?? []) as MenuItemConstructorOptions[]
const find = (items: MenuItemConstructorOptions[], label: string) =>
  items.find((i) => i.label === label)

describe('the application menu', () => {
  it('on macOS starts with the app menu and has a Window menu', () => {
    const { template } = build('darwin')
    expect(labels(template)).toEqual([
      'Pain Journal',
      'File',
      'editMenu',
      'View',
      'windowMenu',
      'help',
    ])
    expect(submenu(template[0]).map((i) => i.label ?? i.role)).toContain('quit')
    expect(submenu(find(template, 'File')).some((i) => i.role === 'quit')).toBe(false)
  })

  it('on Linux and Windows puts Quit in File and About in Help', () => {
    for (const platform of ['linux', 'win32'] as const) {
      const { template, abouts } = build(platform)
      expect(labels(template)).toEqual(['File', 'editMenu', 'View', 'help'])
      expect(submenu(find(template, 'File')).some((i) => i.role === 'quit')).toBe(true)
      const aboutItem = submenu(template.at(-1)).find((i) => i.label === 'About Pain Journal')
      ;(aboutItem?.click as () => void)()
      expect(abouts()).toBe(1)
    }
  })

  it('has the File items of a journal, with their shortcuts', () => {
    const file = submenu(find(build('linux').template, 'File'))
    expect(labels(file.filter((i) => i.label))).toEqual([
      'New Check-in',
      'Export Report…',
      'Print Report…',
      'Export Data…',
      'Import…',
      'Back Up Now',
    ])
    expect(find(file, 'New Check-in')?.accelerator).toBe('CmdOrCtrl+N')
    expect(find(file, 'Print Report…')?.accelerator).toBe('CmdOrCtrl+P')
  })

  it('switches screens with Ctrl/Cmd+1…5 and zooms', () => {
    const view = submenu(find(build('linux').template, 'View'))
    expect(
      ['Today', 'History', 'Trends', 'Report', 'Settings'].map((l) => find(view, l)?.accelerator),
    ).toEqual(['CmdOrCtrl+1', 'CmdOrCtrl+2', 'CmdOrCtrl+3', 'CmdOrCtrl+4', 'CmdOrCtrl+5'])
    expect(view.map((i) => i.role).filter(Boolean)).toEqual([
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
    ])
  })

  it('sends each item’s command to the window', () => {
    const { template, sent } = build('darwin')
    for (const menu of template) {
      for (const i of submenu(menu))
        if (i.label && !i.label.startsWith('About')) (i.click as () => void)?.()
    }
    expect(sent).toEqual([
      'new-checkin',
      'export-report',
      'print-report',
      'export-data',
      'import-data',
      'backup-now',
      'show-today',
      'show-history',
      'show-trends',
      'show-report',
      'show-settings',
      'show-data-folder',
    ])
  })
})
