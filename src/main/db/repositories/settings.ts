/** Settings as key → JSON value; an unknown or invalid stored value falls back to its default. */
import type { Database } from 'better-sqlite3'
import { ONE_PAYLOAD } from '../../../shared/one-payload'
import {
  DEFAULT_SETTINGS,
  settings as settingsSchema,
  type Settings,
} from '../../../shared/settings-schema'

export function getSettings(db: Database): Settings {
  const rows = db.prepare('SELECT key, value FROM settings').all() as {
    key: string
    value: string
  }[]
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS }
  for (const { key, value } of rows) {
    if (key in DEFAULT_SETTINGS) {
      try {
        merged[key] = JSON.parse(value)
      } catch {
        // A value we cannot read is ignored; the default stands.
      }
    }
  }
  const parsed = settingsSchema.safeParse(merged, ONE_PAYLOAD)
  if (parsed.success) return parsed.data
  // One damaged value costs only its own setting: the day-start hour or the episode rules the
  // person chose stay as they are when, say, a reminder time cannot be read.
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    if (!settingsSchema.shape[key].safeParse(merged[key], ONE_PAYLOAD).success) {
      merged[key] = DEFAULT_SETTINGS[key]
    }
  }
  const kept = settingsSchema.safeParse(merged, ONE_PAYLOAD)
  return kept.success ? kept.data : { ...DEFAULT_SETTINGS }
}

export function updateSettings(db: Database, patch: Partial<Settings>): Settings {
  const put = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  )
  db.transaction(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) put.run(key, JSON.stringify(value))
    }
  })()
  return getSettings(db)
}

/** A setting as stored: its key and its value as JSON text. */
export interface StoredSetting {
  key: string
  value: string
}

/** Replaces every setting with `rows`, as stored (restoring a backup). Inside a transaction. */
export function replaceSettings(db: Database, rows: readonly StoredSetting[]): void {
  db.prepare('DELETE FROM settings').run()
  const insert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)')
  for (const r of rows) insert.run(r.key, r.value)
}
