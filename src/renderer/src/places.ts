/**
 * Where the window is: a screen, and for Settings one of its sections. Kept in the address's
 * hash (`#settings/reminders`) so a link, a menu command and a reload all land in the same place.
 */

/** The five screens of the sidebar, in its order (Ctrl/Cmd+1…5). */
export const SCREENS = [
  { id: 'today', label: 'Today' },
  { id: 'history', label: 'History' },
  { id: 'trends', label: 'Trends' },
  { id: 'report', label: 'Report' },
  { id: 'settings', label: 'Settings' },
] as const
export type ScreenId = (typeof SCREENS)[number]['id']

/** Settings, one section per page, in the order its section list shows them. */
export const SETTINGS_SECTIONS = [
  { id: 'triggers', label: 'Triggers' },
  { id: 'remedies', label: 'Remedies' },
  { id: 'limits', label: 'Medicine limits' },
  { id: 'reminders', label: 'Reminders' },
  { id: 'backups', label: 'Backups' },
  { id: 'data', label: 'Your data' },
  { id: 'day', label: 'Your day' },
  { id: 'rules', label: 'Episode rules' },
  { id: 'appearance', label: 'Appearance' },
  { id: 'shortcuts', label: 'Keyboard shortcuts' },
  { id: 'sample', label: 'Sample journal' },
] as const
export type SettingsSectionId = (typeof SETTINGS_SECTIONS)[number]['id']

export interface Place {
  screen: ScreenId
  /** A Settings section asked for by name; null when only the screen was (its last one shows). */
  section: SettingsSectionId | null
}

export function placeFromHash(hash: string): Place {
  const [screenPart, sectionPart] = hash.replace(/^#\/?/, '').split('?')[0]!.split('/')
  const screen = SCREENS.find((s) => s.id === screenPart)?.id ?? 'today'
  const section =
    screen === 'settings' ? (SETTINGS_SECTIONS.find((s) => s.id === sectionPart)?.id ?? null) : null
  return { screen, section }
}

export function hashOf({ screen, section }: Place): string {
  return section ? `#${screen}/${section}` : `#${screen}`
}
