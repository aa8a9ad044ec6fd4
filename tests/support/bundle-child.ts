/**
 * Bundles a TypeScript entry (and the real repository code it imports) into one CommonJS file a
 * plain `node` child process can run. There is no tsx here; rolldown comes with vite.
 * better-sqlite3 stays external (a native addon): run the child with NODE_PATH set to
 * `CHILD_NODE_PATH` so it is found from a temp folder.
 */
import { join, resolve } from 'node:path'
import { build } from 'rolldown'

export const CHILD_NODE_PATH = resolve(__dirname, '../../node_modules')

export async function bundleChild(entry: string, outDir: string): Promise<string> {
  const file = join(outDir, 'child.cjs')
  await build({
    input: entry,
    platform: 'node',
    external: ['better-sqlite3'],
    logLevel: 'silent',
    output: { file, format: 'cjs' },
  })
  return file
}
