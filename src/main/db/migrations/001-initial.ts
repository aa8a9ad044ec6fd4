/**
 * Schema v1: the whole vocabulary of DESIGN.md section 2, so later features add UI, not tables.
 * STRICT tables make SQLite reject a wrong type instead of storing it.
 */
import type { Database } from 'better-sqlite3'
import {
  BUILTIN_REMEDIES,
  BUILTIN_TRIGGERS,
  DEFAULT_DAILY_LIMITS_MG,
} from '../../../shared/catalog'

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
  for (const t of BUILTIN_TRIGGERS) addTrigger.run(t.key, t.name)
  const addRemedy = db.prepare('INSERT INTO remedies (key, name, kind) VALUES (?, ?, ?)')
  const addLimit = db.prepare(
    'INSERT INTO medication_limits (remedy_id, daily_limit_mg) VALUES (?, ?)',
  )
  for (const r of BUILTIN_REMEDIES) {
    const { lastInsertRowid } = addRemedy.run(r.key, r.name, r.kind)
    const limit = DEFAULT_DAILY_LIMITS_MG[r.key]
    if (limit !== undefined) addLimit.run(lastInsertRowid, limit)
  }
}
