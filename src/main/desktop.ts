/**
 * The desktop citizen (Electron shell): application menu, tray, daily reminders, start at login.
 * The decisions are pure and tested elsewhere (menu-template.ts, src/shared/reminders.ts); this
 * file only connects them to Electron.
 */
import {
  app,
  type BrowserWindow,
  type WebContents,
  Menu,
  Notification,
  Tray,
  dialog,
  nativeImage,
  nativeTheme,
  powerMonitor,
  shell,
} from 'electron'
import { join } from 'node:path'
import { APP_COMMAND_EVENT } from '../shared/channels'
import { dueReminder, nextReminderAt } from '../shared/reminders'
import { formatClock } from '../shared/locale-format'
import { hasCheckinOn } from './db/repositories/checkins-read'
import { getSettings } from './db/repositories/settings'
import type { RunningJournal } from './journal'
import { createCommandQueue, type CommandQueue } from './command-queue'
import { buildMenuTemplate, type AppCommand } from './menu-template'
import { keepGoing } from './keep-going'
import { createNotificationHolder } from './notifications'
import { TRAY_ICON_DIR, trayIcon } from './tray-icon'

const CHECK_EVERY_MS = 60_000

export interface Desktop {
  applySettings(): void
  /** The page in `contents` listens for app commands: send what waited for it. */
  rendererListening(contents: WebContents): void
  dispose(): void
}

export function setUpDesktop(journal: RunningJournal, showWindow: () => BrowserWindow): Desktop {
  // One queue per page host: a new window, or a page that reloads, waits until it listens.
  const queues = new WeakMap<WebContents, CommandQueue>()
  const commandsFor = (contents: WebContents): CommandQueue => {
    let queue = queues.get(contents)
    if (!queue) {
      const created = createCommandQueue((command) => contents.send(APP_COMMAND_EVENT, command))
      contents.on('did-navigate', () => created.reset())
      queues.set(contents, created)
      queue = created
    }
    return queue
  }
  const send = (command: AppCommand) => {
    if (command === 'show-data-folder') {
      shell.showItemInFolder(journal.paths.databasePath)
      return
    }
    commandsFor(showWindow().webContents).send(command)
  }
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(process.platform, app.getName(), {
        send,
        about: () => {
          void dialog.showMessageBox({
            title: `About ${app.getName()}`,
            message: `${app.getName()} ${app.getVersion()}`,
            detail: `Your journal is kept on this computer only:\n${journal.paths.databasePath}`,
          })
        },
      }),
    ),
  )

  let tray: Tray | null = null
  const reminders = createNotificationHolder<Notification>()
  let lastCheck = new Date()
  // Never throws: a failure is logged and the next minute tries the same window of time again.
  const check = keepGoing('The reminder check', () => {
    const now = new Date()
    const settings = getSettings(journal.db())
    const due = dueReminder(now, lastCheck, {
      times: settings.reminders.times,
      dayStartHour: settings.dayStartHour,
      hasCheckin: (day) => hasCheckinOn(journal.db(), day),
    })
    lastCheck = now
    if (due && Notification.isSupported()) {
      const note = reminders.hold(
        new Notification({
          title: 'How is your back today?',
          body: 'A check-in takes a few seconds.',
        }),
      )
      note.on('click', () => send('new-checkin'))
      note.show()
    }
  })
  const timer = setInterval(check, CHECK_EVERY_MS)
  // A laptop that slept past a reminder time hears it once on waking (dueReminder decides).
  powerMonitor.on('resume', check)

  const applySettings = keepGoing('Applying the settings to the tray and menus', () => {
    const { reminders, theme } = getSettings(journal.db())
    // Native dialogs, menus and the window frame follow the theme chosen in Settings.
    nativeTheme.themeSource = theme
    if (process.platform !== 'linux')
      app.setLoginItemSettings({ openAtLogin: reminders.startAtLogin })
    const wantTray = reminders.keepInTray || reminders.times.length > 0
    if (wantTray && !tray) {
      const icon = trayIcon(process.platform)
      // From out/main to the app's root (the project folder, or app.asar when packaged).
      const image = nativeImage.createFromPath(join(__dirname, '../..', TRAY_ICON_DIR, icon.file))
      image.setTemplateImage(icon.template)
      tray = new Tray(image)
      tray.setToolTip('Pain Journal')
      tray.setContextMenu(
        Menu.buildFromTemplate([
          { label: 'Log now', click: () => send('new-checkin') },
          { label: 'Open Pain Journal', click: () => showWindow() },
          { type: 'separator' },
          { label: 'Quit', role: 'quit' },
        ]),
      )
      tray.on('click', () => showWindow())
    } else if (!wantTray && tray) {
      tray.destroy()
      tray = null
    }
    const next = nextReminderAt(new Date(), reminders.times)
    tray?.setToolTip(next ? `Pain Journal — next reminder ${formatClock(next)}` : 'Pain Journal')
  })
  applySettings()

  return {
    applySettings,
    rendererListening: (contents) => commandsFor(contents).ready(),
    dispose: () => {
      clearInterval(timer)
      tray?.destroy()
    },
  }
}
