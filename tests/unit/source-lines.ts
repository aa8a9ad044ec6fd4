/**
 * The lines of src/ for the "one way to do each thing" scanning tests: each test names a pattern
 * that may appear only in its one home, and fails listing every line elsewhere that has it.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

const ROOT = join(__dirname, '../..')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : /\.tsx?$/.test(e.name)
        ? [relative(ROOT, join(dir, e.name))]
        : [],
  )
}

/** `file:line: text` of every line of src/ outside `allowed` for which `bad` is true. */
export function offendingLines(
  bad: (line: string) => boolean,
  allowed: ReadonlySet<string> = new Set(),
): string[] {
  return sources(join(ROOT, 'src'))
    .filter((file) => !allowed.has(file))
    .flatMap((file) =>
      readFileSync(join(ROOT, file), 'utf8')
        .split('\n')
        .flatMap((line, i) => (bad(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
    )
}
