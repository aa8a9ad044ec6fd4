/** Helpers for the data in/out tests: a platform whose dialogs answer with paths, nasty data. */
import { join } from 'node:path'
import type { Database } from 'better-sqlite3'
import type { Platform } from '../../src/main/platform'
import { loadJournal } from '../../src/main/db/repositories/journal-loader'
import type { RunningJournal } from '../../src/main/journal'
import { aYearOfCheckins } from '../fixtures/journal'
import { tempDir, tempRunningJournal } from './temp-journal'

export interface FilePlatform extends Platform {
  /** What the next open dialog answers. */
  openAnswer: string | null
  saved: string[]
}

/** Save dialogs answer with the default name inside `dir`; open dialogs with `openAnswer`. */
export function filePlatform(dir: string): FilePlatform {
  const platform: FilePlatform = {
    openAnswer: null,
    saved: [],
    chooseSavePath: async ({ defaultName }) => {
      const path = join(dir, defaultName)
      platform.saved.push(path)
      return path
    },
    chooseOpenPath: async () => platform.openAnswer,
    printToPdf: async () => new Uint8Array(),
    openPath: async () => {},
    openExternal: async () => {},
  }
  return platform
}

export async function call<T = never>(
  running: RunningJournal,
  channel: string,
  payload?: unknown,
): Promise<T> {
  const result = await running.router.handle(channel, payload)
  if (!result.ok) throw new Error(`${channel}: ${result.error.kind}: ${result.error.message}`)
  return result.value as T
}

/** Exactly the longest note allowed, with quotes and commas all through it. */
export const LONG_NOTE = 'Long note, "quoted". '.repeat(1000).slice(0, 20_000)

export const NASTY_TRIGGER = 'Gardening, "heavy" | pots; soil\\'
export const NASTY_REMEDY = 'TENS unit; 20 min | "pads"'

/** A year of generated data plus the kinds of text that break naive CSV code. */
export async function fillWithNastyJournal(running: RunningJournal): Promise<void> {
  const db: Database = running.db()
  loadJournal(db, aYearOfCheckins({ seed: 7 }), '2026-03-01T12:00:00.000Z')
  const triggerId = Number(
    db.prepare('INSERT INTO triggers (name) VALUES (?)').run(NASTY_TRIGGER).lastInsertRowid,
  )
  const archived = Number(
    db.prepare('INSERT INTO triggers (name, archived) VALUES (?, 1)').run('Old shoes')
      .lastInsertRowid,
  )
  const remedyId = Number(
    db.prepare("INSERT INTO remedies (name, kind) VALUES (?, 'therapy')").run(NASTY_REMEDY)
      .lastInsertRowid,
  )
  const notes = [
    'Commas, everywhere, really',
    'She said "it\'s the chair" and ""double"" quotes',
    'line one\nline two\r\nline three\rafter a lone CR',
    'Emoji 🙂💪🏽 and a ZWJ family 👨‍👩‍👧',
    'ألم في أسفل الظهر بعد الجلوس الطويل',
    'כאב גב תחתון',
    '  leading and trailing spaces  ',
    '=SUM(A1:A2) looks like a formula',
    LONG_NOTE,
  ]
  let hour = 6
  for (const note of notes) {
    await call(running, 'checkins:save', {
      at: `2026-03-02T${String(hour++).padStart(2, '0')}:15:00-05:00`,
      pain: hour % 11,
      spasm: hour % 2 === 0,
      regions: ['lower-back-left', 'buttock-leg-left'],
      context: 'sitting',
      triggerIds: [triggerId, archived, 1],
      remedies: [
        { remedyId, doseMg: null, minutes: 20, relief: 2 },
        { remedyId: 13, doseMg: 200.5, minutes: null, relief: -1 },
      ],
      redFlags: hour === 8 ? ['night-pain', 'fever'] : [],
      note,
    })
  }
  await call(running, 'days:save', {
    day: '2026-03-02',
    sleepQuality: 3,
    enjoymentInterference: 7,
    activityInterference: 8,
    minutesWalked: 0,
    note: 'Day note, with "quotes",\nand a line break. مرحبا',
  })
  // A day written about without any check-in: its record has a CSV row of its own.
  await call(running, 'days:save', {
    day: '2026-03-05',
    sleepQuality: 8,
    enjoymentInterference: null,
    activityInterference: 1,
    minutesWalked: 45,
    note: 'A good day, nothing to log',
  })
}

/** A temp journal whose save dialogs write into a temp folder; both are removed by `cleanups`. */
export async function journalWithFilesFor(
  cleanups: (() => void)[],
): Promise<{ running: RunningJournal; platform: FilePlatform }> {
  const files = tempDir('pj-files-')
  const platform = filePlatform(files.dir)
  const running = await tempRunningJournal({
    platform,
    now: () => new Date('2026-03-06T10:00:00Z'),
  })
  cleanups.push(files.cleanup, running.cleanup)
  return { running, platform }
}
