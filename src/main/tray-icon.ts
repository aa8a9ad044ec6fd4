/**
 * The tray icon per platform. macOS draws menu-bar icons as template images: black and
 * transparent only, recoloured to suit the bar, at 16 points, with an @2x file for Retina
 * screens (a 32 px colour PNG there showed oversized and never turned white on a dark bar).
 * Windows and Linux show the app icon itself, 16 px with its @2x. Electron loads the @2x file
 * next to the one named. Files from `node scripts/make-icons.mjs`, in resources/tray/, which is
 * packed into app.asar (electron-builder.yml `files`).
 */
export const TRAY_ICON_DIR = 'resources/tray'

export interface TrayIcon {
  /** The file in TRAY_ICON_DIR; `<name>@2x.png` beside it is the high-resolution one. */
  file: string
  /** A macOS template image (also known from the name's `Template` ending). */
  template: boolean
}

export function trayIcon(platform: NodeJS.Platform): TrayIcon {
  return platform === 'darwin'
    ? { file: 'trayTemplate.png', template: true }
    : { file: 'tray.png', template: false }
}
