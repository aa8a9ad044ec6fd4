/**
 * The electron layer: launches the real app with Playwright's _electron and records a check-in.
 * It needs the Electron binary (fetched on first use) and better-sqlite3 built for Electron's ABI
 * (scripts/native-binding.mjs); where either cannot be had, as on machines without internet,
 * the test is skipped with the reason.
 */
import { _electron as electron, expect, test } from '@playwright/test'
import Database from 'better-sqlite3'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = resolve(__dirname, '../..')
const electronDir = join(root, 'node_modules/electron')

/** Returns the Electron executable, fetching it once if needed, or why it cannot be had. */
function electronBinary(): { path: string } | { missing: string } {
  const pathFile = join(electronDir, 'path.txt')
  const present = () =>
    existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8')))
  if (!present()) {
    const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
      encoding: 'utf8',
      timeout: 300_000,
    })
    if (!present()) {
      const why = `${install.stderr ?? ''}${install.stdout ?? ''}`.match(
        /(fetch failed|[A-Z]+[A-Z_]*: [^\n]+|Error: [^\n]+)/,
      )
      return { missing: `Electron binary not available (${why?.[0] ?? 'download failed'})` }
    }
  }
  return { path: join(electronDir, 'dist', readFileSync(pathFile, 'utf8')) }
}

function skip(reason: string): void {
  // One line in the run's output, so the skip and its reason are seen, not just counted.
  console.log(`electron layer skipped: ${reason}`)
  test.skip(true, reason)
}

test('the real app opens on Today and records a check-in', async () => {
  const binary = electronBinary()
  if ('missing' in binary) return skip(binary.missing)
  try {
    execFileSync(process.execPath, [join(root, 'scripts/native-binding.mjs'), 'prepare-electron'], {
      stdio: 'pipe',
    })
  } catch (error) {
    const detail = (error as { stderr?: Buffer }).stderr?.toString().split('\n')[0] ?? String(error)
    return skip(`better-sqlite3 could not be built for Electron: ${detail}`)
  }

  const dataDir = mkdtempSync(join(tmpdir(), 'pj-electron-'))
  const app = await electron.launch({
    executablePath: binary.path,
    args: [root],
    env: { ...process.env, PAIN_JOURNAL_DATA_DIR: dataDir },
  })
  try {
    const window = await app.firstWindow()
    await expect(window.getByRole('heading', { name: 'Today' })).toBeVisible()
    await window.getByRole('radio', { name: /^5 —/ }).check()
    await window.getByRole('button', { name: 'Save check-in' }).click()
    await expect(window.getByRole('status')).toHaveText(/Saved: pain 5/)
    expect(
      await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require),
    ).toBe('undefined')
    await app.close()
    const db = new Database(join(dataDir, 'journal.sqlite'), { readonly: true })
    expect(db.prepare('SELECT pain FROM checkins').pluck().all()).toEqual([5])
    db.close()
  } finally {
    await app.close().catch(() => {})
    rmSync(dataDir, { recursive: true, force: true })
  }
})
