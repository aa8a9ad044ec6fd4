/**
 * Menu, tray and notification commands from the main process, turned into what the window does.
 * Commands a screen handles itself (export, print, import) arrive there as a `pj-command` DOM
 * event after the screen is shown.
 */
import { useEffect } from 'react'
import { api } from './api'
import type { ScreenId } from './journal-context'

const SCREEN_OF: Record<string, ScreenId> = {
  'new-checkin': 'today',
  'show-today': 'today',
  'show-history': 'history',
  'show-trends': 'trends',
  'show-report': 'report',
  'show-settings': 'settings',
  'export-report': 'report',
  'print-report': 'report',
  'export-data': 'report',
  'import-data': 'report',
  'backup-now': 'settings',
  'show-data-folder': 'settings',
}

export const SCREEN_COMMAND_EVENT = 'pj-command'

/** A command waiting for its screen to mount (the screen may not be showing yet). */
let pending: string | null = null

export function useAppCommands(navigate: (screen: ScreenId) => void): void {
  useEffect(() => {
    return api.onAppCommand((command) => {
      const screen = SCREEN_OF[command]
      if (!screen) return
      // A screen already showing hears the event; one that mounts next picks up `pending`.
      pending = command
      navigate(screen)
      window.dispatchEvent(new CustomEvent(SCREEN_COMMAND_EVENT, { detail: command }))
    })
  }, [navigate])
}

/** Runs `action` when the window receives `command` (after switching to this screen). */
export function useScreenCommand(command: string, action: () => void): void {
  useEffect(() => {
    const run = () => {
      pending = null
      action()
    }
    if (pending === command) run()
    const onCommand = (event: Event) => {
      if ((event as CustomEvent<unknown>).detail === command) run()
    }
    window.addEventListener(SCREEN_COMMAND_EVENT, onCommand)
    return () => window.removeEventListener(SCREEN_COMMAND_EVENT, onCommand)
  }, [command, action])
}
