/**
 * The app commands and keyboard shortcuts as plain data. The main process builds the menu from
 * them (menu-template.ts) and the renderer lists them in Settings, so both read this one list.
 */
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

export interface Shortcut {
  command: AppCommand | 'save'
  /** Electron accelerator syntax: CmdOrCtrl is ⌘ on macOS and Ctrl elsewhere. */
  accelerator: string
  label: string
}

/** The keyboard shortcuts, also listed in the UI (Settings → Keyboard shortcuts). */
export const SHORTCUTS: readonly Shortcut[] = [
  { command: 'new-checkin', accelerator: 'CmdOrCtrl+N', label: 'New check-in' },
  { command: 'save', accelerator: 'CmdOrCtrl+Enter', label: 'Save the check-in' },
  { command: 'show-today', accelerator: 'CmdOrCtrl+1', label: 'Today' },
  { command: 'show-history', accelerator: 'CmdOrCtrl+2', label: 'History' },
  { command: 'show-trends', accelerator: 'CmdOrCtrl+3', label: 'Trends' },
  { command: 'show-report', accelerator: 'CmdOrCtrl+4', label: 'Report' },
  { command: 'show-settings', accelerator: 'CmdOrCtrl+5', label: 'Settings' },
  { command: 'print-report', accelerator: 'CmdOrCtrl+P', label: 'Print the report' },
]

/** "1" then "0" within this long is 10 on a 0–10 scale; "1" alone after it is 1. */
export const ONE_THEN_ZERO_MS = 1000

/**
 * Keys typed on Today outside a text box: not menu accelerators, but shortcuts all the same, so
 * Settings lists them with the others. `keys` are read with `joiner` between them.
 */
export const TODAY_KEYS: readonly {
  keys: readonly string[]
  joiner: 'to' | 'then'
  label: string
}[] = [
  { keys: ['0', '9'], joiner: 'to', label: 'Choose that pain score' },
  { keys: ['1', '0'], joiner: 'then', label: 'Choose 10 (type 0 within a second of 1)' },
]

/** An accelerator as people read it on this platform: "⌘N" on a Mac, "Ctrl+N" elsewhere. */
export function displayAccelerator(accelerator: string, mac: boolean): string {
  const keys = accelerator.split('+').map((key) => {
    if (key === 'CmdOrCtrl' || key === 'CommandOrControl') return mac ? '⌘' : 'Ctrl'
    if (key === 'Shift') return mac ? '⇧' : 'Shift'
    if (key === 'Alt') return mac ? '⌥' : 'Alt'
    if (key === 'Enter' && mac) return '↩'
    return key
  })
  return keys.join(mac ? '' : '+')
}

/**
 * Reads digits typed toward a 0–10 score, the one rule wherever a score is typed: "7" is 7, and
 * "1" followed within a second by "0" is 10. Each reader remembers its own last digit; it answers
 * null for a key that is not a digit (and then remembers nothing).
 */
export function scoreTyping(): (key: string, at: number) => number | null {
  let last: { digit: string; at: number } | null = null
  return (key, at) => {
    if (!/^[0-9]$/.test(key)) return null
    if (key === '0' && last?.digit === '1' && at - last.at < ONE_THEN_ZERO_MS) {
      last = null
      return 10
    }
    last = { digit: key, at }
    return Number(key)
  }
}
