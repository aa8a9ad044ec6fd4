/**
 * Main-process figures: open, save, analysis — on the real code and a ten-year journal. The
 * benchmark runs this file as built by bench/backend-build (as the app's main process is built),
 * and takes from it the running journal behind the renderer and the report's HTML too.
 */
import Database from 'better-sqlite3'
import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { openJournal, applyPragmas } from '../src/main/db/open'
import { loadJournal } from '../src/main/db/repositories/journal-loader'
import { analyse, forgetRemembered } from '../src/main/analysis/analysis'
import { detectEpisodes } from '../src/shared/episodes'
import { computeFlags } from '../src/shared/flags'
import { startJournal } from '../src/main/journal'
import { journalPaths } from '../src/main/journal'
import { tenYears, FIXTURE_END_DAY } from '../tests/fixtures/journal'
import { nullPlatform } from '../tests/support/temp-journal'
import { figure, timeRuns, type Figure } from './stats'

export { startJournal, nullPlatform }
export { reportHtml } from '../src/shared/report/options'

export const AS_OF = FIXTURE_END_DAY

/** Builds the ten-year journal once; returns its data folder. */
export async function buildTenYearJournal(dir: string): Promise<string> {
  mkdirSync(dir, { recursive: true })
  const running = await startJournal({ dataDir: dir, version: 'bench', platform: nullPlatform })
  loadJournal(running.db(), tenYears(), new Date().toISOString())
  running.db().pragma('wal_checkpoint(TRUNCATE)')
  running.close()
  return dir
}

export async function backendFigures(dataDir: string, work: string): Promise<Figure[]> {
  const figures: Figure[] = []
  const { databasePath, backupDir } = journalPaths(dataDir)

  const openTimes = await timeRuns(async () => {
    const { db } = await openJournal(databasePath, { backupDir })
    db.close()
  }, 9, 2)
  figures.push(figure('Open + migrate + quick_check, ten years', 'ms', openTimes, { budget: 100 }))

  // Saving: through the real router vs a bare insert of the same row, same pragmas.
  const copy = join(work, 'save-floor.sqlite')
  copyFileSync(databasePath, copy)
  const running = await startJournal({ dataDir, version: 'bench', platform: nullPlatform })
  const input = {
    at: '2026-03-01T09:30:00+00:00',
    pain: 5,
    spasm: true,
    regions: ['lower-back-left'],
    context: 'sitting',
    triggerIds: [1, 7],
    remedies: [{ remedyId: 13, doseMg: 400, minutes: null, relief: 1 }],
    note: 'Benchmark check-in',
  }
  // Episodes and flags (what Today and History ask for) plus every Trends statistic for the
  // range "all", through the router exactly as the Trends screen asks for it.
  const trendsQuery = { from: null, to: AS_OF, asOf: AS_OF }
  const analyseAll = async () => {
    analyse(running.db(), AS_OF)
    const trends = await running.router.handle('trends:get', trendsQuery)
    if (!trends.ok) throw new Error(trends.error.message)
  }
  // The first analysis in this process, like the app's first after it starts: V8 has not yet
  // compiled the code for speed (the app pays that once).
  const firstTimes = await timeRuns(analyseAll, 1, 0)
  const saveTimes = await timeRuns(async () => {
    const result = await running.router.handle('checkins:save', input)
    if (!result.ok) throw new Error(result.error.message)
  }, 60, 5)
  const bare = new Database(copy)
  applyPragmas(bare)
  const insert = bare.prepare(
    `INSERT INTO checkins (at, day, pain, spasm, context, note, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const bareTimes = await timeRuns(() => {
    insert.run(input.at, '2026-03-01', 5, 1, 'sitting', input.note, 'x', 'x')
  }, 60, 5)
  bare.close()
  figures.push(
    figure('Save a check-in through the router (synchronous=FULL)', 'ms', saveTimes, {
      budget: 20,
      budgetOn: 'p95',
      floor: bareTimes,
    }),
  )

  // As after a save: the check-in is saved through the router (untimed), which brings the
  // remembered check-ins up to date; everything worked out from them is worked out again.
  const afterSave: number[] = []
  for (let i = 0; i < 25; i++) {
    const saved = await running.router.handle('checkins:save', { ...input, pain: i % 11 })
    if (!saved.ok) throw new Error(saved.error.message)
    const start = performance.now()
    await analyseAll()
    if (i >= 10) afterSave.push(performance.now() - start) // the first ten warm up
  }
  // From nothing remembered, as after an import or a restore: the whole journal read again.
  const fromScratch = async () => {
    forgetRemembered(running.db())
    await analyseAll()
  }
  const scratchTimes = await timeRuns(fromScratch, 15, 10)
  figures.push(
    figure('Full analysis: episodes + flags + Trends "all", ten years (after a save)', 'ms', afterSave, {
      budget: 20,
    }),
    figure('Same, reading the whole journal again (after an import or restore)', 'ms', scratchTimes, {
      note: 'info: what a save would cost without the check-ins kept up to date',
    }),
    figure('Same, the first time after the app starts', 'ms', firstTimes, {
      note: 'info: once per start, before the code is optimised',
    }),
  )
  // Issue 4's figure: the pure rules alone (detectEpisodes + every flag) on ten years of days,
  // with the day data already read (DESIGN.md section 3, rule 6: well under 5 ms).
  const ruleInput = analyse(running.db(), AS_OF).input
  const rulesTimes = await timeRuns(() => {
    const episodes = detectEpisodes(ruleInput.days, AS_OF, ruleInput.rules)
    computeFlags({ ...ruleInput, episodes })
  }, 21, 5)
  figures.push(
    figure('Episodes + all flags, pure rules on ten years of days', 'ms', rulesTimes, { budget: 5 }),
  )
  // What the screens pay when nothing changed since the last ask: the remembered results.
  const rememberedTimes = await timeRuns(async () => {
    analyse(running.db(), AS_OF)
    const trends = await running.router.handle('trends:get', trendsQuery)
    if (!trends.ok) throw new Error(trends.error.message)
  }, 9, 2)
  figures.push(
    figure('Same, remembered (data unchanged since the last ask)', 'ms', rememberedTimes, {
      note: 'info: the app works the analysis out once per state of the data',
    }),
  )
  running.close()
  return figures
}
