/**
 * The application menu as data, built per platform (macOS has the app menu first and a Window
 * menu; Linux and Windows put Quit in File and About in Help). Pure, so it is unit-tested; the
 * shell hands it to Menu.buildFromTemplate. Every command goes to the window as an app command.
 */
import type { MenuItemConstructorOptions } from 'electron'

export const APP_COMMANDS = [
  'new-checkin',
  'show-today',
  'show-history',
  'show-trends',
  'show-report',
  'show-settings',
  'export-report',
  'print-report',
  'export-data',
  'import-data',
  'backup-now',
  'show-data-folder',
] as const
export type AppCommand = (typeof APP_COMMANDS)[number]

/** The keyboard shortcuts, also listed in the UI (Settings → Keyboard). */
export const SHORTCUTS: readonly {
  command: AppCommand | 'save'
  accelerator: string
  label: string
}[] = [
  { command: 'new-checkin', accelerator: 'CmdOrCtrl+N', label: 'New check-in' },
  { command: 'save', accelerator: 'CmdOrCtrl+Enter', label: 'Save the check-in' },
  { command: 'show-today', accelerator: 'CmdOrCtrl+1', label: 'Today' },
  { command: 'show-history', accelerator: 'CmdOrCtrl+2', label: 'History' },
  { command: 'show-trends', accelerator: 'CmdOrCtrl+3', label: 'Trends' },
  { command: 'show-report', accelerator: 'CmdOrCtrl+4', label: 'Report' },
  { command: 'show-settings', accelerator: 'CmdOrCtrl+5', label: 'Settings' },
  { command: 'print-report', accelerator: 'CmdOrCtrl+P', label: 'Print the report' },
]

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
