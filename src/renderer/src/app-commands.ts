/**
 * Menu, tray and notification commands from the main process, turned into what the window does.
 * Commands a screen handles itself (export, print, import) arrive there as a `pj-command` DOM
 * event after the screen (and the Settings section, for data and backups) is shown.
 */
import { useEffect, useLayoutEffect, useRef } from 'react'
import type { AppCommand } from '../../shared/shortcuts'
import { api } from './api'
import type { JournalState } from './journal-context'
import type { ScreenId, SettingsSectionId } from './places'

type Navigate = JournalState['navigate']

/** Where each command is carried out: a screen, and for some a section of Settings. */
const PLACE_OF: Record<AppCommand, readonly [ScreenId, SettingsSectionId?]> = {
  'new-checkin': ['today'],
  'show-today': ['today'],
  'show-history': ['history'],
  'show-trends': ['trends'],
  'show-report': ['report'],
  'show-settings': ['settings'],
  'export-report': ['report'],
  'print-report': ['report'],
  'export-data': ['settings', 'data'],
  'import-data': ['settings', 'data'],
  'backup-now': ['settings', 'backups'],
  'show-data-folder': ['settings', 'backups'],
}

export const SCREEN_COMMAND_EVENT = 'pj-command'

/** A command waiting for its screen to mount (the screen may not be showing yet). */
let pending: string | null = null

/** Shows the command's screen and hands the command to it. */
export function runAppCommand(command: string, navigate: Navigate): void {
  const place = (PLACE_OF as Partial<Record<string, (typeof PLACE_OF)[AppCommand]>>)[command]
  if (!place) return
  // A screen already showing hears the event; one that mounts next picks up `pending`.
  pending = command
  navigate(...place)
  window.dispatchEvent(new CustomEvent(SCREEN_COMMAND_EVENT, { detail: command }))
}

export function useAppCommands(navigate: Navigate): void {
  useEffect(() => api.onAppCommand((command) => runAppCommand(command, navigate)), [navigate])
}

/**
 * Runs `action` when the window receives `command` (after switching to this screen). The latest
 * `action` is used, so callers pass a plain function, not a memoised one.
 */
export function useScreenCommand(command: string, action: () => void): void {
  const latest = useRef(action)
  // Layout effects run before effects, so a pending command on mount sees this render's action.
  useLayoutEffect(() => {
    latest.current = action
  })
  useEffect(() => {
    const run = () => {
      pending = null
      latest.current()
    }
    if (pending === command) run()
    const onCommand = (event: Event) => {
      if ((event as CustomEvent<unknown>).detail === command) run()
    }
    window.addEventListener(SCREEN_COMMAND_EVENT, onCommand)
    return () => window.removeEventListener(SCREEN_COMMAND_EVENT, onCommand)
  }, [command])
}
