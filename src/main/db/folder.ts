/**
 * The folders Pain Journal keeps files in (the data folder, its backups folder), made or read
 * with one answer for the commonest way they go wrong: a file sits where a folder should be
 * (EEXIST, ENOTDIR). Node says only "file already exists, mkdir"; the person is told which file
 * is in the way. That file is not ours, so it is never moved or deleted: they decide.
 */
import { mkdirSync, readdirSync, statSync } from 'node:fs'
import { dirname } from 'node:path'

export class NotAFolderError extends Error {
  constructor(
    readonly folder: string,
    readonly blocker: string,
  ) {
    super(
      `Pain Journal keeps files in the folder ${folder}, but ${blocker} is a file, not a ` +
        'folder. Move or rename that file, then try again.',
    )
    this.name = 'NotAFolderError'
  }
}

/** The first part of `dir`'s path that exists and is not a folder, or null. */
function fileInTheWay(dir: string): string | null {
  for (let path = dir; ; path = dirname(path)) {
    try {
      if (!statSync(path).isDirectory()) return path
    } catch {
      // Not there (yet): look one level up.
    }
    if (dirname(path) === path) return null
  }
}

/** A NotAFolderError for a file in the way, or the error as it was. */
function explained(error: unknown, dir: string): unknown {
  const code = (error as { code?: unknown } | null)?.code
  if (code !== 'EEXIST' && code !== 'ENOTDIR') return error
  const blocker = fileInTheWay(dir)
  return blocker ? new NotAFolderError(dir, blocker) : error
}

export function ensureFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true })
  } catch (error) {
    throw explained(error, dir)
  }
}

/** The names in a folder; none when it does not exist yet. */
export function folderEntries(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return []
    throw explained(error, dir)
  }
}
