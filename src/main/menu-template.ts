/**
 * The application menu as data, built per platform (macOS has the app menu first and a Window
 * menu; Linux and Windows put Quit in File and About in Help). Pure, so it is unit-tested; the
 * shell hands it to Menu.buildFromTemplate. Every command goes to the window as an app command.
 */
import type { MenuItemConstructorOptions } from 'electron'
import { SHORTCUTS, type AppCommand } from '../shared/shortcuts'

export { APP_COMMANDS, SHORTCUTS, type AppCommand } from '../shared/shortcuts'

function accel(command: AppCommand): string | undefined {
  return SHORTCUTS.find((s) => s.command === command)?.accelerator
}

export interface MenuActions {
  send: (command: AppCommand) => void
  about: () => void
}

export function buildMenuTemplate(
  platform: NodeJS.Platform,
  appName: string,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin'
  const item = (label: string, command: AppCommand): MenuItemConstructorOptions => {
    const accelerator = accel(command)
    return { label, click: () => actions.send(command), ...(accelerator ? { accelerator } : {}) }
  }
  const about: MenuItemConstructorOptions = { label: `About ${appName}`, click: actions.about }

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      item('New Check-in', 'new-checkin'),
      { type: 'separator' },
      item('Export Report…', 'export-report'),
      item('Print Report…', 'print-report'),
      item('Export Data…', 'export-data'),
      item('Import…', 'import-data'),
      item('Back Up Now', 'backup-now'),
      ...(mac ? [] : ([{ type: 'separator' }, { role: 'quit' }] as MenuItemConstructorOptions[])),
    ],
  }
  const edit: MenuItemConstructorOptions = { role: 'editMenu' }
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      item('Today', 'show-today'),
      item('History', 'show-history'),
      item('Trends', 'show-trends'),
      item('Report', 'show-report'),
      item('Settings', 'show-settings'),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  }
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [item('Where My Data Lives', 'show-data-folder'), ...(mac ? [] : [about])],
  }
  if (!mac) return [file, edit, view, help]
  return [
    {
      label: appName,
      submenu: [
        about,
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    file,
    edit,
    view,
    { role: 'windowMenu' },
    help,
  ]
}
