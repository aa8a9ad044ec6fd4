/**
 * Schema v1: the whole vocabulary of DESIGN.md section 2, so later features add UI, not tables.
 * STRICT tables make SQLite reject a wrong type instead of storing it.
 *
 * The built-in catalogue is the one v1 shipped with, written out here rather than read from
 * shared/catalog.ts: a migration must make the same file whatever the app's catalogue says now.
 * Later changes to the catalogue come in their own migrations (3: bed rest).
 */
import type { Database } from 'better-sqlite3'

const V1_TRIGGERS: readonly (readonly [key: string, name: string])[] = [
  ['poor-posture', 'Poor posture'],
  ['muscle-overuse', 'Muscle overuse'],
  ['lying-down', 'Lying down'],
  ['heavy-lifting', 'Heavy lifting'],
  ['twisting', 'Twisting'],
  ['sprain-strain', 'Sprain or strain'],
  ['long-sitting', 'Sitting for a long time'],
]

const V1_REMEDIES: readonly (readonly [key: string, name: string, kind: string])[] = [
  ['stretching', 'Stretching', 'movement'],
  ['massage', 'Massage', 'self-care'],
  ['ice', 'Ice / cold', 'self-care'],
  ['heat', 'Heat', 'self-care'],
  ['hydration', 'Drinking water', 'self-care'],
  ['walking', 'Walking / mild exercise', 'movement'],
  ['childs-pose', "Child's pose", 'movement'],
  ['hip-lifts', 'Hip lifts', 'movement'],
  ['cat-cow', 'Cat-cow', 'movement'],
  ['deep-breathing', 'Slow deep breathing', 'self-care'],
  ['rest', 'Short rest', 'self-care'],
  ['inclined-position', 'Inclined position', 'self-care'],
  ['ibuprofen', 'Ibuprofen', 'medication'],
  ['naproxen', 'Naproxen sodium', 'medication'],
  ['acetaminophen', 'Acetaminophen (paracetamol)', 'medication'],
  ['nsaid-cream', 'Anti-inflammatory cream', 'medication'],
  ['muscle-relaxant', 'Muscle relaxant (prescribed)', 'medication'],
  ['physiotherapy', 'Physiotherapy', 'therapy'],
  ['manipulation', 'Manipulation', 'therapy'],
]

const V1_DAILY_LIMITS_MG: Readonly<Record<string, number>> = {
  ibuprofen: 1200,
  naproxen: 660,
  acetaminophen: 3000,
}

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE settings (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE triggers (
      id       INTEGER PRIMARY KEY,
      key      TEXT UNIQUE,
      name     TEXT NOT NULL COLLATE NOCASE UNIQUE,
      archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
    ) STRICT;

    CREATE TABLE remedies (
      id       INTEGER PRIMARY KEY,
      key      TEXT UNIQUE,
      name     TEXT NOT NULL COLLATE NOCASE UNIQUE,
      kind     TEXT NOT NULL CHECK (kind IN ('self-care', 'movement', 'medication', 'therapy')),
      archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
    ) STRICT;

    CREATE TABLE medication_limits (
      remedy_id      INTEGER PRIMARY KEY REFERENCES remedies (id),
      daily_limit_mg REAL NOT NULL CHECK (daily_limit_mg > 0)
    ) STRICT;

    CREATE TABLE checkins (
      id         INTEGER PRIMARY KEY,
      at         TEXT NOT NULL,
      day        TEXT NOT NULL,
      pain       INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
      spasm      INTEGER CHECK (spasm IN (0, 1)),
      context    TEXT CHECK (context IN ('waking', 'sitting', 'standing', 'activity', 'lying')),
      note       TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      -- Deleting only marks the row, so undo can bring it back whole.
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX checkins_by_day ON checkins (day, at) WHERE deleted_at IS NULL;

    CREATE TABLE checkin_regions (
      checkin_id INTEGER NOT NULL REFERENCES checkins (id) ON DELETE CASCADE,
      region     TEXT NOT NULL,
      PRIMARY KEY (checkin_id, region)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE checkin_triggers (
      checkin_id INTEGER NOT NULL REFERENCES checkins (id) ON DELETE CASCADE,
      trigger_id INTEGER NOT NULL REFERENCES triggers (id),
      PRIMARY KEY (checkin_id, trigger_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE checkin_remedies (
      id         INTEGER PRIMARY KEY,
      checkin_id INTEGER NOT NULL REFERENCES checkins (id) ON DELETE CASCADE,
      remedy_id  INTEGER NOT NULL REFERENCES remedies (id),
      dose_mg    REAL CHECK (dose_mg IS NULL OR dose_mg > 0),
      minutes    INTEGER CHECK (minutes IS NULL OR minutes >= 0),
      relief     INTEGER CHECK (relief IS NULL OR relief BETWEEN -1 AND 2)
    ) STRICT;
    CREATE INDEX checkin_remedies_by_checkin ON checkin_remedies (checkin_id);

    CREATE TABLE checkin_red_flags (
      checkin_id INTEGER NOT NULL REFERENCES checkins (id) ON DELETE CASCADE,
      flag       TEXT NOT NULL,
      PRIMARY KEY (checkin_id, flag)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE day_records (
      day                    TEXT PRIMARY KEY,
      sleep_quality          INTEGER CHECK (sleep_quality BETWEEN 0 AND 10),
      enjoyment_interference INTEGER CHECK (enjoyment_interference BETWEEN 0 AND 10),
      activity_interference  INTEGER CHECK (activity_interference BETWEEN 0 AND 10),
      minutes_walked         INTEGER CHECK (minutes_walked >= 0),
      note                   TEXT NOT NULL DEFAULT '',
      updated_at             TEXT NOT NULL
    ) STRICT;

    -- Per-day acknowledgements: the red-flag notice, dismissed doctor banners.
    CREATE TABLE acknowledgements (
      day  TEXT NOT NULL,
      kind TEXT NOT NULL,
      PRIMARY KEY (day, kind)
    ) STRICT, WITHOUT ROWID;
  `)

  const addTrigger = db.prepare('INSERT INTO triggers (key, name) VALUES (?, ?)')
  for (const [key, name] of V1_TRIGGERS) addTrigger.run(key, name)
  const addRemedy = db.prepare('INSERT INTO remedies (key, name, kind) VALUES (?, ?, ?)')
  const addLimit = db.prepare(
    'INSERT INTO medication_limits (remedy_id, daily_limit_mg) VALUES (?, ?)',
  )
  for (const [key, name, kind] of V1_REMEDIES) {
    const { lastInsertRowid } = addRemedy.run(key, name, kind)
    const limit = V1_DAILY_LIMITS_MG[key]
    if (limit !== undefined) addLimit.run(lastInsertRowid, limit)
  }
}
