/**
 * Reading the app's own source, for tests that hold a rule in one place (issue 16): they fail
 * when a literal, a pattern or a second copy of a rule appears outside its one home.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'

export const ROOT = join(__dirname, '../..')

/**
 * Every .ts and .tsx file under `dir` (relative to the project), as project-relative paths; with
 * `names`, every file whose name it matches.
 */
export function sourceFiles(dir = 'src', names = /\.tsx?$/): string[] {
  const walk = (abs: string): string[] =>
    readdirSync(abs, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory()
        ? walk(join(abs, e.name))
        : names.test(e.name)
          ? [relative(ROOT, join(abs, e.name))]
          : [],
    )
  return walk(join(ROOT, dir))
}

/** `file:line: text` of each line of the files that `offends`, for a readable failure. */
export function offendingLines(
  files: readonly string[],
  offends: (line: string) => boolean,
): string[] {
  return files.flatMap((file) =>
    readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .flatMap((line, i) => (offends(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
  )
}

/** `file:line: text` of every line of src/ outside `allowed` (project-relative paths) that `bad`. */
export function linesOutside(
  bad: (line: string) => boolean,
  allowed: ReadonlySet<string> = new Set(),
): string[] {
  return offendingLines(
    sourceFiles().filter((file) => !allowed.has(file)),
    bad,
  )
}
