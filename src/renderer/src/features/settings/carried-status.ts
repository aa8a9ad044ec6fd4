/**
 * A section's result line that must outlive the remount a restore causes: reloading the journal
 * draws every screen afresh, and "Restored…" would otherwise vanish the moment it is true.
 */
const carried = new Map<string, string>()

export function carryStatus(section: string, message: string): void {
  carried.set(section, message)
}

/** The message carried for `section`, once (it is forgotten as it is read). */
export function takeCarriedStatus(section: string): string | null {
  const message = carried.get(section) ?? null
  carried.delete(section)
  return message
}
