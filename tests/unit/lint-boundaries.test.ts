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
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.ruleId ?? '')
}

const RENDERER = 'src/renderer/src/features/today/TodayScreen.tsx'
const PRELOAD = 'src/preload/index.ts'
const SHARED = 'src/shared/days.ts'
const MAIN = 'src/main/journal.ts'

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
