/**
 * The architecture's dependency rule (DESIGN.md section 1) is enforced by ESLint; this runs the
 * project's own config on small snippets placed in each folder, so a weakened rule fails here.
 */
import { ESLint } from 'eslint'
import { resolve } from 'node:path'
import tseslint from 'typescript-eslint'
import { describe, expect, it } from 'vitest'

// Type-aware rules are irrelevant to imports and slow on snippets: switched off here only.
const eslint = new ESLint({
  cwd: resolve(__dirname, '../..'),
  overrideConfig: [{ ...tseslint.configs.disableTypeChecked, files: ['**/*.ts', '**/*.tsx'] }],
})

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? [])
    .map((m) => m.ruleId ?? '')
    .filter((rule) => BOUNDARY_RULES.includes(rule))
}

const BOUNDARY_RULES = [
  'no-restricted-imports',
  '@typescript-eslint/no-restricted-imports',
  'no-restricted-globals',
  'no-restricted-syntax',
]

const RENDERER = 'src/renderer/src/features/today/TodayScreen.tsx'
const PRELOAD = 'src/preload/index.ts'
const SHARED = 'src/shared/days.ts'
const MAIN = 'src/main/journal.ts'
const SHELL = 'src/main/window.ts'
const DB = 'src/main/db/repositories/checkins.ts'
const HANDLER = 'src/main/service/handlers/journal.ts'
const IMPORT = 'src/main/portability/csv-import.ts'
const REPORT = 'src/main/report/report-data.ts'
const ANALYSIS = 'src/main/analysis/analysis.ts'

describe('the import boundaries', { timeout: 60_000 }, () => {
  it.each([
    [
      'the renderer importing main',
      RENDERER,
      "import { startJournal } from '../../../../main/journal'",
    ],
    ['the renderer importing electron', RENDERER, "import { ipcRenderer } from 'electron'"],
    ['the renderer importing node:fs', RENDERER, "import { readFileSync } from 'node:fs'"],
    ['the preload importing main', PRELOAD, "import { startJournal } from '../main/journal'"],
    ['shared importing node:fs', SHARED, "import { readFileSync } from 'node:fs'"],
    ['shared importing electron', SHARED, "import { app } from 'electron'"],
    ['shared importing the renderer', SHARED, "import { api } from '../renderer/src/api'"],
    ['shared importing main', SHARED, "import { startJournal } from '../main/journal'"],
    ['main importing the renderer', MAIN, "import { api } from '../renderer/src/api'"],
  ])('forbids %s', async (_name, file, line) => {
    expect(await problems(file, `${line}\nexport const probe = 1\n`)).toContain(
      'no-restricted-imports',
    )
  })

  it.each([
    ['a handler opening SQLite itself', HANDLER, "import Database from 'better-sqlite3'"],
    ['the CSV import opening SQLite itself', IMPORT, "import Database from 'better-sqlite3'"],
    ['a shell file opening SQLite itself', SHELL, "import Database from 'better-sqlite3'"],
    ['the report opening SQLite itself', REPORT, "import Database from 'better-sqlite3'"],
    ['the journal runner importing electron', MAIN, "import { app } from 'electron'"],
    ['a handler importing electron', HANDLER, "import { dialog } from 'electron'"],
    ['a repository importing electron', DB, "import { app } from 'electron'"],
    ['the report importing electron', REPORT, "import { BrowserWindow } from 'electron'"],
    ['the report importing the service', REPORT, "import { HANDLERS } from '../service/router'"],
    ['analysis importing the service', ANALYSIS, "import { HANDLERS } from '../service/router'"],
    [
      'analysis importing the report',
      ANALYSIS,
      "import { gatherReport } from '../report/report-data'",
    ],
    [
      'the CSV import importing the service',
      IMPORT,
      "import { HANDLERS } from '../service/router'",
    ],
    ['a repository importing analysis', DB, "import { analyse } from '../../analysis/analysis'"],
    ['a repository importing the service', DB, "import { HANDLERS } from '../../service/router'"],
    [
      'a repository importing the JSON backup',
      DB,
      "import { readBackup } from '../../portability/json-backup'",
    ],
  ])('keeps the layers of main: forbids %s', async (_name, file, line) => {
    expect(await problems(file, `${line}\nexport const probe = ${probeOf(line)}\n`)).toContain(
      '@typescript-eslint/no-restricted-imports',
    )
  })

  it.each([
    [
      'the database layer opening SQLite',
      'src/main/db/open.ts',
      "import Database from 'better-sqlite3'",
    ],
    [
      'a handler naming the Database type',
      HANDLER,
      "import type { Database } from 'better-sqlite3'",
    ],
    ['a shell file importing electron', SHELL, "import { BrowserWindow } from 'electron'"],
    [
      'the menu template naming an electron type',
      'src/main/menu-template.ts',
      "import type { MenuItemConstructorOptions } from 'electron'",
    ],
    ['the report reading the analysis', REPORT, "import { analyse } from '../analysis/analysis'"],
    [
      'the report reading a repository',
      REPORT,
      "import { listCheckins } from '../db/repositories/checkins-read'",
    ],
    [
      'a repository using shared report options',
      DB,
      "import { REPORT_SECTIONS } from '../../../shared/report/options'",
    ],
    [
      'a handler reading the analysis',
      HANDLER,
      "import { analyse } from '../../analysis/analysis'",
    ],
  ])('keeps the layers of main: allows %s', async (_name, file, line) => {
    expect(await problems(file, `${line}\nexport const probe = ${probeOf(line)}\n`)).toEqual([])
  })

  const withDb = (body: string) =>
    `import type { Database } from 'better-sqlite3'\nexport const probe = (db: Database, text: string) => ${body}\n`

  it.each([
    [
      'a handler preparing a statement',
      HANDLER,
      "db.prepare('SELECT count(*) FROM checkins').get()",
    ],
    ['a shell file preparing a statement', 'src/main/desktop.ts', "db.prepare('SELECT 1').get()"],
    ['the CSV import opening a transaction', IMPORT, 'db.transaction(() => text)()'],
    [
      'the JSON backup running SQL',
      'src/main/portability/json-backup.ts',
      "db.exec('DELETE FROM settings')",
    ],
    ['analysis reading a pragma', ANALYSIS, "db.pragma('data_version', { simple: true })"],
    ['the report running SQL', REPORT, 'db.exec(`SELECT ${text}`)'],
  ])('keeps SQL behind src/main/db: forbids %s', async (_name, file, body) => {
    expect(await problems(file, withDb(body))).toContain('no-restricted-syntax')
  })

  it('keeps SQL behind src/main/db: allows it in db/ and a RegExp exec anywhere', async () => {
    expect(await problems(DB, withDb("db.prepare('SELECT 1').get()"))).toEqual([])
    expect(await problems(HANDLER, withDb('/^(\\d+)$/.exec(text)'))).toEqual([])
  })

  const HISTORY = 'src/renderer/src/features/history/DayView.tsx'
  const CHECKIN = 'src/renderer/src/checkin/CheckinForm.tsx'
  const uses = (line: string) => `${line}\nexport const probe = ${probeOf(line)}\n`

  it.each([
    ['Today importing History', RENDERER, "import { DayView } from '../history/DayView'"],
    [
      'History importing Today by a longer path',
      HISTORY,
      "import { TodayScreen } from '../../features/today/TodayScreen'",
    ],
    [
      'Settings importing Welcome',
      'src/renderer/src/features/settings/SampleSection.tsx',
      "import { JournalIntro } from '../welcome/Welcome'",
    ],
    [
      'a shared check-in piece importing a feature',
      CHECKIN,
      "import { TodayScreen } from '../features/today/TodayScreen'",
    ],
    [
      'a shared component importing a feature',
      'src/renderer/src/components/PainChip.tsx',
      "import { DayView } from '../features/history/DayView'",
    ],
  ])('keeps features apart: forbids %s', async (_name, file, line) => {
    expect(await problems(file, uses(line))).toContain('no-restricted-imports')
  })

  it.each([
    ['a feature importing its own file', HISTORY, "import { dayTitle } from './history-format'"],
    [
      'a feature importing the check-in form',
      HISTORY,
      "import { CheckinForm } from '../../checkin/CheckinForm'",
    ],
    [
      'a feature importing shared code',
      HISTORY,
      "import { addDaysToDay } from '../../../../shared/days'",
    ],
    [
      'App composing the screens',
      'src/renderer/src/App.tsx',
      "import { TodayScreen } from './features/today/TodayScreen'",
    ],
  ])('keeps features apart: allows %s', async (_name, file, line) => {
    expect(await problems(file, uses(line))).toEqual([])
  })

  it('forbids DOM globals in shared', async () => {
    expect(await problems(SHARED, 'export const probe = window.location\n')).toContain(
      'no-restricted-globals',
    )
  })

  it('allows the renderer and main to use shared', async () => {
    expect(
      await problems(
        RENDERER,
        "import { PAIN_RAMP } from '../../../../shared/pain-scale'\nexport const probe = PAIN_RAMP\n",
      ),
    ).toEqual([])
    expect(
      await problems(
        MAIN,
        "import { PAIN_RAMP } from '../shared/pain-scale'\nexport const probe = PAIN_RAMP\n",
      ),
    ).toEqual([])
  })
})

/** The first name an import line brings in, so the probe uses it (type imports: a typeof). */
function probeOf(line: string): string {
  const name = /import (?:type )?\{? ?(\w+)/.exec(line)?.[1] ?? 'undefined'
  return line.startsWith('import type') ? `undefined as unknown as ${name}` : name
}
